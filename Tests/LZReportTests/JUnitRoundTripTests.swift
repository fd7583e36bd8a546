import Foundation
import LZReport
import Testing

/// The writer's output read back through the reader and lzsim's own schemas.
@Suite struct JUnitRoundTripTests {
    static func write(_ run: TestRun, flavor: JUnitOptions.Flavor = .rich, to name: String = "report.xml") throws -> URL
    {
        let url = URL(fileURLWithPath: try SampleRuns.temporaryDirectory() + "/" + name)
        let options = JUnitOptions(flavor: flavor, pinnedTimestamp: SampleRuns.pinned)
        try JUnitWriter(options: options).write(run, to: url.path)
        return url
    }

    @Test("writer output is valid against lzsim's schema for its flavour", arguments: JUnitOptions.Flavor.allCases)
    func schemaValid(flavor: JUnitOptions.Flavor) throws {
        for run in [SampleRuns.reference, SampleRuns.several] {
            let url = try Self.write(run, flavor: flavor)
            let violations = JUnitSchema(flavor: flavor).validate(fileAt: url)
            #expect(violations.isEmpty, "\(violations)")
            #expect(try JUnitChecker.check(fileAt: url).isEmpty)
        }
    }

    @Test(
        "hostile text gives a schema-valid report that reads back with only the documented replacements",
        arguments: JUnitOptions.Flavor.allCases)
    func hostileTextRoundTrip(flavor: JUnitOptions.Flavor) throws {
        let hostile = JUnitSanitizingTests.hostile
        let expected = JUnitSanitizingTests.expected
        let problem = Problem(.expectationFailed, message: hostile, details: [hostile], location: SampleRuns.at(3))
        let testcase = CaseResult(
            name: "X-1 " + hostile, location: SampleRuns.at(3),
            properties: [ReportProperty("lzsim.resource", hostile)], outcome: .failed(problem))
        let suite = SuiteResult(
            name: "hostile", file: "scenarios/hostile.yaml", timestamp: SampleRuns.pinned,
            properties: [ReportProperty("lzsim.framework.cis", hostile)], cases: [testcase], systemErr: hostile)
        let url = try Self.write(TestRun(suites: [suite]), flavor: flavor)
        #expect(JUnitSchema(flavor: flavor).validate(fileAt: url).isEmpty)

        let back = try #require(try JUnitReader.read(fileAt: url).suites.first)
        #expect(back.properties == [ReportProperty("lzsim.framework.cis", expected)])
        #expect(back.systemErr == expected)
        let readCase = try #require(back.cases.first)
        #expect(readCase.name == "X-1 " + expected)
        let expectedProblem = Problem(
            .expectationFailed, message: String(expected.prefix { $0 != "\n" }),
            details: Array(
                expected.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init))
                + expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            location: SampleRuns.at(3))
        #expect(readCase.outcome == .failed(expectedProblem))
        if flavor == .rich {
            #expect(readCase.properties == [ReportProperty("lzsim.resource", expected)])
        }
    }

    @Test("shards merged equal the report of a single run, byte for byte", arguments: JUnitOptions.Flavor.allCases)
    func mergeEqualsSingleRun(flavor: JUnitOptions.Flavor) throws {
        let suites = SampleRuns.several.suites + SampleRuns.reference.suites
        let single = try Self.write(TestRun(suites: suites), flavor: flavor)
        let first = try Self.write(TestRun(suites: [suites[3], suites[0]]), flavor: flavor, to: "shard-1.xml")
        let second = try Self.write(TestRun(suites: [suites[2], suites[1]]), flavor: flavor, to: "shard-2.xml")
        let merged = try TestRun.merging([
            (source: first.path, run: try JUnitReader.read(fileAt: first)),
            (source: second.path, run: try JUnitReader.read(fileAt: second)),
        ])
        let mergedURL = try Self.write(merged, flavor: flavor, to: "merged.xml")
        let expected = try String(contentsOf: single, encoding: .utf8)
        #expect(try String(contentsOf: mergedURL, encoding: .utf8) == expected)
    }
}
