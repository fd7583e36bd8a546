import Foundation
import LZReport
import Testing

@testable import LZScenario

/// A negative fixture kept to prove a control catches it: `expect: non_compliant` passes when the
/// control reports the resource, and fails, saying so, when it does not; `scope.resources`
/// narrows a control to the fixture by its testcase name.
@Suite struct ControlExpectationTests {
    @Test("a non-compliant fixture passes, a compliant one fails with what the control found")
    func negativeFixture() throws {
        let (_, cases) = try ControlCheckTests.run(
            """
              - id: FIX-1
                title: the scratch key is reported
                control: KMS.4
                scope: { resources: [dev/key/scratch] }
                expect: non_compliant
              - id: FIX-2
                title: the data key is reported
                control: KMS.4
                scope: { resources: ["prod/key/*"] }
                expect: non_compliant

            """)
        #expect(
            cases.map(\.name) == [
                "FIX-1 the scratch key is reported [dev/key/scratch]", "FIX-2 the data key is reported [prod/key/data]",
            ])
        #expect(cases[0].outcome == .passed)
        #expect(
            cases[0].systemOut == "KMS.4 NON_COMPLIANT, as the check expects: key scratch does not rotate automatically"
        )
        guard case .failed(let problem) = cases[1].outcome else {
            Issue.record("the compliant data key should fail the fixture check, got \(cases[1].outcome)")
            return
        }
        #expect(
            problem.message.hasPrefix("[medium] KMS.4: expected NON_COMPLIANT, but the control found it compliant: "))
    }

    @Test("expect belongs to control checks, and takes compliant or non_compliant")
    func misplacedExpect() throws {
        let (_, onAccess) = try ControlCheckTests.run(
            """
              - id: BAD-1
                title: t
                expect: non_compliant
                access: { principal: dev/root, action: s3:GetObject, expect: allow }

            """)
        guard case .errored(let problem) = onAccess.first?.outcome else {
            Issue.record("expect on an access check should be refused")
            return
        }
        #expect(problem.message.contains("'expect' belongs to 'control' and 'framework' checks, not to 'access'"))
        let (_, wrongValue) = try ControlCheckTests.run("  - { control: KMS.4, expect: noncompliant }\n")
        guard case .errored(let valueProblem) = wrongValue.first?.outcome else {
            Issue.record("an unknown expectation should be refused")
            return
        }
        #expect(valueProblem.message.contains("noncompliant"))
        #expect(valueProblem.details.contains("hint: did you mean 'non_compliant'?"))
    }
}
