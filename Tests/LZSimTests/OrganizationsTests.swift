import LZPolicy
import LZSim
import Testing

@Suite struct OrganizationsTests {
    @Test("enabling SCPs attaches FullAWSAccess to the root, every OU and every account")
    func fullAWSAccessEverywhere() throws {
        let zone = try LandingZone()
        let organization = try #require(zone.world.organization)
        for target in [organization.rootID, zone.workloadsOU, zone.devOU, zone.prodOU, zone.dev, zone.prod] {
            let policies = try zone.world.listPoliciesForTarget(
                targetID: target, filter: .serviceControlPolicy, as: zone.managementRoot)
            #expect(policies.map(\.name) == ["FullAWSAccess"], "\(target)")
        }
    }

    @Test("OUs nest five levels below the root and no deeper")
    func ouDepth() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        var parent = try #require(zone.world.organization?.rootID)
        for level in 1...5 {
            parent = try zone.world.createOrganizationalUnit(parentID: parent, name: "L\(level)", as: root).id
        }
        let error = #expect(throws: AWSError.self) {
            try zone.world.createOrganizationalUnit(parentID: parent, name: "L6", as: root)
        }
        #expect(error?.code == .constraintViolation)
        #expect(error?.message.hasPrefix("OU_DEPTH_LIMIT_EXCEEDED") == true)
    }

    @Test("a target holds at most five SCPs, and its last SCP cannot be detached")
    func attachmentLimits() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        var ids: [String] = []
        for number in 1...5 {
            let policy = try zone.world.createOrganizationPolicy(
                name: "deny-\(number)", type: .serviceControlPolicy, content: Fixture.deny("s3:Delete\(number)*"),
                as: root)
            ids.append(policy.id)
        }
        for id in ids.prefix(4) {
            try zone.world.attachPolicy(policyID: id, targetID: zone.devOU, as: root)
        }
        let tooMany = #expect(throws: AWSError.self) {
            try zone.world.attachPolicy(policyID: ids[4], targetID: zone.devOU, as: root)
        }
        #expect(tooMany?.code == .constraintViolation)
        let duplicate = #expect(throws: AWSError.self) {
            try zone.world.attachPolicy(policyID: ids[0], targetID: zone.devOU, as: root)
        }
        #expect(duplicate?.code == .duplicatePolicyAttachment)
        let last = #expect(throws: AWSError.self) {
            try zone.world.detachPolicy(policyID: "p-FullAWSAccess", targetID: zone.prodOU, as: root)
        }
        #expect(last?.code == .constraintViolation)
        try zone.world.detachPolicy(policyID: "p-FullAWSAccess", targetID: zone.devOU, as: root)
    }

    @Test("policies of a type that is not enabled cannot be attached")
    func typeMustBeEnabled() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let rcp = try zone.world.createOrganizationPolicy(
            name: "deny-unencrypted", type: .resourceControlPolicy,
            content: #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","#
                + #""Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
            as: root)
        let error = #expect(throws: AWSError.self) {
            try zone.world.attachPolicy(policyID: rcp.id, targetID: zone.prodOU, as: root)
        }
        #expect(error?.code == .policyTypeNotEnabled)
    }

    @Test("RCPFullAWSAccess is attached everywhere and cannot be detached")
    func rcpFullAccess() throws {
        var zone = try LandingZone(policyTypes: [.serviceControlPolicy, .resourceControlPolicy])
        let root = try zone.managementRoot
        let attached = try zone.world.listPoliciesForTarget(
            targetID: zone.prod, filter: .resourceControlPolicy, as: root)
        #expect(attached.map(\.name) == ["RCPFullAWSAccess"])
        let error = #expect(throws: AWSError.self) {
            try zone.world.detachPolicy(policyID: "p-RCPFullAWSAccess", targetID: zone.prod, as: root)
        }
        #expect(error?.code == .constraintViolation)
    }

    @Test("SCP and RCP documents are validated as Organizations validates them")
    func organizationsValidation() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let withPrincipal =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}"#
        let malformed = #expect(throws: AWSError.self) {
            try zone.world.createOrganizationPolicy(
                name: "bad", type: .serviceControlPolicy, content: withPrincipal, as: root)
        }
        #expect(malformed?.code == .malformedPolicyException)
        #expect(malformed?.diagnostics.isEmpty == false)
        let padding = String(repeating: " ", count: 5_200)
        let large = #expect(throws: AWSError.self) {
            try zone.world.createOrganizationPolicy(
                name: "large", type: .serviceControlPolicy, content: Fixture.deny("s3:*") + padding, as: root)
        }
        #expect(large?.code == .constraintViolation)
    }

    @Test("only the management account may manage the organization")
    func managementOnly() throws {
        var zone = try LandingZone()
        let devAdmin = try zone.administrator(of: zone.dev)
        let error = #expect(throws: AWSError.self) {
            try zone.world.createOrganizationalUnit(parentID: zone.devOU, name: "Rogue", as: devAdmin)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(try zone.world.describeOrganization(as: devAdmin).managementAccountID == zone.management)
    }

    @Test("organization paths name every level from the organization to the account's parent")
    func organizationPaths() throws {
        let zone = try LandingZone()
        let organization = try #require(zone.world.organization)
        #expect(
            organization.organizationPath(of: zone.dev)
                == "\(organization.id)/\(organization.rootID)/\(zone.workloadsOU)/\(zone.devOU)/")
    }

    @Test("moving an account checks where it is, and the management account cannot leave")
    func accountMoves() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let wrongSource = #expect(throws: AWSError.self) {
            try zone.world.moveAccount(
                accountID: zone.dev, sourceParentID: zone.prodOU, destinationParentID: zone.workloadsOU, as: root)
        }
        #expect(wrongSource?.code == .sourceParentNotFound)
        let leave = #expect(throws: AWSError.self) {
            try zone.world.removeAccountFromOrganization(accountID: zone.management, as: root)
        }
        #expect(leave?.code == .constraintViolation)
        try zone.world.removeAccountFromOrganization(accountID: zone.dev, as: root)
        #expect(zone.world.organization?.parents[zone.dev] == nil)
    }

    @Test("organizations:PolicyType lets an administrator manage RCPs but not SCPs")
    func policyTypeKey() throws {
        var zone = try LandingZone(policyTypes: [.serviceControlPolicy, .resourceControlPolicy])
        let root = try zone.managementRoot
        try zone.world.createUser(userName: "rcp-admin", as: root)
        try zone.world.putUserPolicy(
            userName: "rcp-admin", policyName: "rcp-only",
            policyDocument: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"organizations:*","#
                + #""Resource":"*","Condition":{"StringEquals":{"organizations:PolicyType":"RESOURCE_CONTROL_POLICY"}}}]}"#,
            as: root)
        let admin = try zone.world.userSession(account: zone.management, userName: "rcp-admin")
        let rcp =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","#
            + #""Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
        try zone.world.createOrganizationPolicy(name: "tls-only", type: .resourceControlPolicy, content: rcp, as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.createOrganizationPolicy(
                name: "deny-all", type: .serviceControlPolicy, content: Fixture.deny("*"), as: admin)
        }
        #expect(error?.code == .accessDeniedException)
    }
}
