import Foundation
import LZReport
import LZScenario
import Testing

@testable import LZSimTesting

@Suite("lzsim's JUnit beside Swift's")
struct JUnitDirectoryTests {
    @Test("LZSIM_JUNIT_DIR names the folder; unset or empty writes nothing")
    func variable() {
        #expect(ScenarioReporting.junitDirectory(in: ["LZSIM_JUNIT_DIR": "reports/lzsim"]) == "reports/lzsim")
        #expect(ScenarioReporting.junitDirectory(in: ["LZSIM_JUNIT_DIR": ""]) == nil)
        #expect(ScenarioReporting.junitDirectory(in: [:]) == nil)
    }

    @Test("a suite run writes one TEST-<suite>.xml per scenario, the bytes lzsim run writes")
    func writesTheSameReport() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lzsim-testing-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        let run = ScenarioRunner(options: RunOptions(now: now))
            .run(
                ScenarioRunner.Source(
                    file: ScenarioPathForTests.url(Fixtures.guardrails), root: ScenarioPathForTests.root))
        let pinned = TestRun(
            suites: [run].map {
                var suite = $0; suite.time = 0; return suite
            })
        let options = JUnitOptions(pinnedTimestamp: now, zeroTimes: true)
        ScenarioReporting.report(pinned, junitDirectory: directory, options: options, sourceLocation: #_sourceLocation)
        let name = JUnitWriter.fileName(forSuite: pinned.suites[0].name)
        let written = try #require(FileManager.default.contents(atPath: directory + "/" + name))
        let expectedPath = directory + "/expected.xml"
        try JUnitWriter(options: options).write(pinned, to: expectedPath)
        #expect(written == FileManager.default.contents(atPath: expectedPath))
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains("NET-01 Development administrators cannot create VPCs"))
    }
}
