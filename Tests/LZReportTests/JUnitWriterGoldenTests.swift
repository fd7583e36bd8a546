import Foundation
import LZReport
import Testing

@Suite struct JUnitWriterGoldenTests {
    @Test("both flavours reproduce their golden files byte for byte", arguments: JUnitOptions.Flavor.allCases)
    func golden(flavor: JUnitOptions.Flavor) throws {
        let directory = try SampleRuns.temporaryDirectory()
        let path = directory + "/report.xml"
        let options = JUnitOptions(flavor: flavor, pinnedTimestamp: SampleRuns.pinned)
        try JUnitWriter(options: options).write(SampleRuns.reference, to: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        // The rich golden file is the contract's own reference example (C.10).
        let golden = SampleRuns.fixture(flavor == .rich ? "junit/lzsim-rich.xml" : "junit/writer-strict.xml")
        if ProcessInfo.processInfo.environment["LZSIM_RECORD_GOLDEN"] == "1" {
            try written.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(written == expected)
    }
}
