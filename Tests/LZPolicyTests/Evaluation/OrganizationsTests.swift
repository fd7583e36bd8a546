import LZPolicy
import Testing

/// SCP and RCP evaluation,
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_inheritance_auth.html,
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html and
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
@Suite struct OrganizationsTests {
    let fullAccess = Fixture.statement(kind: .scp)
    let ec2Only = Fixture.statement(action: "\"ec2:*\"", kind: .scp)
    let denyS3 = Fixture.statement("Deny", action: "\"s3:*\"", kind: .scp)
    let identity = PolicySet(identityPolicies: [Fixture.allowAll])

    func with(scps: [[Policy]]?, rcps: [[Policy]]? = nil) -> PolicySet {
        var set = identity
        set.serviceControlPolicies = scps
        set.resourceControlPolicies = rcps
        return set
    }

    @Test(
        "every SCP level must allow: a middle level without an Allow denies (orgs_manage_policies_inheritance_auth.html)"
    )
    func everyLevelMustAllow() {
        let decision = Authorizer.evaluate(
            Fixture.request(), against: with(scps: [[fullAccess], [ec2Only], [fullAccess]]))
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.scp])
        #expect(decision.notes.contains { $0.contains("level 1") })
    }

    @Test("policies at one level are ORed (orgs_manage_policies_inheritance_auth.html)")
    func sameLevelIsORed() {
        #expect(Fixture.decide(Fixture.request(), with(scps: [[fullAccess], [ec2Only, fullAccess]])) == .allowed)
    }

    @Test("an empty level blocks everything below it (orgs_manage_policies_scps.html)")
    func emptyLevelBlocks() {
        #expect(Fixture.decide(Fixture.request(), with(scps: [[fullAccess], []])) == .implicitlyDenied)
    }

    @Test("an SCP Deny at any level is an explicit deny (orgs_manage_policies_scps.html)")
    func scpDeny() {
        let decision = Authorizer.evaluate(
            Fixture.request(), against: with(scps: [[fullAccess, denyS3], [fullAccess]]))
        #expect(decision.outcome == .explicitlyDenied)
        #expect(decision.explicitDenyIn == [.scp])
        #expect(decision.explanation.first?.level == 0)
    }

    @Test("SCPs grant nothing: the identity policy must still allow (orgs_manage_policies_scps.html)")
    func scpsDoNotGrant() {
        let set = PolicySet(serviceControlPolicies: [[fullAccess]])
        #expect(Fixture.decide(Fixture.request(), set) == .implicitlyDenied)
    }

    @Test("a null SCP list (management account) is not restricted (orgs_manage_policies_scps.html)")
    func managementAccountExempt() {
        #expect(Fixture.decide(Fixture.request(), with(scps: nil)) == .allowed)
    }

    @Test("a service-linked role is exempt from SCPs (orgs_manage_policies_scps.html)")
    func serviceLinkedRoleExempt() {
        let slr = "arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"
        #expect(Fixture.decide(Fixture.request(slr), with(scps: [[denyS3]])) == .allowed)
        #expect(Fixture.decide(Fixture.request(Fixture.devRole), with(scps: [[denyS3]])) == .explicitlyDenied)
    }

    @Test("SCPs restrict the member account's root user (reference_policies_evaluation-logic.html)")
    func scpsRestrictRoot() {
        #expect(Fixture.decide(Fixture.request(Fixture.root), with(scps: [[fullAccess, denyS3]])) == .explicitlyDenied)
        #expect(Fixture.decide(Fixture.request(Fixture.root), with(scps: [[fullAccess]])) == .allowed)
    }

    @Test("SCPs do not apply to service principals (orgs_manage_policies_scps.html)")
    func scpsIgnoreServicePrincipals() {
        let bucketPolicy = Fixture.statement(principal: #"{"Service": "cloudtrail.amazonaws.com"}"#, kind: .resource)
        let set = PolicySet(serviceControlPolicies: [[denyS3]], resourcePolicy: bucketPolicy)
        #expect(Fixture.decide(Fixture.request("cloudtrail.amazonaws.com"), set) == .allowed)
    }

    @Test("an RCP Deny denies even a same-account allow (orgs_manage_policies_rcps.html)")
    func rcpDeny() {
        let rcp = Fixture.statement("Deny", action: "\"s3:*\"", principal: "\"*\"", kind: .rcp)
        let decision = Authorizer.evaluate(Fixture.request(), against: with(scps: nil, rcps: [[rcp]]))
        #expect(decision.outcome == .explicitlyDenied)
        #expect(decision.explicitDenyIn == [.rcp])
    }

    @Test(
        "RCPFullAWSAccess is implicit at every level, so RCP levels without statements allow (orgs_manage_policies_rcps.html)"
    )
    func rcpImplicitFullAccess() {
        #expect(Fixture.decide(Fixture.request(), with(scps: nil, rcps: [[], []])) == .allowed)
    }

    @Test("RCPs do not apply to the management account's resources (null) (orgs_manage_policies_rcps.html)")
    func rcpNullIsUngoverned() {
        #expect(Fixture.decide(Fixture.request(), with(scps: nil, rcps: nil)) == .allowed)
    }

    @Test("RCPs do not cover kms:RetireGrant, even through kms:* (kms resource-control-policies.html)")
    func rcpSkipsRetireGrant() {
        let rcp = Fixture.statement("Deny", action: "\"kms:*\"", principal: "\"*\"", kind: .rcp)
        let key = "arn:aws:kms:eu-west-1:111111111111:key/k1"
        let keyPolicy = Fixture.statement(
            principal: #"{"AWS": "arn:aws:iam::111111111111:user/alice"}"#, kind: .keyPolicy)
        var set = with(scps: nil, rcps: [[rcp]])
        set.resourcePolicy = keyPolicy
        #expect(Fixture.decide(Fixture.request(action: "kms:RetireGrant", resource: key), set) == .allowed)
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .explicitlyDenied)
    }

    @Test("an RCP Deny also applies to outside principals (orgs_manage_policies_rcps.html)")
    func rcpAppliesCrossAccount() {
        let rcp = Fixture.statement(
            "Deny", action: "\"s3:*\"", principal: "\"*\"",
            condition: #"{"StringNotEquals": {"aws:PrincipalAccount": "111111111111"}}"#, kind: .rcp)
        let bucket = Fixture.statement(principal: #"{"AWS": "222222222222"}"#, kind: .resource)
        let set = PolicySet(
            identityPolicies: [Fixture.allowAll], resourceControlPolicies: [[rcp]], resourcePolicy: bucket,
            resourceAccount: "111111111111")
        let request = Fixture.request(
            Fixture.otherAlice, context: RequestContext(["aws:PrincipalAccount": "222222222222"]))
        #expect(Fixture.decide(request, set) == .explicitlyDenied)
    }

    @Test("SCPs of the resource's account do not affect outside principals (orgs_manage_policies_scps.html)")
    func resourceAccountSCPsIgnored() {
        // The case carries only the caller's SCPs; the caller's org here has none, so access follows the two policies.
        let bucket = Fixture.statement(principal: #"{"AWS": "arn:aws:iam::222222222222:user/alice"}"#, kind: .resource)
        let set = PolicySet(
            identityPolicies: [Fixture.allowAll], resourcePolicy: bucket, resourceAccount: "111111111111")
        #expect(Fixture.decide(Fixture.request(Fixture.otherAlice), set) == .allowed)
    }

    @Test("RCPs do not apply to AWS managed KMS keys (kms resource-control-policies.html)")
    func rcpSkipsAWSManagedKeys() {
        let rcp = Fixture.statement("Deny", action: "\"kms:*\"", principal: "\"*\"", kind: .rcp)
        let key = "arn:aws:kms:eu-west-1:111111111111:key/k1"
        let keyPolicy = Fixture.statement(
            principal: #"{"AWS": "arn:aws:iam::111111111111:user/alice"}"#, kind: .keyPolicy)
        var set = PolicySet(resourceControlPolicies: [[rcp]], resourcePolicy: keyPolicy)
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .explicitlyDenied)
        set.isAWSManagedKey = true
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .allowed)
    }
}
