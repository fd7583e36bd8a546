import LZPolicy
import LZReport
import LZScenario
import LZSim
import LZSimTesting
import Testing

@Suite("Descriptions in test output", .scenario(Fixtures.foundation))
struct TestDescriptionTests {
    @Test("a decision reads as its one-line summary")
    func decision() throws {
        let foundation = try ScenarioFoundation.current
        let request = AccessRequest(
            session: try foundation.session("dev/role/Admin"), action: "ec2:CreateVpc",
            resource: ResourceReference(arn: "*"))
        let decision = foundation.world.authorize(request)
        #expect(decision.testDescription == decision.summary)
        #expect(decision.testDescription.hasPrefix("ExplicitlyDenied by scp"))
    }

    @Test("a request reads as who asks for what on which resource")
    func request() throws {
        let session = try ScenarioFoundation.current.session("prod/role/Admin")
        let request = AccessRequest(session: session, action: "s3:GetObject", resource: ResourceReference(arn: "*"))
        #expect(request.testDescription == "\(session.arn) → s3:GetObject on *")
        #expect(session.testDescription == session.arn)
    }

    @Test(
        "a result reads as its testcase name and outcome",
        arguments: [
            (Outcome.passed, "passed"),
            (
                .failed(Problem(.expectationFailed, message: "expected deny, got allow")),
                "failed: expected deny, got allow"
            ),
            (.errored(Problem(.scenarioError, message: "no role 'Admin'")), "errored: no role 'Admin'"),
            (.skipped(Skip(.waived, "W-12")), "skipped: waived: W-12"),
            (.advisory(Problem(.expectationFailed, message: "too broad")), "advisory: too broad"),
        ])
    func result(_ outcome: Outcome, _ text: String) {
        let result = CaseResult(name: "NET-01 Developers cannot create VPCs", outcome: outcome)
        #expect(result.testDescription == "NET-01 Developers cannot create VPCs: \(text)")
    }
}
