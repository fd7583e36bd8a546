import Foundation
import LZReport
import Testing

@Suite struct JUnitAtomicWriteTests {
    static func entries(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test("a report whose totals disagree is never moved into place, and the old report survives")
    func disagreeingTotalsLeaveNoFile() throws {
        let directory = try SampleRuns.temporaryDirectory()
        let path = directory + "/lzsim.xml"
        try "previous report".write(toFile: path, atomically: true, encoding: .utf8)
        var wrong = JUnitTally()
        wrong.tests = 99
        let writer = try JUnitStreamWriter(path: path, options: JUnitOptions(), totals: wrong)
        try writer.write(SampleRuns.reference.suites[0])
        #expect(throws: JUnitWriteError.self) { try writer.finish() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous report")
        #expect(try Self.entries(directory) == ["lzsim.xml"])
    }

    @Test("a cancelled report leaves nothing behind")
    func cancelLeavesNothing() throws {
        let directory = try SampleRuns.temporaryDirectory()
        let writer = try JUnitStreamWriter(
            path: directory + "/lzsim.xml", options: JUnitOptions(), totals: JUnitTally())
        writer.cancel()
        #expect(try Self.entries(directory).isEmpty)
        #expect(throws: JUnitWriteError.self) { try writer.write(SampleRuns.reference.suites[0]) }
    }

    @Test("a destination that cannot exist gives an error naming it")
    func impossibleDestination() throws {
        let directory = try SampleRuns.temporaryDirectory()
        try "a file, not a folder".write(toFile: directory + "/blocker", atomically: true, encoding: .utf8)
        let path = directory + "/blocker/lzsim.xml"
        let error = #expect(throws: JUnitWriteError.self) { try JUnitWriter().write(SampleRuns.reference, to: path) }
        #expect(error?.description.hasPrefix(path + ": cannot create report") == true)
    }

    @Test("missing report folders are created")
    func createsFolders() throws {
        let path = try SampleRuns.temporaryDirectory() + "/nested/reports/lzsim.xml"
        let summary = try JUnitWriter().write(SampleRuns.reference, to: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(summary.tally.tests == 4)
        #expect(summary.warnings.isEmpty)
    }

    @Test("directory mode writes one TEST-<suite>.xml per suite, each a complete report")
    func directoryMode() throws {
        let directory = try SampleRuns.temporaryDirectory()
        let summaries = try JUnitWriter(options: JUnitOptions(pinnedTimestamp: SampleRuns.pinned))
            .writeDirectory(SampleRuns.several, to: directory)
        #expect(
            try Self.entries(directory) == [
                "TEST-iam.boundaries.xml", "TEST-kms.keys.xml", "TEST-org.guardrails.xml",
            ])
        #expect(summaries.map(\.tally.tests) == [2, 2, 3])
        let keys = try String(contentsOfFile: directory + "/TEST-kms.keys.xml", encoding: .utf8)
        #expect(keys.contains("<testsuites name=\"lzsim\" tests=\"2\" failures=\"0\" errors=\"1\" time=\"0.500\">"))
        #expect(keys.contains("id=\"0\""))
    }

    @Test("reports above 20,000 testcases warn and suggest --junit-dir")
    func sizeWarnings() {
        var tally = JUnitTally()
        tally.tests = 20_001
        let summary = JUnitWriteSummary(path: "reports/lzsim.xml", tally: tally, bytes: 11 * 1024 * 1024)
        #expect(summary.warnings.count == 2)
        #expect(summary.warnings.allSatisfy { $0.hasPrefix("reports/lzsim.xml: ") && $0.contains("--junit-dir") })
    }
}
