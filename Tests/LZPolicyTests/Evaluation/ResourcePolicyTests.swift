import LZPolicy
import Testing

/// A same-account resource-based policy against implicit denies elsewhere, by how it names the principal:
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
@Suite struct ResourcePolicyTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var caller: String
        var named: String
        var boundary = false
        var session = false
        var identity = false
        var outcome: Decision.Outcome
        var missing: [PolicySource] = []
        var testDescription: String { label }
    }

    static let federated = "arn:aws:sts::111111111111:federated-user/carol"

    static let rows: [Row] = [
        .init(
            label: "user ARN in the RBP grants without an identity policy", caller: Fixture.alice,
            named: Fixture.alice, outcome: .allowed),
        .init(
            label: "user ARN in the RBP overrides a boundary's implicit deny", caller: Fixture.alice,
            named: Fixture.alice, boundary: true, outcome: .allowed),
        .init(
            label: "role ARN in the RBP grants to a session without an identity policy", caller: Fixture.devSession,
            named: Fixture.devRole, outcome: .allowed),
        .init(
            label: "role ARN in the RBP does not override the boundary (contested point C2)",
            caller: Fixture.devSession, named: Fixture.devRole, boundary: true, outcome: .implicitlyDenied,
            missing: [.boundary]),
        .init(
            label: "role ARN in the RBP does not override the session policy", caller: Fixture.devSession,
            named: Fixture.devRole, session: true, outcome: .implicitlyDenied, missing: [.session]),
        .init(
            label: "session ARN in the RBP overrides the session policy (contested point C1)",
            caller: Fixture.devSession, named: Fixture.devSession, session: true, outcome: .allowed),
        .init(
            label: "session ARN in the RBP overrides the boundary", caller: Fixture.devSession,
            named: Fixture.devSession, boundary: true, outcome: .allowed),
        .init(
            label: "federated-user ARN in the RBP overrides the missing session policy", caller: federated,
            named: federated, outcome: .allowed),
        .init(
            label: "account in the RBP delegates: the identity policy must allow", caller: Fixture.alice,
            named: "111111111111", outcome: .implicitlyDenied, missing: [.identity]),
        .init(
            label: "account in the RBP with an identity allow is allowed", caller: Fixture.alice,
            named: "111111111111", identity: true, outcome: .allowed),
        .init(
            label: "another user's ARN in the RBP does not grant", caller: Fixture.alice,
            named: "arn:aws:iam::111111111111:user/bob", outcome: .implicitlyDenied, missing: [.identity]),
        .init(
            label: "the RBP alone is enough when the identity policy is silent (union)", caller: Fixture.alice,
            named: "*", outcome: .allowed),
        .init(
            label: "a role ARN with a path matches the session of that role", caller: Fixture.devSession,
            named: "arn:aws:iam::111111111111:role/team/Dev", outcome: .allowed),
    ]

    @Test("same-account resource policy by principal type", arguments: rows)
    func sameAccount(_ row: Row) {
        let rbp = Fixture.statement(principal: "{\"AWS\": \"\(row.named)\"}", kind: .resource)
        let nothing = Fixture.statement(action: "\"ec2:*\"")
        var set = PolicySet(resourcePolicy: rbp)
        if row.identity { set.identityPolicies = [Fixture.allowAll] }
        if row.boundary { set.permissionsBoundary = Fixture.statement(action: "\"ec2:*\"", kind: .boundary) }
        if row.session { set.sessionPolicies = [nothing] }
        let decision = Authorizer.evaluate(Fixture.request(row.caller), against: set)
        #expect(decision.outcome == row.outcome)
        #expect(decision.implicitDenyIn == row.missing)
    }

    @Test(
        "an RBP Deny naming the caller is an explicit deny (reference_policies_evaluation-logic_policy-eval-denyallow.html)"
    )
    func resourceDeny() {
        let rbp = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
            kind: .resource)
        let set = PolicySet(identityPolicies: [Fixture.allowAll], resourcePolicy: rbp)
        let insecure = Fixture.request(context: RequestContext(["aws:SecureTransport": "false"]))
        let decision = Authorizer.evaluate(insecure, against: set)
        #expect(decision.outcome == .explicitlyDenied)
        #expect(decision.explicitDenyIn == [.resource])
        #expect(
            Fixture.decide(Fixture.request(context: RequestContext(["aws:SecureTransport": "true"])), set) == .allowed)
    }

    @Test("an RBP Deny naming another principal does not apply (reference_policies_elements_principal.html)")
    func resourceDenyForOthers() {
        let rbp = Fixture.statement(
            "Deny", principal: #"{"AWS": "arn:aws:iam::111111111111:user/bob"}"#, kind: .resource)
        let set = PolicySet(identityPolicies: [Fixture.allowAll], resourcePolicy: rbp)
        #expect(Fixture.decide(Fixture.request(), set) == .allowed)
    }

    @Test(
        "a role trust policy must name the caller even in its own account (reference_policies_evaluation-logic_policy-eval-denyallow.html)"
    )
    func trustPolicyMustAllow() {
        let trust = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:user/bob"},"Action":"sts:AssumeRole"}]}"#,
            kind: .trust)
        let set = PolicySet(identityPolicies: [Fixture.allowAll], resourcePolicy: trust)
        let assume = Fixture.request(action: "sts:AssumeRole", resource: "arn:aws:iam::111111111111:role/Ops")
        let decision = Authorizer.evaluate(assume, against: set)
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.resource])
    }

    @Test(
        "a trust policy naming the account needs the caller's identity permission (id_roles_use_permissions-to-switch.html)"
    )
    func trustPolicyDelegation() {
        let trust = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111111111111"},"Action":"sts:AssumeRole"}]}"#,
            kind: .trust)
        let assume = Fixture.request(action: "sts:AssumeRole", resource: "arn:aws:iam::111111111111:role/Ops")
        #expect(Fixture.decide(assume, PolicySet(resourcePolicy: trust)) == .implicitlyDenied)
        #expect(
            Fixture.decide(assume, PolicySet(identityPolicies: [Fixture.allowAll], resourcePolicy: trust)) == .allowed)
    }

    @Test("a trust policy naming the user directly needs no identity permission in the same account")
    func trustPolicyDirect() {
        let trust = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:user/alice"},"Action":"sts:AssumeRole"}]}"#,
            kind: .trust)
        let assume = Fixture.request(action: "sts:AssumeRole", resource: "arn:aws:iam::111111111111:role/Ops")
        #expect(Fixture.decide(assume, PolicySet(resourcePolicy: trust)) == .allowed)
    }

    @Test(
        "the federating user's ARN in the RBP grants, but not past boundary or session policy (access_policies_boundaries.html)"
    )
    func federatingUser() throws {
        var carol = try #require(Principal(arn: Self.federated))
        carol.federatingUserARN = Fixture.alice
        var request = Fixture.request(Self.federated)
        request.principal = carol
        let rbp = Fixture.statement(principal: "{\"AWS\": \"\(Fixture.alice)\"}", kind: .resource)
        let withSession = PolicySet(sessionPolicies: [Fixture.allowAll], resourcePolicy: rbp)
        #expect(Fixture.decide(request, withSession) == .allowed)
        let withoutSession = Authorizer.evaluate(request, against: PolicySet(resourcePolicy: rbp))
        #expect(withoutSession.implicitDenyIn == [.session])
        var bounded = withSession
        bounded.permissionsBoundary = Fixture.statement(action: "\"ec2:*\"", kind: .boundary)
        #expect(Authorizer.evaluate(request, against: bounded).implicitDenyIn == [.boundary])
    }
}
