import LZPolicy
import Testing

/// KMS key policies and grants: https://docs.aws.amazon.com/kms/latest/developerguide/policy-evaluation.html,
/// key-policy-default.html, key-policy-modifying-external-accounts.html and grants.html
@Suite struct KMSTests {
    let key = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    let decrypt = Fixture.statement(action: "\"kms:Decrypt\"")

    func keyPolicy(_ principal: String) -> Policy {
        Fixture.statement(action: "\"kms:*\"", principal: "{\"AWS\": \"\(principal)\"}", kind: .keyPolicy)
    }

    @Test("the account principal lets IAM policies allow the key (key-policy-default.html)")
    func accountDelegation() {
        let set = PolicySet(identityPolicies: [decrypt], resourcePolicy: keyPolicy(Fixture.root))
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .allowed)
    }

    @Test("the account principal alone gives no IAM principal access (key-policy-default.html)")
    func accountPrincipalGrantsNothing() {
        let decision = Authorizer.evaluate(
            Fixture.request(action: "kms:Decrypt", resource: key),
            against: PolicySet(resourcePolicy: keyPolicy(Fixture.root)))
        #expect(decision.implicitDenyIn == [.identity])
    }

    @Test("without the account principal, IAM allows are ineffective (key-policy-default.html)")
    func iamIneffectiveWithoutDelegation() {
        let set = PolicySet(
            identityPolicies: [Fixture.allowAll], resourcePolicy: keyPolicy("arn:aws:iam::111111111111:user/bob"))
        let decision = Authorizer.evaluate(Fixture.request(action: "kms:Decrypt", resource: key), against: set)
        #expect(decision.outcome == .implicitlyDenied)
        #expect(decision.implicitDenyIn == [.resource])
    }

    @Test("IAM denies stay effective without delegation (key-policy-default.html)")
    func iamDenyEffective() {
        let deny = Fixture.statement("Deny", action: "\"kms:*\"")
        let set = PolicySet(identityPolicies: [deny], resourcePolicy: keyPolicy(Fixture.alice))
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .explicitlyDenied)
    }

    @Test("a key policy naming the user needs no IAM policy (key-policy-overview.html)")
    func directGrant() {
        let set = PolicySet(resourcePolicy: keyPolicy(Fixture.alice))
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .allowed)
    }

    @Test("a null key policy allows nothing, even to the root user (key-policy-overview.html)")
    func emptyKeyPolicy() {
        #expect(
            Fixture.decide(Fixture.request(Fixture.root, action: "kms:Decrypt", resource: key), PolicySet())
                == .implicitlyDenied)
        #expect(
            Fixture.decide(
                Fixture.request(action: "kms:Decrypt", resource: key), PolicySet(identityPolicies: [Fixture.allowAll]))
                == .implicitlyDenied)
    }

    @Test(
        "cross-account use needs the key policy and the external IAM policy (key-policy-modifying-external-accounts.html)"
    )
    func crossAccount() {
        let request = Fixture.request(Fixture.otherAlice, action: "kms:Decrypt", resource: key)
        let keyForPartner = keyPolicy("222222222222")
        #expect(Fixture.decide(request, PolicySet(resourcePolicy: keyForPartner)) == .implicitlyDenied)
        #expect(
            Fixture.decide(request, PolicySet(identityPolicies: [decrypt], resourcePolicy: keyForPartner)) == .allowed)
        #expect(
            Fixture.decide(request, PolicySet(identityPolicies: [decrypt], resourcePolicy: keyPolicy(Fixture.root)))
                == .implicitlyDenied)
    }

    @Test("a grant allows the grantee without a policy (grants.html)")
    func grantAllows() {
        let grant = KMSGrant(granteePrincipal: Fixture.devRole, operations: ["Decrypt"])
        let set = PolicySet(resourcePolicy: keyPolicy(Fixture.root), grants: [grant])
        #expect(
            Fixture.decide(Fixture.request(Fixture.devSession, action: "kms:Decrypt", resource: key), set) == .allowed)
        #expect(
            Fixture.decide(Fixture.request(Fixture.devSession, action: "kms:Encrypt", resource: key), set)
                == .implicitlyDenied)
    }

    @Test("a grant can allow but never deny: an explicit Deny still wins (grants.html)")
    func grantCannotOverrideDeny() {
        let grant = KMSGrant(granteePrincipal: Fixture.alice, operations: ["Decrypt"])
        let deny = Fixture.statement("Deny", action: "\"kms:Decrypt\"")
        let set = PolicySet(identityPolicies: [deny], resourcePolicy: keyPolicy(Fixture.root), grants: [grant])
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .explicitlyDenied)
    }

    @Test("a grant covers only cryptographic, describe and grant operations (grants.html)")
    func grantOperations() {
        let grant = KMSGrant(granteePrincipal: Fixture.alice, operations: ["PutKeyPolicy", "Decrypt"])
        let set = PolicySet(grants: [grant])
        #expect(Fixture.decide(Fixture.request(action: "kms:PutKeyPolicy", resource: key), set) == .implicitlyDenied)
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .allowed)
    }

    @Test("EncryptionContextEquals needs the exact context (grants.html)")
    func encryptionContextEquals() {
        let grant = KMSGrant(
            granteePrincipal: Fixture.alice, operations: ["Decrypt"],
            constraint: .encryptionContextEquals(["Department": "IT"]))
        let set = PolicySet(grants: [grant])
        let exact = RequestContext(["kms:EncryptionContext:Department": "IT"])
        var extra = exact
        extra["kms:EncryptionContext:Project"] = ["x"]
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key, context: exact), set) == .allowed)
        #expect(
            Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key, context: extra), set)
                == .implicitlyDenied)
    }

    @Test("EncryptionContextSubset accepts extra pairs but not missing ones (grants.html)")
    func encryptionContextSubset() {
        let grant = KMSGrant(
            granteePrincipal: Fixture.alice, operations: ["Decrypt"],
            constraint: .encryptionContextSubset(["Department": "IT"]))
        let set = PolicySet(grants: [grant])
        let extra = RequestContext(["kms:EncryptionContext:Department": "IT", "kms:EncryptionContext:Project": "x"])
        let wrong = RequestContext(["kms:EncryptionContext:Department": "HR"])
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key, context: extra), set) == .allowed)
        #expect(
            Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key, context: wrong), set)
                == .implicitlyDenied)
    }

    @Test("constraint keys are case-sensitive, unlike condition key names (encrypt_context.html)")
    func constraintKeysCaseSensitive() {
        let grant = KMSGrant(
            granteePrincipal: Fixture.alice, operations: ["Decrypt"],
            constraint: .encryptionContextEquals(["Department": "IT"]))
        let set = PolicySet(grants: [grant])
        let lower = RequestContext(["kms:EncryptionContext:department": "IT"])
        #expect(
            Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key, context: lower), set)
                == .implicitlyDenied)
    }

    @Test("a grantee in another account needs no key policy or IAM policy (grants.html)")
    func crossAccountGrant() {
        let grant = KMSGrant(granteePrincipal: Fixture.otherAlice, operations: ["Decrypt"])
        let set = PolicySet(resourcePolicy: keyPolicy(Fixture.root), grants: [grant])
        #expect(
            Fixture.decide(Fixture.request(Fixture.otherAlice, action: "kms:Decrypt", resource: key), set) == .allowed)
    }

    @Test("SCPs still apply to key access (policy-evaluation.html)")
    func scpAppliesToKeys() {
        let deny = Fixture.statement("Deny", action: "\"kms:*\"", kind: .scp)
        let set = PolicySet(
            serviceControlPolicies: [[Fixture.statement(kind: .scp), deny]], resourcePolicy: keyPolicy(Fixture.alice))
        #expect(Fixture.decide(Fixture.request(action: "kms:Decrypt", resource: key), set) == .explicitlyDenied)
    }
}
