import LZScenario
import LZSim
import LZSimTesting
import Testing

@Suite("The .scenario trait", .scenario(Fixtures.foundation))
struct ScenarioTraitTests {
    @Test("a test reads the world the foundation file builds")
    func readsTheBuiltWorld() throws {
        let foundation = try ScenarioFoundation.current
        let world = try World.current
        let dev = try foundation.accountID("dev")
        #expect(world.account("dev")?.id == dev)
        #expect(world.account("prod")?.iam.roles["Auditor"] != nil)
        #expect(foundation.scenario.file.hasSuffix("foundation.yaml"))
    }

    @Test("each test case changes its own copy of the world", arguments: 1...6)
    func testsDoNotShareChanges(_ index: Int) throws {
        var world = try World.current
        let foundation = try ScenarioFoundation.current
        #expect(world.account("dev")?.iam.roles["Extra"] == nil)
        let root = try world.rootSession(of: try foundation.accountID("dev"))
        try world.createRole(
            roleName: "Extra", assumeRolePolicyDocument: Self.trustOwnAccount(try foundation.accountID("dev")),
            as: root)
        #expect(world.account("dev")?.iam.roles["Extra"] != nil)
        #expect(try World.current.account("dev")?.iam.roles["Extra"] == nil)
    }

    @Test("principals are named as scenario files name them")
    func sessionsByScenarioName() throws {
        let foundation = try ScenarioFoundation.current
        let admin = try foundation.session("dev/role/Admin")
        let dev = try foundation.accountID("dev")
        #expect(admin.accountID == dev)
        #expect(admin.arn.contains(":assumed-role/Admin/"))
        #expect(throws: ScenarioError.self) { try foundation.session("dev/role/Nobody") }
    }

    static func trustOwnAccount(_ account: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(account):root"},"Action":"sts:AssumeRole"}]}"#
    }
}

@Suite("The .scenario trait on one test")
struct ScenarioTraitOnATestTests {
    @Test("a trait on a test function scopes that test", .scenario(Fixtures.foundation))
    func traitOnATest() throws {
        #expect(try World.current.account("prod") != nil)
    }

    @Test("without a trait there is no current world, and the error says what to add")
    func noTraitNoWorld() {
        let error = #expect(throws: ScenarioTraitError.self) { try World.current }
        #expect(error?.description.contains(".scenario(") == true)
    }

    @Test("a malformed file is one issue at its line, and the tests inside do not run")
    func malformedFileIsOneIssue() async throws {
        let issues = Counter()
        let ran = Counter()
        try await withKnownIssue {
            try await ScenarioTrait.scenario(Fixtures.misspeltKey).provideScope(
                for: try #require(Test.current), testCase: nil, performing: { ran.add() })
        } matching: { issue in
            issues.add()
            return Fixtures.issue(issue, isAt: "malformed/misspelt-key.yaml", line: 5)
                && Fixtures.text(of: issue).contains("emial")
        }
        #expect(issues.value == 1)
        #expect(ran.value == 0)
    }

    @Test("a missing file is one issue naming it")
    func missingFileIsOneIssue() async throws {
        let issues = Counter()
        try await withKnownIssue {
            try await ScenarioTrait.scenario("Tests/Fixtures/testing/no-such-foundation.yaml").provideScope(
                for: try #require(Test.current), testCase: nil, performing: {})
        } matching: { issue in
            issues.add()
            return Fixtures.issue(issue, isAt: "no-such-foundation.yaml", line: 1)
                && Fixtures.text(of: issue).contains("no such scenario or foundation file")
        }
        #expect(issues.value == 1)
    }
}
