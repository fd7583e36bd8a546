import Foundation
import FoundationXML
import LZReport
import Testing

@Suite struct JUnitWriterTests {
    /// Writes `run` and parses the file back with Foundation's XML parser, a second reader.
    static func written(
        _ run: TestRun,
        options: JUnitOptions = JUnitOptions(pinnedTimestamp: SampleRuns.pinned)
    ) throws -> (text: String, document: XMLDocument) {
        let path = try SampleRuns.temporaryDirectory() + "/report.xml"
        try JUnitWriter(options: options).write(run, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return (text, try XMLDocument(data: Data(text.utf8)))
    }

    static func elements(_ document: XMLDocument, _ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    @Test("suite and root counts equal the children, skipped included", arguments: JUnitOptions.Flavor.allCases)
    func countsEqualChildren(flavor: JUnitOptions.Flavor) throws {
        let (_, document) = try Self.written(SampleRuns.several, options: JUnitOptions(flavor: flavor))
        var total = 0
        for suite in try Self.elements(document, "/testsuites/testsuite") {
            let cases = try suite.nodes(forXPath: "testcase").count
            total += cases
            #expect(suite.attribute(forName: "tests")?.stringValue == String(cases))
            for (attribute, child) in [("failures", "failure"), ("errors", "error"), ("skipped", "skipped")] {
                let count = try suite.nodes(forXPath: "testcase/\(child)").count
                #expect(suite.attribute(forName: attribute)?.stringValue == String(count))
            }
        }
        if flavor == .rich {
            #expect(document.rootElement()?.attribute(forName: "tests")?.stringValue == String(total))
            #expect(document.rootElement()?.attribute(forName: "time")?.stringValue == "1.500")
        } else {
            #expect(document.rootElement()?.attributes?.isEmpty ?? true)
        }
    }

    @Test("suites are sorted by scenario path and numbered in file order")
    func suiteOrder() throws {
        let (_, document) = try Self.written(SampleRuns.several)
        let suites = try Self.elements(document, "/testsuites/testsuite")
        #expect(
            suites.map { $0.attribute(forName: "name")?.stringValue } == [
                "iam.boundaries", "kms.keys", "org.guardrails",
            ])
        #expect(suites.map { $0.attribute(forName: "id")?.stringValue } == ["0", "1", "2"])
    }

    @Test("not-applicable checks are skipped by default and left out on request")
    func notApplicable() throws {
        let run = SampleRuns.several
        let (kept, _) = try Self.written(run)
        #expect(kept.contains("<skipped message=\"not applicable: no SCP\"/>"))
        let (omitted, document) = try Self.written(run, options: JUnitOptions(omitNotApplicable: true))
        #expect(!omitted.contains("not applicable"))
        let guardrails = try Self.elements(document, "/testsuites/testsuite[@name='org.guardrails']").first
        #expect(guardrails?.attribute(forName: "tests")?.stringValue == "2")
        #expect(guardrails?.attribute(forName: "skipped")?.stringValue == "0")
    }

    @Test("advisory findings pass with a note and a property, or fail when asked")
    func advisories() throws {
        let (text, document) = try Self.written(SampleRuns.several)
        #expect(text.contains("<system-out>ADVISORY: [info] wide role</system-out>"))
        #expect(text.contains("<property name=\"lzsim.advisory\" value=\"true\"/>"))
        let iam = try Self.elements(document, "/testsuites/testsuite[@name='iam.boundaries']").first
        #expect(iam?.attribute(forName: "failures")?.stringValue == "0")

        let (_, failing) = try Self.written(SampleRuns.several, options: JUnitOptions(advisoryAsFailure: true))
        let failures = try Self.elements(failing, "/testsuites/testsuite[@name='iam.boundaries']/testcase/failure")
        #expect(failures.map { $0.attribute(forName: "message")?.stringValue } == ["[info] wide role"])
    }

    @Test("passing testcases carry no trace unless asked; failing and erroring ones always do")
    func traceOutput() throws {
        let (quiet, _) = try Self.written(SampleRuns.several)
        #expect(!quiet.contains("trace org.guardrails 0"))
        #expect(quiet.contains("<system-out>trace org.guardrails 1</system-out>"))
        #expect(quiet.contains("<system-out>trace kms.keys 0</system-out>"))
        let (verbose, _) = try Self.written(SampleRuns.several, options: JUnitOptions(passingOutput: true))
        #expect(verbose.contains("<system-out>trace org.guardrails 0</system-out>"))
    }

    @Test("zeroed times and a pinned timestamp make two runs of one suite byte-identical")
    func determinism() throws {
        var later = SampleRuns.several
        for suite in later.suites.indices {
            later.suites[suite].timestamp = Date()
            later.suites[suite].time = Double(suite) + 0.123
            for testcase in later.suites[suite].cases.indices {
                later.suites[suite].cases[testcase].time = 7
            }
        }
        later.suites.reverse()
        let options = JUnitOptions(pinnedTimestamp: SampleRuns.pinned, zeroTimes: true)
        let first = try Self.written(SampleRuns.several, options: options).text
        let second = try Self.written(later, options: options).text
        #expect(first == second)
        #expect(first.contains("time=\"0.000\""))
        #expect(!first.contains("time=\"0.5"))
    }
}
