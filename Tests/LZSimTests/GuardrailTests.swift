import LZPolicy
import LZSim
import Testing

/// The seed's developer guardrails, as its own test cases state them: a builder team in a
/// development account may create roles only with the team boundary, may not remove the
/// boundary, may not touch foundation roles, and may not delete StackSet stacks.
@Suite struct GuardrailTests {
    struct Team {
        var zone: LandingZone
        var developer: Session
        var boundaryARN: String
    }

    static func team(policy: String = "seed/team-dev.json") throws -> Team {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.dev)
        let boundary = try zone.world.createPolicy(
            policyName: "example-infra-team-dev-boundary", policyDocument: Fixture.file("seed/team-dev-boundary.json"),
            as: admin)
        let developer = try zone.roleSession(in: zone.dev, named: "TeamDev", policy: Fixture.file(policy))
        return Team(zone: zone, developer: developer, boundaryARN: boundary.arn)
    }

    @Test("a developer creates a role with the team boundary, and is implicitly denied without it")
    func roleCreationNeedsBoundary() throws {
        var team = try Self.team()
        let trust = Fixture.trust(principal: "arn:aws:iam::\(team.zone.dev):root")
        try team.zone.world.createRole(
            roleName: "app-lambda", assumeRolePolicyDocument: trust, permissionsBoundary: team.boundaryARN,
            as: team.developer)
        let error = #expect(throws: AWSError.self) {
            try team.zone.world.createRole(roleName: "unbounded", assumeRolePolicyDocument: trust, as: team.developer)
        }
        #expect(error?.code == .accessDenied)
        #expect(error?.decision?.outcome == .implicitlyDenied)
        #expect(error?.message.hasSuffix("because no identity-based policy allows the iam:CreateRole action") == true)
    }

    @Test("the boundary cannot be removed, even from the developer's own roles")
    func boundaryStays() throws {
        var team = try Self.team()
        let trust = Fixture.trust(principal: "arn:aws:iam::\(team.zone.dev):root")
        try team.zone.world.createRole(
            roleName: "app-lambda", assumeRolePolicyDocument: trust, permissionsBoundary: team.boundaryARN,
            as: team.developer)
        let error = #expect(throws: AWSError.self) {
            try team.zone.world.deleteRolePermissionsBoundary(roleName: "app-lambda", as: team.developer)
        }
        #expect(error?.decision?.outcome == .explicitlyDenied)
        #expect(error?.decision?.summary.contains("DenyBoundaryRemoval") == true)
    }

    @Test(
        "foundation and AWS roles cannot be changed",
        arguments: ["AWSReservedSSO_Admin", "stacksets-exec", "aws-config"])
    func foundationRolesProtected(roleName: String) throws {
        var team = try Self.team()
        let admin = try team.zone.administrator(of: team.zone.dev)
        try team.zone.world.createRole(
            roleName: roleName,
            assumeRolePolicyDocument: Fixture.trust(principal: "arn:aws:iam::\(team.zone.dev):root"),
            permissionsBoundary: team.boundaryARN, as: admin)
        let error = #expect(throws: AWSError.self) {
            try team.zone.world.putRolePolicy(
                roleName: roleName, policyName: "escalate", policyDocument: Fixture.allow("*"), as: team.developer)
        }
        #expect(error?.decision?.outcome == .explicitlyDenied)
        #expect(error?.decision?.summary.contains("DenyFoundationRoleChanges") == true)
    }

    @Test(
        "StackSet stacks cannot be deleted in any Region; the 2020 policy's empty Region field let them be",
        arguments: ["eu-west-1", "us-east-1", "ap-southeast-2"])
    func stackSetRegression(region: String) throws {
        for (policy, expected) in [
            ("seed/team-dev.json", Decision.Outcome.explicitlyDenied), ("seed/team-dev-2020.json", .allowed),
        ] {
            let team = try Self.team(policy: policy)
            let stack = "arn:aws:cloudformation:\(region):\(team.zone.dev):stack/StackSet-baseline/1a2b"
            let request = AccessRequest(
                session: team.developer, action: "cloudformation:DeleteStack", resource: ResourceReference(arn: stack),
                region: region)
            #expect(team.zone.world.authorize(request).outcome == expected, "\(policy)")
        }
    }

    @Test("an SCP on the Dev OU binds the dev account's administrators, not production's")
    func scpInheritance() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let scp = try zone.world.createOrganizationPolicy(
            name: "deny-vpc-writes", type: .serviceControlPolicy, content: Fixture.deny("ec2:CreateVpc"), as: root)
        try zone.world.attachPolicy(policyID: scp.id, targetID: zone.devOU, as: root)
        for (account, expected) in [(zone.dev, Decision.Outcome.explicitlyDenied), (zone.prod, .allowed)] {
            let admin = try zone.administrator(of: account)
            let request = AccessRequest(
                session: admin, action: "ec2:CreateVpc",
                resource: ResourceReference(arn: "arn:aws:ec2:eu-west-1:\(account):vpc/*"))
            #expect(zone.world.authorize(request).outcome == expected)
        }
    }

    @Test("an SCP that allows too little at one level denies implicitly below it")
    func scpAllowListAtEveryLevel() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let onlyS3 = try zone.world.createOrganizationPolicy(
            name: "only-s3", type: .serviceControlPolicy, content: Fixture.allow("s3:*"), as: root)
        try zone.world.attachPolicy(policyID: onlyS3.id, targetID: zone.workloadsOU, as: root)
        try zone.world.detachPolicy(policyID: "p-FullAWSAccess", targetID: zone.workloadsOU, as: root)
        let admin = try zone.administrator(of: zone.prod)
        let ec2 = zone.world.authorize(
            AccessRequest(session: admin, action: "ec2:RunInstances", resource: ResourceReference(arn: "*")))
        #expect(ec2.outcome == .implicitlyDenied)
        #expect(ec2.implicitDenyIn == [.scp])
        let s3 = zone.world.authorize(
            AccessRequest(session: admin, action: "s3:GetObject", resource: ResourceReference(arn: "arn:aws:s3:::b/k")))
        #expect(s3.outcome == .allowed)
    }

    @Test("SCPs bind neither the management account nor service-linked roles")
    func scpExemptions() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let scp = try zone.world.createOrganizationPolicy(
            name: "deny-everything", type: .serviceControlPolicy, content: Fixture.deny("*"), as: root)
        let organization = try #require(zone.world.organization)
        try zone.world.attachPolicy(policyID: scp.id, targetID: organization.rootID, as: root)
        let managementAdmin = try zone.world.createUserIfMissing(in: zone.management, named: "admin")
        let request = AccessRequest(
            session: managementAdmin, action: "s3:ListBucket", resource: ResourceReference(arn: "arn:aws:s3:::logs"))
        #expect(zone.world.authorize(request).outcome == .allowed)
        // A member account's principals are all denied, its root user included.
        let memberRoot = try zone.world.rootSession(of: zone.dev)
        var memberRequest = request
        memberRequest.session = memberRoot
        #expect(zone.world.authorize(memberRequest).outcome == .explicitlyDenied)
    }
}
