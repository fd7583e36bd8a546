import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct IdentityCenterTests {
    struct Center {
        var zone: LandingZone
        var permissionSet: String
        var userID: String
        var groupID: String
    }

    /// Identity Center with a `WorkloadAdmin` permission set (PowerUserAccess plus an inline deny)
    /// and one user, member of the `prod-admins` group.
    static func center() throws -> Center {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        try zone.world.enableIdentityCenter(as: root)
        let set = try zone.world.createPermissionSet(name: "WorkloadAdmin", sessionDuration: 28_800, as: root)
        try zone.world.attachManagedPolicyToPermissionSet(
            permissionSetARN: set, managedPolicyARN: "arn:aws:iam::aws:policy/PowerUserAccess", as: root)
        try zone.world.putInlinePolicyToPermissionSet(
            permissionSetARN: set, inlinePolicy: Fixture.deny("cloudtrail:StopLogging"), as: root)
        let user = try zone.world.createIdentityStoreUser(userName: "ana@example.com", as: root)
        let group = try zone.world.createIdentityStoreGroup(displayName: "prod-admins", as: root)
        try zone.world.createGroupMembership(groupID: group, memberUserID: user, as: root)
        return Center(zone: zone, permissionSet: set, userID: user, groupID: group)
    }

    @Test("an assignment materializes the reserved role in the assigned account only")
    func rolesInAssignedAccountsOnly() throws {
        var center = try Self.center()
        let root = try center.zone.managementRoot
        try center.zone.world.createAccountAssignment(
            targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .group,
            principalID: center.groupID, as: root)
        let prodRoles = try #require(center.zone.world.account(center.zone.prod)?.iam.roles)
        let reserved = try #require(prodRoles.values.first { $0.name.hasPrefix("AWSReservedSSO_WorkloadAdmin_") })
        #expect(reserved.path == "/aws-reserved/sso.amazonaws.com/")
        #expect(reserved.maxSessionDuration == 28_800)
        #expect(reserved.attachedPolicyARNs == ["arn:aws:iam::aws:policy/PowerUserAccess"])
        #expect(reserved.inlinePolicies.keys.sorted() == ["AwsSSOInlinePolicy"])
        let devRoles = try #require(center.zone.world.account(center.zone.dev)?.iam.roles)
        #expect(!devRoles.keys.contains { $0.hasPrefix("AWSReservedSSO_") })
    }

    @Test("reserved roles cannot be changed through IAM, even by an administrator")
    func reservedRolesProtected() throws {
        var center = try Self.center()
        let root = try center.zone.managementRoot
        try center.zone.world.createAccountAssignment(
            targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .user,
            principalID: center.userID, as: root)
        let roleName = try #require(
            center.zone.world.account(center.zone.prod)?.iam.roles.keys.first { $0.hasPrefix("AWSReservedSSO_") })
        let admin = try center.zone.administrator(of: center.zone.prod)
        let error = #expect(throws: AWSError.self) {
            try center.zone.world.attachRolePolicy(
                roleName: roleName, policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: admin)
        }
        #expect(error?.code == .unmodifiableEntity)
    }

    @Test("policy changes reach accounts when the permission set is provisioned again")
    func provisioning() throws {
        var center = try Self.center()
        let root = try center.zone.managementRoot
        try center.zone.world.createAccountAssignment(
            targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .user,
            principalID: center.userID, as: root)
        try center.zone.world.attachManagedPolicyToPermissionSet(
            permissionSetARN: center.permissionSet, managedPolicyARN: "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
            as: root)
        func attached() -> [String] {
            center.zone.world.account(center.zone.prod)?.iam.roles.values.first {
                $0.name.hasPrefix("AWSReservedSSO_")
            }?
            .attachedPolicyARNs ?? []
        }
        #expect(attached().count == 1)
        try center.zone.world.provisionPermissionSet(permissionSetARN: center.permissionSet, as: root)
        #expect(attached().count == 2)
    }

    @Test("a customer managed policy reference must exist in the target account")
    func customerManagedReference() throws {
        var center = try Self.center()
        let root = try center.zone.managementRoot
        try center.zone.world.attachCustomerManagedPolicyReferenceToPermissionSet(
            permissionSetARN: center.permissionSet, name: "workload-guardrail", as: root)
        let error = #expect(throws: AWSError.self) {
            try center.zone.world.createAccountAssignment(
                targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .user,
                principalID: center.userID, as: root)
        }
        #expect(error?.code == .resourceNotFound)
        let admin = try center.zone.administrator(of: center.zone.prod)
        try center.zone.world.createPolicy(
            policyName: "workload-guardrail", policyDocument: Fixture.deny("iam:CreateUser"), as: admin)
        try center.zone.world.createAccountAssignment(
            targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .user,
            principalID: center.userID, as: root)
    }

    @Test("the role leaves an account with its last assignment there")
    func unassignment() throws {
        var center = try Self.center()
        let root = try center.zone.managementRoot
        for (type, id) in [(AccountAssignment.PrincipalType.user, center.userID), (.group, center.groupID)] {
            try center.zone.world.createAccountAssignment(
                targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: type,
                principalID: id,
                as: root)
        }
        func hasRole() -> Bool {
            center.zone.world.account(center.zone.prod)?.iam.roles.keys.contains { $0.hasPrefix("AWSReservedSSO_") }
                ?? false
        }
        try center.zone.world.deleteAccountAssignment(
            targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .user,
            principalID: center.userID, as: root)
        #expect(hasRole())
        try center.zone.world.deleteAccountAssignment(
            targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .group,
            principalID: center.groupID, as: root)
        #expect(!hasRole())
    }

    @Test("an assigned person signs in to the reserved role with MFA; others and other accounts are refused")
    func signIn() throws {
        var center = try Self.center()
        let root = try center.zone.managementRoot
        try center.zone.world.createAccountAssignment(
            targetID: center.zone.prod, permissionSetARN: center.permissionSet, principalType: .group,
            principalID: center.groupID, as: root)
        try center.zone.world.createIdentityStoreUser(userName: "bob@example.com", as: root)
        let session = try center.zone.world.signIn(
            userName: "ana@example.com", account: center.zone.prod, permissionSet: "WorkloadAdmin")
        #expect(session.arn.hasPrefix("arn:aws:sts::\(center.zone.prod):assumed-role/AWSReservedSSO_WorkloadAdmin_"))
        #expect(session.arn.hasSuffix("/ana@example.com"))
        #expect(session.expiration == center.zone.world.now + 28_800)
        func outcome(_ action: String) -> Decision.Outcome {
            center.zone.world.authorize(
                AccessRequest(session: session, action: action, resource: ResourceReference(arn: "*"))
            ).outcome
        }
        #expect(outcome("ec2:RunInstances") == .allowed)
        #expect(outcome("cloudtrail:StopLogging") == .explicitlyDenied)
        #expect(outcome("iam:CreateUser") == .implicitlyDenied)
        let stranger = #expect(throws: AWSError.self) {
            try center.zone.world.signIn(
                userName: "bob@example.com", account: center.zone.prod, permissionSet: "WorkloadAdmin")
        }
        #expect(stranger?.code == .accessDenied)
        let elsewhere = #expect(throws: AWSError.self) {
            try center.zone.world.signIn(
                userName: "ana@example.com", account: center.zone.dev, permissionSet: "WorkloadAdmin")
        }
        #expect(elsewhere?.code == .accessDenied)
    }

    @Test("AssumeRoleWithSAML is decided by the trust policy's provider and audience")
    func samlTrust() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.dev)
        let provider = try zone.world.createSAMLProvider(name: "corporate-idp", as: admin)
        let trust =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"\#(provider.arn)"},"#
            + #""Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}]}"#
        let role = try zone.world.createRole(roleName: "Federated", assumeRolePolicyDocument: trust, as: admin)
        let session = try zone.world.assumeRoleWithSAML(
            roleARN: role.arn, principalARN: provider.arn, assertion: SAMLAssertion(subject: "carol"))
        #expect(session.arn == "arn:aws:sts::\(zone.dev):assumed-role/Federated/carol")
        let wrongAudience = #expect(throws: AWSError.self) {
            try zone.world.assumeRoleWithSAML(
                roleARN: role.arn, principalARN: provider.arn,
                assertion: SAMLAssertion(subject: "mallory", audience: "https://evil.example.com"))
        }
        #expect(wrongAudience?.code == .accessDenied)
    }
}
