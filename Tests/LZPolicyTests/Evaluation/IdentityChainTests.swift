import LZPolicy
import Testing

/// Identity policies, groups, boundaries and session policies within one account:
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
@Suite struct IdentityChainTests {
    let s3Only = Fixture.statement(action: "\"s3:*\"")
    let ec2Only = Fixture.statement(action: "\"ec2:*\"")

    @Test("every request is implicitly denied by default (reference_policies_evaluation-logic.html)")
    func defaultDeny() {
        let decision = Authorizer.evaluate(Fixture.request(), against: PolicySet())
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.identity])
    }

    @Test("an identity Allow allows (reference_policies_evaluation-logic_policy-eval-basics.html)")
    func identityAllow() {
        #expect(Fixture.decide(Fixture.request(), PolicySet(identityPolicies: [s3Only])) == .allowed)
    }

    @Test("an explicit Deny overrides any Allow (reference_policies_evaluation-logic_policy-eval-denyallow.html)")
    func denyWins() {
        let deny = Fixture.statement("Deny", action: "\"s3:GetObject\"")
        let decision = Authorizer.evaluate(Fixture.request(), against: PolicySet(identityPolicies: [s3Only, deny]))
        #expect(decision.outcome == .explicitlyDenied)
        #expect(decision.explicitDenyIn == [.identity])
        #expect(decision.explanation.count == 1)
    }

    @Test("a group policy grants to its users (reference_policies_evaluation-logic_policy-eval-basics.html)")
    func groupPolicyGrants() {
        #expect(Fixture.decide(Fixture.request(), PolicySet(groupPolicies: [s3Only])) == .allowed)
    }

    @Test("a group Deny is reported as group (evaluate contract)")
    func groupDeny() {
        let deny = Fixture.statement("Deny", action: "\"s3:*\"")
        let decision = Authorizer.evaluate(
            Fixture.request(), against: PolicySet(identityPolicies: [s3Only], groupPolicies: [deny]))
        #expect(decision.explicitDenyIn == [.group])
    }

    @Test("the effective permissions are identity ∩ boundary (access_policies_boundaries.html)")
    func boundaryIntersects() {
        let set = PolicySet(identityPolicies: [Fixture.allowAll], permissionsBoundary: ec2Only)
        let decision = Authorizer.evaluate(Fixture.request(), against: set)
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.boundary])
        #expect(Fixture.decide(Fixture.request(action: "ec2:RunInstances", resource: "*"), set) == .allowed)
    }

    @Test("a boundary alone grants nothing (access_policies_boundaries.html)")
    func boundaryDoesNotGrant() {
        let decision = Authorizer.evaluate(Fixture.request(), against: PolicySet(permissionsBoundary: s3Only))
        #expect(decision.implicitDenyIn == [.identity])
    }

    @Test("a Deny in the boundary is an explicit deny (access_policies_boundaries.html)")
    func boundaryDeny() {
        let deny = Fixture.statement("Deny", action: "\"s3:*\"", kind: .boundary)
        let decision = Authorizer.evaluate(
            Fixture.request(), against: PolicySet(identityPolicies: [Fixture.allowAll], permissionsBoundary: deny))
        #expect(decision.explicitDenyIn == [.boundary])
    }

    @Test(
        "a role session without a session policy keeps the role's permissions (access_policies.html#policies_session)")
    func roleSessionWithoutSessionPolicy() {
        #expect(Fixture.decide(Fixture.request(Fixture.devSession), PolicySet(identityPolicies: [s3Only])) == .allowed)
    }

    @Test("a session policy limits a role session to the intersection (access_policies.html#policies_session)")
    func sessionPolicyIntersects() {
        let set = PolicySet(identityPolicies: [Fixture.allowAll], sessionPolicies: [ec2Only])
        let decision = Authorizer.evaluate(Fixture.request(Fixture.devSession), against: set)
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.session])
    }

    @Test("a session policy grants nothing by itself (access_policies.html#policies_session)")
    func sessionPolicyDoesNotGrant() {
        let set = PolicySet(identityPolicies: [ec2Only], sessionPolicies: [Fixture.allowAll])
        #expect(Fixture.decide(Fixture.request(Fixture.devSession), set) == .implicitlyDenied)
    }

    @Test("several session policies combine as one (evaluate contract: session_policies)")
    func sessionPoliciesCombine() {
        let set = PolicySet(identityPolicies: [Fixture.allowAll], sessionPolicies: [ec2Only, s3Only])
        #expect(Fixture.decide(Fixture.request(Fixture.devSession), set) == .allowed)
    }

    @Test("a federated-user session without a session policy is denied (access_policies.html#policies_session)")
    func federatedWithoutSessionPolicy() {
        let federated = "arn:aws:sts::111111111111:federated-user/carol"
        let decision = Authorizer.evaluate(
            Fixture.request(federated), against: PolicySet(identityPolicies: [Fixture.allowAll]))
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.session])
        let withSession = PolicySet(identityPolicies: [Fixture.allowAll], sessionPolicies: [s3Only])
        #expect(Fixture.decide(Fixture.request(federated), withSession) == .allowed)
    }

    @Test("a role ARN given with a session policy stands for a session of that role")
    func roleWithSessionPolicy() {
        let set = PolicySet(identityPolicies: [Fixture.allowAll], sessionPolicies: [ec2Only])
        #expect(Fixture.decide(Fixture.request(Fixture.devRole), set) == .implicitlyDenied)
        #expect(
            Fixture.decide(Fixture.request(Fixture.devRole), PolicySet(identityPolicies: [Fixture.allowAll]))
                == .allowed)
    }

    @Test("session policies do not apply to IAM users (access_policies.html#policies_session)")
    func sessionPolicyIgnoredForUsers() {
        let set = PolicySet(identityPolicies: [Fixture.allowAll], sessionPolicies: [ec2Only])
        #expect(Fixture.decide(Fixture.request(), set) == .allowed)
    }

    @Test("identity ∩ boundary ∩ session for a role session (access_policies_boundaries.html)")
    func threeWayIntersection() {
        let set = PolicySet(
            identityPolicies: [Fixture.allowAll], permissionsBoundary: s3Only, sessionPolicies: [s3Only])
        #expect(Fixture.decide(Fixture.request(Fixture.devSession), set) == .allowed)
        let decision = Authorizer.evaluate(
            Fixture.request(Fixture.devSession, action: "ec2:RunInstances", resource: "*"), against: set)
        #expect(decision.implicitDenyIn == [.boundary, .session])
    }

    @Test("sts:GetCallerIdentity is allowed even under an explicit Deny (API_GetCallerIdentity.html)")
    func getCallerIdentityUndeniable() {
        let deny = Fixture.statement("Deny")
        let set = PolicySet(identityPolicies: [deny], serviceControlPolicies: [[deny]])
        #expect(Fixture.decide(Fixture.request(action: "sts:GetCallerIdentity", resource: "*"), set) == .allowed)
    }

    @Test(
        "the MFA guard: BoolIfExists Deny denies long-term keys, plain Bool does not (reference_policies_condition-keys.html)"
    )
    func mfaGuard() {
        let ifExists = Fixture.statement(
            "Deny", condition: #"{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}"#)
        let plain = Fixture.statement("Deny", condition: #"{"Bool": {"aws:MultiFactorAuthPresent": "false"}}"#)
        let longTermKeys = Fixture.request()
        #expect(
            Fixture.decide(longTermKeys, PolicySet(identityPolicies: [Fixture.allowAll, ifExists])) == .explicitlyDenied
        )
        #expect(Fixture.decide(longTermKeys, PolicySet(identityPolicies: [Fixture.allowAll, plain])) == .allowed)
    }

    @Test(
        "a StringNotEqualsIfExists Deny still denies when the tag is missing (reference_policies_elements_condition_operators.html)"
    )
    func ifExistsDenyOnMissingTag() {
        let deny = Fixture.statement(
            "Deny", condition: #"{"StringNotEqualsIfExists": {"aws:ResourceTag/env": "dev"}}"#)
        let set = PolicySet(identityPolicies: [Fixture.allowAll, deny])
        #expect(Fixture.decide(Fixture.request(), set) == .explicitlyDenied)
        let tagged = Fixture.request(context: RequestContext(["aws:ResourceTag/env": "dev"]))
        #expect(Fixture.decide(tagged, set) == .allowed)
    }
}
