import LZPolicy
import LZSim
import Testing

@Suite struct STSTests {
    /// A `Deployer` role in prod trusted by `trustedPrincipal`, and a dev user allowed or not to assume it.
    static func crossAccount(
        trust: (LandingZone) -> String,
        callerMayAssume: Bool
    ) throws -> (zone: LandingZone, caller: Session, roleARN: String) {
        var zone = try LandingZone()
        let prodAdmin = try zone.administrator(of: zone.prod)
        let role = try zone.world.createRole(roleName: "Deployer", assumeRolePolicyDocument: trust(zone), as: prodAdmin)
        try zone.world.attachRolePolicy(
            roleName: "Deployer", policyARN: "arn:aws:iam::aws:policy/ReadOnlyAccess", as: prodAdmin)
        let devRoot = try zone.world.rootSession(of: zone.dev)
        try zone.world.createUser(userName: "pipeline", as: devRoot)
        if callerMayAssume {
            try zone.world.putUserPolicy(
                userName: "pipeline", policyName: "assume", policyDocument: Fixture.allow("sts:AssumeRole", role.arn),
                as: devRoot)
        }
        return (zone, try zone.world.userSession(account: zone.dev, userName: "pipeline"), role.arn)
    }

    @Test("cross-account AssumeRole needs the role's trust and the caller's own permission")
    func crossAccountNeedsBothSides() throws {
        let trustDev: (LandingZone) -> String = { Fixture.trust(principal: "arn:aws:iam::\($0.dev):root") }
        let trustNobody: (LandingZone) -> String = { Fixture.trust(principal: "arn:aws:iam::\($0.management):root") }
        for (trust, mayAssume, allowed) in [
            (trustDev, true, true), (trustDev, false, false), (trustNobody, true, false),
        ] {
            let (zone, caller, roleARN) = try Self.crossAccount(trust: trust, callerMayAssume: mayAssume)
            let request = AssumeRoleRequest(roleARN: roleARN, roleSessionName: "deploy")
            if allowed {
                let session = try zone.world.assumeRole(request, as: caller)
                #expect(session.arn == "arn:aws:sts::\(zone.prod):assumed-role/Deployer/deploy")
            } else {
                let error = #expect(throws: AWSError.self) { try zone.world.assumeRole(request, as: caller) }
                #expect(error?.code == .accessDenied)
            }
        }
    }

    @Test("a trust policy conditioned on aws:PrincipalOrgID admits the organization's accounts only")
    func principalOrgID() throws {
        let zoneForID = try LandingZone()
        let orgID = try #require(zoneForID.world.organization?.id)
        let (zone, caller, roleARN) = try Self.crossAccount(
            trust: { _ in
                Fixture.trust(principal: "*", condition: #"{"StringEquals":{"aws:PrincipalOrgID":"\#(orgID)"}}"#)
            }, callerMayAssume: true)
        _ = try zone.world.assumeRole(AssumeRoleRequest(roleARN: roleARN, roleSessionName: "member"), as: caller)

        var outside = zone
        let stranger = try outside.world.createStandaloneAccount(name: "stranger", email: "x@example.org")
        let strangerUser = try outside.world.createUserIfMissing(in: stranger, named: "intruder")
        let error = #expect(throws: AWSError.self) {
            try outside.world.assumeRole(
                AssumeRoleRequest(roleARN: roleARN, roleSessionName: "intruder"), as: strangerUser)
        }
        #expect(error?.code == .accessDenied)
    }

    @Test("a session policy narrows the role's permissions to their intersection")
    func sessionPolicyIntersection() throws {
        var zone = try LandingZone()
        let session = try zone.roleSession(in: zone.dev, named: "Reader", policy: Fixture.allow("s3:*"))
        let user = try zone.world.userSession(account: zone.dev, userName: "signin")
        let narrowed = try zone.world.assumeRole(
            AssumeRoleRequest(
                roleARN: "arn:aws:iam::\(zone.dev):role/Reader", roleSessionName: "narrow",
                policy: Fixture.allow("s3:GetObject")),
            as: user)
        func outcome(_ session: Session, _ action: String) -> Decision.Outcome {
            zone.world.authorize(
                AccessRequest(session: session, action: action, resource: ResourceReference(arn: "arn:aws:s3:::data/k"))
            )
            .outcome
        }
        #expect(outcome(session, "s3:PutObject") == .allowed)
        #expect(outcome(narrowed, "s3:GetObject") == .allowed)
        #expect(outcome(narrowed, "s3:PutObject") == .implicitlyDenied)
    }

