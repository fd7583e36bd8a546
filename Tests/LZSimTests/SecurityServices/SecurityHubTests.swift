import LZPolicy
import LZSim
import Testing

/// Security Hub across an organization: hubs, standards, and an administrator's members.
@Suite struct SecurityHubTests {
    static let fsbp = "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0"
    static let cis12 = "arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0"
    static let cis30 = "arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0"

    @Test("EnableSecurityHub turns the default standards on unless told not to, and only once")
    func enable() throws {
        var zone = try LandingZone()
        let dev = try zone.administrator(of: zone.dev)
        let missing = #expect(throws: AWSError.self) { try zone.world.describeHub(as: dev) }
        #expect(missing?.code == .invalidAccess)
        try zone.world.enableSecurityHub(as: dev)
        #expect(try zone.world.describeHub(as: dev).standards == [Self.fsbp, Self.cis12])
        let again = #expect(throws: AWSError.self) { try zone.world.enableSecurityHub(as: dev) }
        #expect(again?.code == .resourceConflict)
        let prod = try zone.administrator(of: zone.prod)
        try zone.world.enableSecurityHub(enableDefaultStandards: false, as: prod)
        #expect(try zone.world.describeHub(as: prod).standards.isEmpty)
    }

    @Test("standards are enabled by ARN and disabled by subscription ARN; unknown ones are InvalidInputException")
    func standards() throws {
        var zone = try LandingZone()
        let dev = try zone.administrator(of: zone.dev)
        try zone.world.enableSecurityHub(enableDefaultStandards: false, as: dev)
        let subscriptions = try zone.world.batchEnableStandards(standardsARNs: [Self.cis30], as: dev)
        #expect(
            subscriptions == [
                "arn:aws:securityhub:us-east-1:\(zone.dev):subscription/cis-aws-foundations-benchmark/v/3.0.0"
            ])
        let unknown = #expect(throws: AWSError.self) {
            try zone.world.batchEnableStandards(
                standardsARNs: ["arn:aws:securityhub:us-east-1::standards/x/v/1"], as: dev)
        }
        #expect(unknown?.code == .invalidInput)
        #expect(unknown?.message.contains("standards/x/v/1") == true)
        try zone.world.batchDisableStandards(standardsSubscriptionARNs: subscriptions, as: dev)
        #expect(try zone.world.describeHub(as: dev).standards.isEmpty)
        let twice = #expect(throws: AWSError.self) {
            try zone.world.batchDisableStandards(standardsSubscriptionARNs: subscriptions, as: dev)
        }
        #expect(twice?.code == .invalidInput)
    }

    @Test("the administrator's members cannot disable Security Hub until disassociated; new accounts auto-enable")
    func members() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        try zone.world.enableSecurityHubOrganizationAdminAccount(adminAccountID: zone.prod, as: root)
        let prod = try zone.administrator(of: zone.prod)
        #expect(try zone.world.describeHub(as: prod).standards.count == 2)
        let outsider = try zone.world.createStandaloneAccount(name: "outsider", email: "out@example.net")
        let unprocessed = try zone.world.createSecurityHubMembers(accountIDs: [zone.dev, outsider], as: prod)
        #expect(unprocessed.map(\.accountID) == [outsider])
        let dev = try zone.administrator(of: zone.dev)
        #expect(try zone.world.describeHub(as: dev).administratorAccountID == zone.prod)
        let refused = #expect(throws: AWSError.self) { try zone.world.disableSecurityHub(as: dev) }
        #expect(refused?.code == .invalidInput)
        let administrator = #expect(throws: AWSError.self) { try zone.world.disableSecurityHub(as: prod) }
        #expect(administrator?.code == .invalidInput)
        try zone.world.disassociateSecurityHubMembers(accountIDs: [zone.dev], as: prod)
        try zone.world.disableSecurityHub(as: dev)
        #expect(zone.world.hub(account: zone.dev, region: "us-east-1") == nil)

        try zone.world.updateSecurityHubOrganizationConfiguration(
            autoEnable: true, autoEnableStandards: false, as: prod)
        let late = try zone.world.createAccount(accountName: "late", email: "late@example.com", as: root)
        let hub = try #require(zone.world.hub(account: late, region: "us-east-1"))
        #expect(hub.administratorAccountID == zone.prod)
        #expect(hub.standards.isEmpty)
        let notAdministrator = #expect(throws: AWSError.self) {
            try zone.world.updateSecurityHubOrganizationConfiguration(autoEnable: false, as: dev)
        }
        #expect(notAdministrator?.code == .invalidAccess)
    }

    @Test("an SCP denying securityhub:BatchDisableStandards stops a member's administrator")
    func guardrail() throws {
        var zone = try LandingZone()
        let dev = try zone.administrator(of: zone.dev)
        try zone.world.enableSecurityHub(as: dev)
        let root = try zone.managementRoot
        let policy = try zone.world.createOrganizationPolicy(
            name: "keep-standards", description: "", type: .serviceControlPolicy,
            content: Fixture.deny("securityhub:BatchDisableStandards"), as: root)
        try zone.world.attachPolicy(policyID: policy.id, targetID: zone.dev, as: root)
        let subscription =
            "arn:aws:securityhub:us-east-1:\(zone.dev):subscription/aws-foundational-security-best-practices/v/1.0.0"
        let denied = #expect(throws: AWSError.self) {
            try zone.world.batchDisableStandards(standardsSubscriptionARNs: [subscription], as: dev)
        }
        #expect(denied?.code == .accessDeniedException)
    }
}
