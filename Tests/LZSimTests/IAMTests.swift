import LZPolicy
import LZSim
import Testing

@Suite struct IAMTests {
    static func admin() throws -> (LandingZone, Session) {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.dev)
        return (zone, admin)
    }

    static let trust =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

    @Test(
        "bad role input gets AWS's error code naming the value",
        arguments: [
            ("has space", trust, 3_600, AWSError.Code.validation, "has space"),
            (String(repeating: "r", count: 65), trust, 3_600, .validation, "1 to 64"),
            ("ok", trust, 60, .validation, "MaxSessionDuration"),
            (
                "ok", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}"#, 3_600,
                .malformedPolicyDocument, "trust policy"
            ),
            ("ok", "{not json", 3_600, .malformedPolicyDocument, "trust policy"),
        ])
    func roleValidation(name: String, trust: String, duration: Int, code: AWSError.Code, mentions: String) throws {
        var (zone, admin) = try Self.admin()
        let error = #expect(throws: AWSError.self) {
            try zone.world.createRole(
                roleName: name, assumeRolePolicyDocument: trust, maxSessionDuration: duration, as: admin)
        }
        #expect(error?.code == code)
        #expect(error?.message.contains(mentions) == true, "\(error?.message ?? "")")
    }

    @Test("role names are unique regardless of case")
    func duplicateRole() throws {
        var (zone, admin) = try Self.admin()
        try zone.world.createRole(roleName: "Builder", assumeRolePolicyDocument: Self.trust, as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.createRole(roleName: "builder", assumeRolePolicyDocument: Self.trust, as: admin)
        }
        #expect(error?.code == .entityAlreadyExists)
    }

    @Test("a boundary must be an existing managed policy")
    func boundaryMustExist() throws {
        var (zone, admin) = try Self.admin()
        let error = #expect(throws: AWSError.self) {
            try zone.world.createRole(
                roleName: "Bounded", assumeRolePolicyDocument: Self.trust,
                permissionsBoundary: "arn:aws:iam::\(zone.dev):policy/missing", as: admin)
        }
        #expect(error?.code == .noSuchEntity)
    }

    @Test("at most ten managed policies attach to one role")
    func attachmentQuota() throws {
        var (zone, admin) = try Self.admin()
        try zone.world.createRole(roleName: "Busy", assumeRolePolicyDocument: Self.trust, as: admin)
        for number in 0..<10 {
            let policy = try zone.world.createPolicy(
                policyName: "p\(number)", policyDocument: Fixture.allow("s3:Get\(number)*"), as: admin)
            try zone.world.attachRolePolicy(roleName: "Busy", policyARN: policy.arn, as: admin)
        }
        let extra = try zone.world.createPolicy(policyName: "p10", policyDocument: Fixture.allow("s3:List*"), as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.attachRolePolicy(roleName: "Busy", policyARN: extra.arn, as: admin)
        }
        #expect(error?.code == .limitExceeded)
    }

    @Test("a role's inline policies share its 10,240-character quota")
    func inlineQuota() throws {
        var (zone, admin) = try Self.admin()
        try zone.world.createRole(roleName: "Wordy", assumeRolePolicyDocument: Self.trust, as: admin)
        let actions = (0..<300).map { "\"s3:GetObjectVersionTagging\($0)\"" }.joined(separator: ",")
        let big = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[\#(actions)],"Resource":"*"}]}"#
        try zone.world.putRolePolicy(roleName: "Wordy", policyName: "first", policyDocument: big, as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.putRolePolicy(roleName: "Wordy", policyName: "second", policyDocument: big, as: admin)
        }
        #expect(error?.code == .limitExceeded)
    }

    @Test("managed policies keep five versions, the default applies and cannot be deleted")
    func policyVersions() throws {
        var (zone, admin) = try Self.admin()
        let policy = try zone.world.createPolicy(
            policyName: "versioned", policyDocument: Fixture.allow("s3:GetObject"), as: admin)
        for number in 2...5 {
            try zone.world.createPolicyVersion(
                policyARN: policy.arn, policyDocument: Fixture.allow("s3:Get\(number)"), setAsDefault: number == 3,
                as: admin)
        }
        let sixth = #expect(throws: AWSError.self) {
            try zone.world.createPolicyVersion(policyARN: policy.arn, policyDocument: Fixture.allow("s3:*"), as: admin)
        }
        #expect(sixth?.code == .limitExceeded)
        let current = try #require(zone.world.account(zone.dev)?.iam.policies[policy.arn])
        #expect(current.defaultVersionID == "v3")
        let deleteDefault = #expect(throws: AWSError.self) {
            try zone.world.deletePolicyVersion(policyARN: policy.arn, versionID: "v3", as: admin)
        }
        #expect(deleteDefault?.code == .deleteConflict)
        try zone.world.deletePolicyVersion(policyARN: policy.arn, versionID: "v1", as: admin)
    }

    @Test("a role with policies, and a policy in use, cannot be deleted")
    func deleteConflicts() throws {
        var (zone, admin) = try Self.admin()
        let policy = try zone.world.createPolicy(
            policyName: "used", policyDocument: Fixture.allow("s3:GetObject"), as: admin)
        try zone.world.createRole(roleName: "Holder", assumeRolePolicyDocument: Self.trust, as: admin)
        try zone.world.attachRolePolicy(roleName: "Holder", policyARN: policy.arn, as: admin)
        #expect(throws: AWSError.self) { try zone.world.deleteRole(roleName: "Holder", as: admin) }
        #expect(throws: AWSError.self) { try zone.world.deletePolicy(policyARN: policy.arn, as: admin) }
        try zone.world.detachRolePolicy(roleName: "Holder", policyARN: policy.arn, as: admin)
        try zone.world.deleteRole(roleName: "Holder", as: admin)
        try zone.world.deletePolicy(policyARN: policy.arn, as: admin)
    }

    @Test("adding a role to an instance profile passes the role, so it needs iam:PassRole")
    func passRole() throws {
        var (zone, admin) = try Self.admin()
        try zone.world.createRole(roleName: "AppServer", assumeRolePolicyDocument: Self.trust, as: admin)
        let builder = try zone.roleSession(
            in: zone.dev, named: "Builder",
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateInstanceProfile","iam:AddRoleToInstanceProfile"],"Resource":"*"}]}"#
        )
        try zone.world.createInstanceProfile(instanceProfileName: "app", as: builder)
        let error = #expect(throws: AWSError.self) {
            try zone.world.addRoleToInstanceProfile(instanceProfileName: "app", roleName: "AppServer", as: builder)
        }
        #expect(error?.message.contains("iam:PassRole") == true)
        try zone.world.addRoleToInstanceProfile(instanceProfileName: "app", roleName: "AppServer", as: admin)
    }

    @Test("service-linked roles belong to their service and are exempt from SCPs")
    func serviceLinkedRoles() throws {
        var (zone, admin) = try Self.admin()
        let role = try zone.world.createServiceLinkedRole(
            awsServiceName: "elasticloadbalancing.amazonaws.com", as: admin)
        #expect(
            role.arn.hasSuffix(
                ":role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticloadbalancing"))
        #expect(throws: AWSError.self) {
            try zone.world.deleteRole(roleName: role.name, as: admin)
        }
        let root = try zone.managementRoot
        let scp = try zone.world.createOrganizationPolicy(
            name: "deny-ec2", type: .serviceControlPolicy, content: Fixture.deny("ec2:*"), as: root)
        try zone.world.attachPolicy(policyID: scp.id, targetID: zone.dev, as: root)
        let slr = try zone.world.session(
            actingAs: PrincipalReference(kind: .role, accountID: zone.dev, arn: role.arn, name: role.name))
        let request = AccessRequest(
            session: slr, action: "ec2:DescribeInstances", resource: ResourceReference(arn: "*"))
        // The SCP's deny does not reach the role; only its own (service-given) permissions would decide.
        let decision = zone.world.authorize(request)
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.identity])
        var ordinary = request
        ordinary.session = admin
        #expect(zone.world.authorize(ordinary).explicitDenyIn == [.scp])
    }

    @Test("role tags reach policies as aws:ResourceTag, for tag-based access control")
    func resourceTags() throws {
        var (zone, admin) = try Self.admin()
        try zone.world.createRole(
            roleName: "Blue", assumeRolePolicyDocument: Self.trust, tags: ["team": "blue"], as: admin)
        try zone.world.createRole(
            roleName: "Red", assumeRolePolicyDocument: Self.trust, tags: ["team": "red"], as: admin)
        let blueLead = try zone.roleSession(
            in: zone.dev, named: "BlueLead",
            policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PutRolePolicy","#
                + #""Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"blue"}}}]}"#)
        try zone.world.putRolePolicy(
            roleName: "Blue", policyName: "read", policyDocument: Fixture.allow("s3:GetObject"), as: blueLead)
        #expect(throws: AWSError.self) {
            try zone.world.putRolePolicy(
                roleName: "Red", policyName: "read", policyDocument: Fixture.allow("s3:GetObject"), as: blueLead)
        }
    }
}
