import Foundation
import LZReport
import LZScenario
import Testing

@testable import LZSimTesting

@Suite("Scenario checks as test arguments")
struct ScenarioCheckTests {
    @Test(
        "every check of a scenario is its own test case", arguments: try ScenarioChecks.checks(in: Fixtures.guardrails))
    func checkPasses(_ check: ScenarioCheck) {
        let results = expectPassing(check)
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0.outcome == .passed })
    }

    @Test("checks come in file order with their ids, titles and lines")
    func checksInFileOrder() throws {
        let checks = try ScenarioChecks.checks(in: Fixtures.guardrails)
        #expect(checks.map(\.id) == ["NET-01", "NET-02"])
        #expect(checks.map(\.location.line) == [4, 12])
        #expect(checks[0].testDescription == "NET-01 Development administrators cannot create VPCs")
    }

    @Test("a failing check records its issue at the check's line in the YAML, with the explanation")
    func failingCheckAtYAMLLine() throws {
        let check = try #require(try ScenarioChecks.checks(in: Fixtures.brokenGuardrails).first)
        #expect(check.location.line == 4)
        withKnownIssue {
            let results = expectPassing(check)
            #expect(results.count == 1)
        } matching: { issue in
            let text = Fixtures.text(of: issue)
            return Fixtures.issue(issue, isAt: "testing/broken-guardrails.yaml", line: 4)
                && text.contains("BRK-01 Production administrators cannot create VPCs")
                && text.contains("[high]") && text.contains("expected deny, got allow")
                && text.contains("principal: arn:aws:sts::")
        }
    }

    @Test("a malformed file fails where the arguments are made, at its line")
    func malformedFileThrows() {
        let error = #expect(throws: ScenarioError.self) { try ScenarioChecks.checks(in: Fixtures.misspeltKey) }
        #expect(error?.location.line == 5)
        #expect(error?.description.contains("emial") == true)
    }
}

@Suite("Whole scenario suites")
struct ScenarioSuiteTests {
    @Test("a suite that holds records nothing and returns lzsim's run")
    func suitePasses() {
        let run = expectPassing(scenarios: Fixtures.guardrails)
        #expect(run.suites.map(\.name).count == 1)
        #expect(run.suites.first?.cases.map(\.outcome) == [.passed, .passed])
    }

    @Test("a suite records one issue per failing check, at the check's YAML line")
    func suiteFailsAtYAMLLines() {
        let issues = Counter()
        withKnownIssue {
            let run = expectPassing(scenarios: Fixtures.brokenGuardrails)
            #expect(run.suites.first?.cases.count == 2)
        } matching: { issue in
            issues.add()
            return Fixtures.issue(issue, isAt: "testing/broken-guardrails.yaml", line: 4)
                && Fixtures.text(of: issue).contains("expected deny, got allow")
        }
        #expect(issues.value == 1)
    }

    @Test("a folder runs its scenarios and leaves foundations alone")
    func folderRuns() {
        withKnownIssue {
            let run = expectPassing(scenarios: "Tests/Fixtures/testing/")
            let files = run.suites.map { URL(fileURLWithPath: $0.file).lastPathComponent }
            #expect(files == ["broken-guardrails.yaml", "guardrails.yaml"])
        } matching: { issue in
            Fixtures.issue(issue, isAt: "testing/broken-guardrails.yaml", line: 4)
        }
    }

    @Test("the filter selects checks by id")
    func filterSelects() {
        let run = expectPassing(scenarios: Fixtures.brokenGuardrails, filter: "BRK-02")
        #expect(run.suites.first?.cases.map(\.name) == ["BRK-02 Production auditors cannot create VPCs"])
    }

    @Test("a path that does not exist is one issue at the caller's line")
    func missingPath() {
        let line = #line + 2
        withKnownIssue {
            expectPassing(scenarios: "Tests/Fixtures/testing/nowhere/")
        } matching: { issue in
            Fixtures.issue(issue, isAt: "ScenarioCheckTests.swift", line: line)
                && Fixtures.text(of: issue).contains("no such file or folder")
        }
    }
}
