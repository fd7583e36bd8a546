import LZPolicy
import Testing

/// Cross-account access, the root user, service principals, anonymous callers and `NotPrincipal`:
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
@Suite struct PrincipalTypeTests {
    let otherBucket = "arn:aws:s3:::partner-data/k"

    func crossAccount(identity: Bool, named: String?) -> PolicySet {
        PolicySet(
            identityPolicies: identity ? [Fixture.allowAll] : [],
            resourcePolicy: named.map { Fixture.statement(principal: "{\"AWS\": \"\($0)\"}", kind: .resource) },
            resourceAccount: "222222222222")
    }

    @Test("cross-account needs both the caller's identity policy and the resource policy (…cross-account.html)")
    func crossAccountNeedsBoth() {
        let request = Fixture.request(resource: otherBucket)
        #expect(Fixture.decide(request, crossAccount(identity: true, named: "111111111111")) == .allowed)
        let noRBP = Authorizer.evaluate(request, against: crossAccount(identity: true, named: nil))
        #expect(noRBP.outcome == .implicitlyDenied)
        #expect(noRBP.implicitDenyIn == [.resource])
        let noIdentity = Authorizer.evaluate(request, against: crossAccount(identity: false, named: Fixture.alice))
        #expect(noIdentity.implicitDenyIn == [.identity])
    }