    @Test("transitive session tags follow a role chain and cannot be changed along it")
    func transitiveTags() throws {
        var zone = try LandingZone()
        _ = try zone.roleSession(in: zone.dev, named: "Second", policy: Fixture.allow("s3:GetObject"))
        let first = try zone.roleSession(in: zone.dev, named: "First", policy: Fixture.allow("sts:AssumeRole"))
        let user = try zone.world.userSession(account: zone.dev, userName: "signin")
        let tagged = try zone.world.assumeRole(
            AssumeRoleRequest(
                roleARN: "arn:aws:iam::\(zone.dev):role/First", roleSessionName: "tagged",
                tags: ["Project": "alpha", "CostCenter": "42"], transitiveTagKeys: ["Project"]),
            as: user)
        #expect(first.sessionTags.isEmpty)
        let chained = try zone.world.assumeRole(
            AssumeRoleRequest(roleARN: "arn:aws:iam::\(zone.dev):role/Second", roleSessionName: "chained"), as: tagged)
        #expect(chained.sessionTags == ["Project": "alpha"])
        #expect(chained.isRoleChain)
        let error = #expect(throws: AWSError.self) {
            try zone.world.assumeRole(
                AssumeRoleRequest(
                    roleARN: "arn:aws:iam::\(zone.dev):role/Second", roleSessionName: "retag", tags: ["Project": "beta"]
                ),
                as: tagged)
        }
        #expect(error?.code == .invalidParameterValue)
    }

    @Test("role chaining limits sessions to one hour")
    func chainingLimit() throws {
        var zone = try LandingZone()
        _ = try zone.roleSession(in: zone.dev, named: "Second", policy: Fixture.allow("s3:GetObject"))
        let first = try zone.roleSession(in: zone.dev, named: "First", policy: Fixture.allow("sts:AssumeRole"))
        let error = #expect(throws: AWSError.self) {
            try zone.world.assumeRole(
                AssumeRoleRequest(
                    roleARN: "arn:aws:iam::\(zone.dev):role/Second", roleSessionName: "long", durationSeconds: 7_200),
                as: first)
        }
        #expect(error?.code == .validation)
    }

    @Test("sessions expire as the simulated clock passes their expiration")
    func expiry() throws {
        var zone = try LandingZone()
        let session = try zone.roleSession(in: zone.dev, named: "Short", policy: Fixture.allow("s3:*"))
        let request = AccessRequest(session: session, action: "s3:GetObject", resource: ResourceReference(arn: "*"))
        #expect(zone.world.authorize(request).isAllowed)
        try zone.world.advanceClock(by: 3_599)
        #expect(zone.world.authorize(request).isAllowed)
        try zone.world.advanceClock(by: 1)
        let expired = zone.world.authorize(request)
        #expect(expired.outcome == .implicitlyDenied)
        #expect(expired.notes.first?.contains("expired") == true)
        #expect(throws: AWSError.self) { try zone.world.getCallerIdentity(as: session) }
    }

    @Test("root users cannot assume roles, and GetCallerIdentity works even under a deny-all SCP")
    func rootAndCallerIdentity() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let scp = try zone.world.createOrganizationPolicy(
            name: "deny-all", type: .serviceControlPolicy, content: Fixture.deny("*"), as: root)
        try zone.world.attachPolicy(policyID: scp.id, targetID: zone.prod, as: root)
        let prodRoot = try zone.world.rootSession(of: zone.prod)
        let identity = try zone.world.getCallerIdentity(as: prodRoot)
        #expect(identity.arn == "arn:aws:iam::\(zone.prod):root")
        let error = #expect(throws: AWSError.self) {
            try zone.world.assumeRole(
                AssumeRoleRequest(
                    roleARN: "arn:aws:iam::\(zone.prod):role/OrganizationAccountAccessRole", roleSessionName: "root"),
                as: prodRoot)
        }
        #expect(error?.message.hasPrefix("Roles may not be assumed by root accounts") == true)
    }

    @Test("an external ID condition admits only the caller that presents it")
    func externalID() throws {
        let (zone, caller, roleARN) = try Self.crossAccount(
            trust: {
                Fixture.trust(
                    principal: "arn:aws:iam::\($0.dev):root",
                    condition: #"{"StringEquals":{"sts:ExternalId":"s3cr3t"}}"#)
            }, callerMayAssume: true)
        #expect(throws: AWSError.self) {
            try zone.world.assumeRole(AssumeRoleRequest(roleARN: roleARN, roleSessionName: "no-id"), as: caller)
        }
        _ = try zone.world.assumeRole(
            AssumeRoleRequest(roleARN: roleARN, roleSessionName: "with-id", externalID: "s3cr3t"), as: caller)
    }

    @Test("a world copy is an independent what-if variant")
    func valueSemantics() throws {
        let zone = try LandingZone()
        var variant = zone.world
        let root = try variant.rootSession(of: zone.management)
        try variant.createOrganizationalUnit(parentID: zone.devOU, name: "Sandbox", as: root)
        #expect(variant.organization?.organizationalUnits.count == 4)
        #expect(zone.world.organization?.organizationalUnits.count == 3)
    }
}

@Suite struct ReadmeExampleTests {
    @Test("the README's Swift example runs as written")
    func readmeExample() throws {
        var world = World(seed: 42)
        let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
        let root = try world.rootSession(of: management)
        let organization = try world.createOrganization(as: root)
        try world.enablePolicyType(.serviceControlPolicy, rootID: organization.rootID, as: root)
        let prod = try world.createAccount(accountName: "prod", email: "prod@example.com", as: root)
        try world.createUser(userName: "admin", as: root)
        try world.attachUserPolicy(
            userName: "admin", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: root)
        let admin = try world.userSession(account: management, userName: "admin")
        let prodAdmin = try world.assumeRole(
            AssumeRoleRequest(
                roleARN: "arn:aws:iam::\(prod):role/OrganizationAccountAccessRole", roleSessionName: "ops"),
            as: admin)
        let decision = world.authorize(
            AccessRequest(
                session: prodAdmin, action: "ec2:CreateVpc",
                resource: ResourceReference(arn: "arn:aws:ec2:eu-west-1:\(prod):vpc/*")))
        #expect(decision.summary == "Allowed")
    }
}
