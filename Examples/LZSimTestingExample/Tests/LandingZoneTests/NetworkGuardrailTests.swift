import LZScenario
import LZSim
import LZSimTesting
import Testing

// The foundation is built once for the suite; each test reads its own copy of the world.
@Suite("Network guardrails", .scenario("scenarios/foundation.yaml"))
struct NetworkGuardrailTests {
    @Test("development administrators cannot create VPCs")
    func developmentCannotCreateVPCs() throws {
        let landingZone = try ScenarioFoundation.current
        let admin = try landingZone.session("dev-app/role/Admin")
        expectDenied(admin, "ec2:CreateVpc", on: "*", .explicit, by: "scp")
    }

    @Test("production administrators can create VPCs; auditors cannot")
    func productionCanCreateVPCs() throws {
        let landingZone = try ScenarioFoundation.current
        let vpcs = try landingZone.substitute("arn:aws:ec2:eu-west-1:${accounts.prod-app}:vpc/*")
        expectAllowed(try landingZone.session("prod-app/role/Admin"), "ec2:CreateVpc", on: vpcs)
        expectDenied(try landingZone.session("prod-app/role/Auditor"), "ec2:CreateVpc", on: vpcs, .implicit)
    }

    @Test("a role added in one test does not leak into the others")
    func changesStayInTheTest() throws {
        var world = try World.current
        let landingZone = try ScenarioFoundation.current
        let devApp = try landingZone.accountID("dev-app")
        let root = try world.rootSession(of: devApp)
        try world.createRole(
            roleName: "Deployer",
            assumeRolePolicyDocument: """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::\(devApp):root"}, "Action": "sts:AssumeRole"}]}
                """,
            as: root)
        #expect(world.account("dev-app")?.iam.roles["Deployer"] != nil)
        #expect(try World.current.account("dev-app")?.iam.roles["Deployer"] == nil)
    }
}

// The scenario's checks, one Swift Testing case each; a failure points at the check's YAML line.
@Test(arguments: try ScenarioChecks.checks(in: "scenarios/network-guardrails.yaml"))
func networkGuardrail(_ check: ScenarioCheck) {
    expectPassing(check)
}

// Or every scenario at once, with lzsim's JUnit attached (and in LZSIM_JUNIT_DIR when set).
@Test func everyScenarioHolds() {
    expectPassing(scenarios: "scenarios/")
}