    @Test(
        "a cross-account RBP naming the account delegates to that account's policies (reference_policies_elements_principal.html)"
    )
    func crossAccountAccountPrincipal() {
        let request = Fixture.request(resource: otherBucket)
        #expect(
            Fixture.decide(request, crossAccount(identity: false, named: "arn:aws:iam::111111111111:root"))
                == .implicitlyDenied)
        #expect(
            Fixture.decide(request, crossAccount(identity: true, named: "arn:aws:iam::111111111111:root")) == .allowed)
    }

    @Test("a cross-account RBP naming another account does not grant (…cross-account.html)")
    func crossAccountWrongAccount() {
        let request = Fixture.request(resource: otherBucket)
        #expect(Fixture.decide(request, crossAccount(identity: true, named: "333333333333")) == .implicitlyDenied)
    }

    @Test("cross-account: the caller's boundary still limits (…cross-account.html)")
    func crossAccountBoundary() {
        var set = crossAccount(identity: true, named: Fixture.alice)
        set.permissionsBoundary = Fixture.statement(action: "\"ec2:*\"", kind: .boundary)
        let decision = Authorizer.evaluate(Fixture.request(resource: otherBucket), against: set)
        #expect(decision.implicitDenyIn == [.boundary])
    }

    @Test("the root user has full access in its own account (reference_policies_evaluation-logic.html)")
    func rootFullAccess() {
        #expect(Fixture.decide(Fixture.request(Fixture.root), PolicySet()) == .allowed)
    }

    @Test(
        "the root user needs the resource policy across accounts (reference_policies_evaluation-logic-cross-account.html)"
    )
    func rootCrossAccount() {
        let request = Fixture.request(Fixture.root, resource: otherBucket)
        #expect(Fixture.decide(request, PolicySet(resourceAccount: "222222222222")) == .implicitlyDenied)
        #expect(Fixture.decide(request, crossAccount(identity: false, named: "111111111111")) == .allowed)
    }

    @Test("an explicit Deny in a resource policy stops the root user (reference_policies_evaluation-logic.html)")
    func rootDeniedByResourcePolicy() {
        let rbp = Fixture.statement("Deny", principal: "\"*\"", kind: .resource)
        #expect(Fixture.decide(Fixture.request(Fixture.root), PolicySet(resourcePolicy: rbp)) == .explicitlyDenied)
    }

    @Test("a service principal needs the resource policy to name it (reference_policies_elements_principal.html)")
    func servicePrincipal() {
        let rbp = Fixture.statement(principal: #"{"Service": "cloudtrail.amazonaws.com"}"#, kind: .resource)
        #expect(Fixture.decide(Fixture.request("cloudtrail.amazonaws.com"), PolicySet(resourcePolicy: rbp)) == .allowed)
        #expect(
            Fixture.decide(Fixture.request("config.amazonaws.com"), PolicySet(resourcePolicy: rbp)) == .implicitlyDenied
        )
    }

    @Test("an anonymous caller needs Principal * (reference_policies_elements_principal.html)")
    func anonymousCaller() {
        let open = Fixture.statement(principal: "\"*\"", kind: .resource)
        let named = Fixture.statement(principal: #"{"AWS": "111111111111"}"#, kind: .resource)
        #expect(Fixture.decide(Fixture.request("*"), PolicySet(resourcePolicy: open)) == .allowed)
        let decision = Authorizer.evaluate(Fixture.request("*"), against: PolicySet(resourcePolicy: named))
        #expect(decision.implicitDenyIn == [.resource])
    }

    @Test("NotPrincipal Deny denies everyone not listed (reference_policies_elements_notprincipal.html)")
    func notPrincipalDeniesOthers() {
        let rbp = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111111111111:user/bob","111111111111"]},"Action":"s3:*","Resource":"*"}]}"#,
            kind: .resource)
        let set = PolicySet(identityPolicies: [Fixture.allowAll], resourcePolicy: rbp)
        #expect(Fixture.decide(Fixture.request(), set) == .explicitlyDenied)
        #expect(Fixture.decide(Fixture.request("arn:aws:iam::111111111111:user/bob"), set) == .allowed)
    }

    @Test("NotPrincipal listing only the account still denies the account's users (contested point C5)")
    func notPrincipalAccountOnly() {
        let rbp = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"s3:*","Resource":"*"}]}"#,
            kind: .resource)
        let set = PolicySet(identityPolicies: [Fixture.allowAll], resourcePolicy: rbp)
        #expect(Fixture.decide(Fixture.request(), set) == .explicitlyDenied)
        #expect(Fixture.decide(Fixture.request(Fixture.root), set) == .allowed)
    }

    @Test(
        "NotPrincipal must list session, role and account to exempt a role session (reference_policies_elements_notprincipal.html)"
    )
    func notPrincipalChain() {
        func rbp(_ listed: [String]) -> PolicySet {
            let list = listed.map { "\"\($0)\"" }.joined(separator: ",")
            let policy = Fixture.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\(list)]},"
                    + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", kind: .resource)
            return PolicySet(identityPolicies: [Fixture.allowAll], resourcePolicy: policy)
        }
        let session = Fixture.request(Fixture.devSession)
        #expect(Fixture.decide(session, rbp([Fixture.devSession])) == .explicitlyDenied)
        #expect(Fixture.decide(session, rbp([Fixture.devSession, Fixture.devRole])) == .explicitlyDenied)
        #expect(Fixture.decide(session, rbp([Fixture.devSession, Fixture.devRole, "111111111111"])) == .allowed)
    }

    @Test("Principal ARNs read the caller's kind from the ARN")
    func principalKinds() {
        #expect(Principal(arn: Fixture.alice)?.kind == .user)
        #expect(Principal(arn: Fixture.devRole)?.kind == .role)
        #expect(Principal(arn: Fixture.devSession)?.kind == .roleSession)
        #expect(Principal(arn: "arn:aws:sts::111111111111:federated-user/carol")?.kind == .federatedUser)
        #expect(Principal(arn: Fixture.root)?.kind == .root)
        #expect(Principal(arn: "ec2.amazonaws.com")?.kind == .service)
        #expect(Principal(arn: "*")?.kind == .anonymous)
        #expect(Principal(arn: "arn:aws:iam::12345:user/x") == nil)
        #expect(Principal(arn: "arn:aws:iam::111111111111:group/x") == nil)
    }

    @Test("a VPC endpoint policy must allow and grants nothing (vpc-endpoints-access.html)")
    func vpcEndpointPolicy() {
        let onlyData = Fixture.statement(
            action: "\"s3:GetObject\"", resource: "\"arn:aws:s3:::data/*\"", principal: "\"*\"", kind: .vpcEndpoint)
        var set = PolicySet(identityPolicies: [Fixture.allowAll], vpcEndpointPolicy: onlyData)
        #expect(Fixture.decide(Fixture.request(resource: "arn:aws:s3:::data/k"), set) == .allowed)
        let other = Authorizer.evaluate(Fixture.request(resource: "arn:aws:s3:::other/k"), against: set)
        #expect(other.implicitDenyIn == [.vpcEndpoint])
        set.identityPolicies = []
        #expect(Fixture.decide(Fixture.request(resource: "arn:aws:s3:::data/k"), set) == .implicitlyDenied)
    }

    @Test("a Deny in a VPC endpoint policy is explicit (vpc-endpoints-access.html)")
    func vpcEndpointDeny() {
        let deny = Fixture.statement("Deny", action: "\"s3:PutObject\"", principal: "\"*\"", kind: .vpcEndpoint)
        let decision = Authorizer.evaluate(
            Fixture.request(action: "s3:PutObject"),
            against: PolicySet(identityPolicies: [Fixture.allowAll], vpcEndpointPolicy: deny))
        #expect(decision.explicitDenyIn == [.vpcEndpoint])
    }

    @Test("an OIDC caller needs a trust policy naming its provider, with its conditions (id_roles_providers_oidc.html)")
    func oidcTrust() {
        let provider = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"
        let trust = Fixture.policy(
            """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "\(provider)"},
             "Action": "sts:AssumeRoleWithWebIdentity",
             "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:org/infra:*"}}}]}
            """, kind: .trust)
        let set = PolicySet(resourcePolicy: trust)
        func assume(_ subject: String) -> Decision.Outcome {
            let request = Fixture.request(
                provider, action: "sts:AssumeRoleWithWebIdentity", resource: "arn:aws:iam::111111111111:role/Deploy",
                context: RequestContext(["token.actions.githubusercontent.com:sub": subject]))
            return Fixture.decide(request, set)
        }
        #expect(assume("repo:org/infra:ref:refs/heads/main") == .allowed)
        #expect(assume("repo:org/other:ref:refs/heads/main") == .implicitlyDenied)
        #expect(Principal(arn: provider)?.kind == .identityProvider)
        #expect(Principal(arn: "accounts.google.com")?.kind == .identityProvider)
    }

    @Test(
        "a unique ID left by a deleted role matches only that role, not one recreated with its name (…elements_principal.html)"
    )
    func uniqueIDPrincipal() throws {
        let rbp = Fixture.statement(principal: #"{"AWS": "AROAEXAMPLEID123456"}"#, kind: .resource)
        let set = PolicySet(resourcePolicy: rbp)
        let original = try #require(Principal(arn: Fixture.devSession, id: "AROAEXAMPLEID123456"))
        let recreated = try #require(Principal(arn: Fixture.devSession, id: "AROANEWROLEID654321"))
        let request = Fixture.request(Fixture.devSession)
        var originalRequest = request
        originalRequest.principal = original
        var recreatedRequest = request
        recreatedRequest.principal = recreated
        #expect(Fixture.decide(originalRequest, set) == .allowed)
        #expect(Fixture.decide(recreatedRequest, set) == .implicitlyDenied)
    }
}
