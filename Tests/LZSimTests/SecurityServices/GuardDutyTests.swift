import LZPolicy
import LZSim
import Testing

/// GuardDuty as a landing zone runs it: a delegated administrator that switches detectors on
/// across the organization, and members that cannot switch themselves off.
@Suite struct GuardDutyTests {
    /// The zone with prod as GuardDuty's delegated administrator in us-east-1, and its detector ID.
    static func administeredZone(_ autoEnable: GuardDutyAutoEnable) throws -> (LandingZone, String) {
        var zone = try LandingZone()
        try zone.world.enableGuardDutyOrganizationAdminAccount(adminAccountID: zone.prod, as: try zone.managementRoot)
        let admin = try zone.administrator(of: zone.prod)
        let detector = try #require(try zone.world.listDetectors(as: admin).first)
        try zone.world.updateGuardDutyOrganizationConfiguration(
            detectorID: detector, autoEnableOrganizationMembers: autoEnable, as: admin)
        return (zone, detector)
    }

    @Test("an account has one detector per Region; a second CreateDetector is a BadRequestException")
    func oneDetectorPerRegion() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.dev)
        let id = try zone.world.createDetector(as: admin)
        #expect(id.count == 32)
        let again = #expect(throws: AWSError.self) { try zone.world.createDetector(as: admin) }
        #expect(again?.code == .badRequest)
        try zone.world.createDetector(region: "eu-west-1", as: admin)
        #expect(try zone.world.listDetectors(as: admin) == [id])
        #expect(try zone.world.getDetector(detectorID: id, as: admin).status == .enabled)
        let unknown = #expect(throws: AWSError.self) { try zone.world.getDetector(detectorID: "0", as: admin) }
        #expect(unknown?.code == .badRequest)
        try zone.world.deleteDetector(detectorID: id, as: admin)
        #expect(try zone.world.listDetectors(as: admin).isEmpty)
    }

    @Test("ALL switches GuardDuty on in every member, which cannot delete its detector until disassociated")
    func autoEnableAll() throws {
        var (zone, detector) = try Self.administeredZone(.all)
        #expect(zone.world.delegatedAdministrator(for: World.guardDutyServicePrincipal) == zone.prod)
        for account in [zone.management, zone.dev] {
            let member = try #require(zone.world.detector(account: account, region: "us-east-1"))
            #expect(member.administratorAccountID == zone.prod)
        }
        #expect(zone.world.detector(account: zone.dev, region: "eu-west-1") == nil)
        let devAdmin = try zone.administrator(of: zone.dev)
        let devDetector = try #require(try zone.world.listDetectors(as: devAdmin).first)
        let refused = #expect(throws: AWSError.self) {
            try zone.world.deleteDetector(detectorID: devDetector, as: devAdmin)
        }
        #expect(refused?.code == .badRequest)
        #expect(refused?.message.contains("administrator \(zone.prod)") == true)
        let prodAdmin = try zone.administrator(of: zone.prod)
        let unprocessed = try zone.world.disassociateGuardDutyMembers(
            detectorID: detector, accountIDs: [zone.dev, "123456789012"], as: prodAdmin)
        #expect(unprocessed.map(\.accountID) == ["123456789012"])
        try zone.world.deleteDetector(detectorID: devDetector, as: devAdmin)
        #expect(zone.world.detector(account: zone.dev, region: "us-east-1") == nil)
    }

    @Test("NEW leaves existing members alone and switches GuardDuty on in accounts created later; NONE in none")
    func autoEnableNewAndNone() throws {
        var (zone, detector) = try Self.administeredZone(.new)
        #expect(zone.world.detector(account: zone.dev, region: "us-east-1") == nil)
        let late = try zone.world.createAccount(
            accountName: "late", email: "late@example.com", as: try zone.managementRoot)
        #expect(zone.world.detector(account: late, region: "us-east-1")?.administratorAccountID == zone.prod)
        let admin = try zone.administrator(of: zone.prod)
        try zone.world.updateGuardDutyOrganizationConfiguration(
            detectorID: detector, autoEnableOrganizationMembers: .none, as: admin)
        let later = try zone.world.createAccount(
            accountName: "later", email: "later@example.com", as: try zone.managementRoot)
        #expect(zone.world.detector(account: later, region: "us-east-1") == nil)
    }

    @Test("only the management account designates the administrator, and only the administrator configures")
    func administrationRefusals() throws {
        var zone = try LandingZone()
        let devAdmin = try zone.administrator(of: zone.dev)
        let notManagement = #expect(throws: AWSError.self) {
            try zone.world.enableGuardDutyOrganizationAdminAccount(adminAccountID: zone.dev, as: devAdmin)
        }
        #expect(notManagement?.code == .badRequest)
        try zone.world.enableGuardDutyOrganizationAdminAccount(adminAccountID: zone.prod, as: try zone.managementRoot)
        let other = #expect(throws: AWSError.self) {
            try zone.world.enableGuardDutyOrganizationAdminAccount(
                adminAccountID: zone.dev, as: try zone.managementRoot)
        }
        #expect(other?.message.contains("already the delegated administrator") == true)
        let own = try zone.world.createDetector(as: devAdmin)
        let notAdministrator = #expect(throws: AWSError.self) {
            try zone.world.updateGuardDutyOrganizationConfiguration(
                detectorID: own, autoEnableOrganizationMembers: .all, as: devAdmin)
        }
        #expect(notAdministrator?.code == .badRequest)
    }

    @Test("an SCP denying guardduty:DeleteDetector stops a member's administrator with AccessDeniedException")
    func guardrail() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.dev)
        let id = try zone.world.createDetector(as: admin)
        let root = try zone.managementRoot
        let policy = try zone.world.createOrganizationPolicy(
            name: "keep-guardduty", description: "", type: .serviceControlPolicy,
            content: Fixture.deny("guardduty:DeleteDetector"), as: root)
        try zone.world.attachPolicy(policyID: policy.id, targetID: zone.dev, as: root)
        let denied = #expect(throws: AWSError.self) { try zone.world.deleteDetector(detectorID: id, as: admin) }
        #expect(denied?.code == .accessDeniedException)
        #expect(denied?.message.contains("guardduty:DeleteDetector") == true)
    }
}
