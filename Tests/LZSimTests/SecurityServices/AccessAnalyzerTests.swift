import LZPolicy
import LZSim
import Testing

/// IAM Access Analyzer's analyzers: who may create which, and the findings they list.
@Suite struct AccessAnalyzerTests {
    @Test("an ORGANIZATION analyzer comes only from the management account or the delegated administrator")
    func organizationAnalyzer() throws {
        var zone = try LandingZone()
        let prod = try zone.administrator(of: zone.prod)
        let refused = #expect(throws: AWSError.self) {
            try zone.world.createAnalyzer(analyzerName: "org", type: .organization, as: prod)
        }
        #expect(refused?.code == AWSError.Code(rawValue: "ValidationException"))
        try zone.world.registerDelegatedAdministrator(
            accountID: zone.prod, servicePrincipal: World.accessAnalyzerServicePrincipal, as: try zone.managementRoot)
        let arn = try zone.world.createAnalyzer(analyzerName: "org", type: .organization, as: prod)
        #expect(arn == "arn:aws:access-analyzer:us-east-1:\(zone.prod):analyzer/org")
        let analyzers = try zone.world.listAnalyzers(as: prod)
        #expect(analyzers.map(\.type) == [.organization])
        #expect(analyzers.first?.zone == .organization(try #require(zone.world.organization).id))
        try zone.world.createAnalyzer(analyzerName: "org", type: .account, region: "eu-west-1", as: prod)
        let taken = #expect(throws: AWSError.self) {
            try zone.world.createAnalyzer(analyzerName: "org", type: .account, as: prod)
        }
        #expect(taken?.code == .conflict)
        let badName = #expect(throws: AWSError.self) {
            try zone.world.createAnalyzer(analyzerName: "1st analyzer", type: .account, as: prod)
        }
        #expect(badName?.message.contains("'1st analyzer'") == true)
        try zone.world.deleteAnalyzer(analyzerName: "org", as: prod)
        let gone = #expect(throws: AWSError.self) { try zone.world.listFindings(analyzerName: "org", as: prod) }
        #expect(gone?.code == .resourceNotFound)
    }

    @Test("ListFindings computes the zone's external access in the analyzer's Region now")
    func findings() throws {
        var zone = try LandingZone()
        let dev = try zone.administrator(of: zone.dev)
        try zone.world.createAnalyzer(analyzerName: "account", type: .account, as: dev)
        // With the account as the zone, the management account that CreateAccount trusts is outside it.
        let before = try zone.world.listFindings(analyzerName: "account", as: dev)
        #expect(before.map(\.principal) == ["arn:aws:iam::\(zone.management):root"])
        try zone.world.createRole(
            roleName: "partner", assumeRolePolicyDocument: Fixture.trust(principal: "arn:aws:iam::111122223333:root"),
            as: dev)
        let findings = try zone.world.listFindings(analyzerName: "account", as: dev)
        #expect(findings.count == 2)
        #expect(findings.last?.resourceARN == "arn:aws:iam::\(zone.dev):role/partner")
        #expect(findings.last?.principal == "arn:aws:iam::111122223333:root")
    }

    @Test("an SCP denying access-analyzer:DeleteAnalyzer keeps the analyzer")
    func guardrail() throws {
        var zone = try LandingZone()
        let dev = try zone.administrator(of: zone.dev)
        try zone.world.createAnalyzer(analyzerName: "account", type: .account, as: dev)
        let root = try zone.managementRoot
        let policy = try zone.world.createOrganizationPolicy(
            name: "keep-analyzer", description: "", type: .serviceControlPolicy,
            content: Fixture.deny("access-analyzer:DeleteAnalyzer"), as: root)
        try zone.world.attachPolicy(policyID: policy.id, targetID: zone.dev, as: root)
        let denied = #expect(throws: AWSError.self) { try zone.world.deleteAnalyzer(analyzerName: "account", as: dev) }
        #expect(denied?.code == .accessDeniedException)
    }
}
