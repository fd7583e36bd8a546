import Foundation
import LZReport
import LZScenario
import Testing

/// Bad input gets one clear error naming the file, line and column, what was expected and what
/// was found, with a hint where lzsim can guess the fix; never a crash, never a lost run.
@Suite struct ScenarioErrorTests {
    static let check = """
        checks:
          - { id: C-1, title: a check, access: { principal: dev/root, action: s3:GetObject, resource: "*", expect: allow } }
        """

    struct BadInput: Sendable, CustomStringConvertible {
        let files: [String: String]
        let place: String
        let detail: String?
        init(_ files: [String: String], _ place: String, _ detail: String?) {
            self.files = files
            self.place = place
            self.detail = detail
        }
        var description: String { place }
    }

    static let badInputs: [BadInput] = [

        BadInput(["s.yaml": "checks: [unclosed"], "s.yaml:2:1", "not YAML"),
        BadInput(
            ["s.yaml": "chekcs: []"], "s.yaml:1:1: unknown key 'chekcs' in a scenario file", "did you mean 'checks'?"),
        BadInput(
            ["s.yaml": "include: [missing.yaml]\n" + check], "s.yaml:1:11: included file 'missing.yaml' does not exist",
            nil),
        BadInput(
            ["s.yaml": "include: [b.yaml]\n" + check, "b.yaml": "include: [s.yaml]\n"],
            ".yaml:1:11: include cycle: ", nil
        ),
        BadInput(
            ["s.yaml": "include: [../../outside.yaml]\n" + check],
            "s.yaml:1:11: path '../../outside.yaml' leaves the suite's folder", nil),
        BadInput(
            [
                "s.yaml": check
                    + "\n  - { id: C-1, title: again, access: { principal: dev/root, action: s3:x, expect: deny } }"
            ], "s.yaml:3:11: duplicate check id 'C-1'", nil),
        BadInput(["s.yaml": "seed: many\n" + check], "s.yaml:1:7: expected a whole number for 'seed'", nil),
        BadInput(
            [
                "s.yaml":
                    "foundation:\n  accounts:\n    dev:\n      iam:\n        policies:\n          p: { file: p.json }\n"
                    + check,
                "p.json":
                    "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Alow\", \"Action\": \"*\", \"Resource\": \"*\"}]\n}\n",
            ],
            "p.json:3:", "Alow"
        ),
        BadInput(
            [
                "s.yaml":
                    "foundation:\n  accounts:\n    dev:\n      iam:\n        policies:\n          p: { file: gone.json }\n"
                    + check
            ],
            "s.yaml:6:", "cannot read policy file 'gone.json'"
        ),
        BadInput(
            [
                "s.yaml": "foundation:\n  accounts:\n    dev: {}\n"
                    + check.replacingOccurrences(
                        of: "resource: \"*\"", with: "resource: \"arn:aws:s3:::${accounts.prd}\"")
            ],
            "no account named 'prd'", nil
        ),
        BadInput(
            [
                "s.yaml": "foundation:\n  accounts:\n    dev: {}\n"
                    + check.replacingOccurrences(
                        of: "resource: \"*\"", with: "resource: \"arn:aws:s3:::${acounts.dev}\"")
            ],
            "no variable ${acounts.dev}; expected accounts.NAME", nil
        ),
        BadInput(
            [
                "s.yaml": "foundation:\n  accounts:\n    dev: {}\n"
                    + check.replacingOccurrences(of: "expect: allow", with: "expect: alow")
            ],
            "expected one of allow, deny for 'expect'", "did you mean 'allow'?"
        ),
    ]

    @Test("each kind of bad input is reported at its place", arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        let run = try ScenarioFolder(input.files).run()
        let problem = try #require(ScenarioFolder.firstProblem(run), "\(run)")
        let text = ([problem.message] + problem.details).joined(separator: "\n")
        #expect(text.contains(input.place), "\(text)")
        if let detail = input.detail { #expect(text.contains(detail), "\(text)") }
        #expect(!problem.message.contains("\n"))
    }

    @Test(
        "a malformed assert expectation is an error at its value even with nothing in scope",
        arguments: [
            (
                "{ domain_names_within: { a: b } }",
                "expected a value or a list of values for 'domain_names_within', found"
            ),
            ("{ days_to_expiry_at_least: soon }", "expected a whole number for 'days_to_expiry_at_least', found"),
        ])
    func malformedExpectation(expect: String, message: String) throws {
        let run = try ScenarioFolder([
            "s.yaml": "foundation:\n  accounts:\n    a: {}\nchecks:\n"
                + "  - { id: A, title: t, assert: { resources: acm:certificate, expect: \(expect) } }\n"
        ]).run()
        let problem = try #require(ScenarioFolder.firstProblem(run), "\(run)")
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.message.contains("s.yaml:5:"), "\(problem.message)")
    }

    @Test("a file of a foundation alone that cannot be built is one error, never nothing")
    func foundationAlone() throws {
        let folder = try ScenarioFolder([
            "only.yaml":
                "foundation:\n  accounts:\n    a:\n      network:\n        vpcs:\n          v: { cidr: 10.0.0.0/33 }\n"
        ])
        let run = try ScenarioRunner().run(paths: [folder.url.appendingPathComponent("only.yaml").path])
        let cases = run.suites.flatMap(\.cases)
        #expect(cases.count == 1)
        guard case .errored(let problem) = cases.first?.outcome else {
            Issue.record("expected one error, got \(cases.map(\.outcome))")
            return
        }
        #expect(cases.first?.name.hasPrefix("BUILD ") == true)
        #expect(problem.message.contains("the foundation cannot be built"), "\(problem.message)")
        #expect(problem.message.contains("10.0.0.0/33"), "\(problem.message)")
    }

    @Test("a path that does not exist is the only thing that stops a run")
    func missingPath() {
        let error = #expect(throws: ScenarioError.self) { try ScenarioRunner().run(paths: ["no/such/scenarios"]) }
        #expect(error?.description.hasPrefix("no/such/scenarios:1:1: no such file or folder") == true)
    }
}
