import LZReport
import Testing

@Suite struct TestRunMergingTests {
    @Test("shards merge into the suites of one run")
    func mergesShards() throws {
        let suites = SampleRuns.several.suites
        let merged = try TestRun.merging([
            (source: "shard-1.xml", run: TestRun(suites: [suites[0], suites[2]])),
            (source: "shard-2.xml", run: TestRun(suites: [suites[1]])),
        ])
        #expect(merged.suites.map(\.name).sorted() == suites.map(\.name).sorted())
    }

    @Test("a suite in two shards is refused, naming both")
    func refusesDuplicates() {
        let suite = SampleRuns.several.suites[0]
        let error = #expect(throws: TestRun.MergeError.self) {
            try TestRun.merging([
                (source: "a.xml", run: TestRun(suites: [suite])), (source: "b.xml", run: TestRun(suites: [suite])),
            ])
        }
        #expect(error?.description.hasPrefix("suite 'org.guardrails' appears in a.xml and b.xml;") == true)
    }

    @Test("a suite twice in one report is refused too")
    func refusesDuplicatesInOneFile() {
        let suite = SampleRuns.several.suites[0]
        let error = #expect(throws: TestRun.MergeError.self) {
            try TestRun.merging([(source: "a.xml", run: TestRun(suites: [suite, suite]))])
        }
        #expect(error?.description.hasPrefix("suite 'org.guardrails' appears twice in a.xml;") == true)
    }
}
