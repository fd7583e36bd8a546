import Foundation
import LZPolicy
import LZSim
import Testing

/// Authorization as KMS does it: the key policy first, the account principal delegating to IAM,
/// cross-account use needing both sides, grants allowing and never denying, and KMS condition keys.
@Suite struct KMSAccessTests {
    static let data = Data("production data".utf8)
    static let useActions = #"["kms:Encrypt","kms:Decrypt","kms:GenerateDataKey","kms:DescribeKey"]"#

    static func allowAll(_ actions: String = "kms:*") -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\#(actions)","Resource":"*"}]}"#
    }

    static let noPolicy =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}"#

    @Test("with the account principal in the key policy, an IAM policy is enough")
    func rootDelegationPresent() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let user = try zone.roleSession(in: zone.prod, named: "app", policy: Self.allowAll())
        let sealed = try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, as: user)
        #expect(try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: user).plaintext == Self.data)
        let nobody = try zone.roleSession(in: zone.prod, named: "nobody", policy: Self.noPolicy)
        let error = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: nobody)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(error?.decision?.implicitDenyIn == [.identity])
    }

    @Test("without the account principal, IAM policies that allow are ineffective, and denies still apply")
    func rootDelegationAbsent() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let app = try zone.roleSession(in: zone.prod, named: "app", policy: Self.noPolicy)
        let iamOnly = try zone.roleSession(in: zone.prod, named: "iam-only", policy: Self.allowAll())
        let denied = try zone.roleSession(
            in: zone.prod, named: "denied",
            policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}]}"#)
        let adminRole = "arn:aws:iam::\(zone.prod):role/OrganizationAccountAccessRole"
        let policy = KMSKeyTests.keyPolicy(
            account: zone.prod, rootDelegation: false, KMSKeyTests.allow(adminRole, #""kms:*""#),
            KMSKeyTests.allow("arn:aws:iam::\(zone.prod):role/app", Self.useActions),
            KMSKeyTests.allow("arn:aws:iam::\(zone.prod):role/denied", Self.useActions))
        let key = try zone.world.createKey(policy: policy, as: admin)
        // The key policy names the role: it needs no IAM policy of its own.
        let sealed = try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, as: app)
        #expect(try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: app).plaintext == Self.data)
        // kms:* in IAM is not enough without the account principal.
        let error = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: iamOnly)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(error?.decision?.implicitDenyIn == [.resource])
        // An IAM deny wins over the key policy's allow.
        let deny = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: denied)
        }
        #expect(deny?.decision?.outcome == .explicitlyDenied)
    }

    @Test("cross-account use needs the key policy and the caller's IAM policy")
    func crossAccount() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let policy = KMSKeyTests.keyPolicy(
            account: zone.prod, KMSKeyTests.allow("arn:aws:iam::\(zone.dev):root", Self.useActions))
        let shared = try zone.world.createKey(policy: policy, as: admin)
        let unshared = try zone.world.createKey(as: admin)
        let withIAM = try zone.roleSession(in: zone.dev, named: "consumer", policy: Self.allowAll())
        let withoutIAM = try zone.roleSession(in: zone.dev, named: "bystander", policy: Self.noPolicy)
        let sealed = try zone.world.encrypt(keyID: shared.arn, plaintext: Self.data, as: withIAM)
        #expect(try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: withIAM).plaintext == Self.data)
        let noIAM = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: withoutIAM)
        }
        #expect(noIAM?.decision?.implicitDenyIn == [.identity])
        let noKeyPolicy = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: unshared.arn, plaintext: Self.data, as: withIAM)
        }
        #expect(noKeyPolicy?.decision?.implicitDenyIn == [.resource])
        // Key management is not cross-account, whatever the policies say.
        let management = #expect(throws: AWSError.self) { try zone.world.disableKey(keyID: shared.arn, as: withIAM) }
        #expect(management?.code == .notFound)
    }

    @Test("grants allow without an IAM policy; constraints bind the context; retired and revoked grants stop")
    func grants() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let worker = try zone.roleSession(in: zone.prod, named: "worker", policy: Self.noPolicy)
        let workerARN = "arn:aws:iam::\(zone.prod):role/worker"
        let before = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, as: worker)
        }
        #expect(before?.code == .accessDeniedException)
        let plain = try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: workerARN, operations: [.encrypt, .decrypt],
            retiringPrincipal: workerARN, name: "worker", as: admin)
        let sealed = try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, as: worker)
        #expect(try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: worker).plaintext == Self.data)
        // The grant allows only what it names.
        let notGranted = #expect(throws: AWSError.self) {
            try zone.world.generateDataKey(keyID: key.arn, keySpec: .aes256, as: worker)
        }
        #expect(notGranted?.code == .accessDeniedException)
        // Same name and settings: the same grant.
        let again = try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: workerARN, operations: [.decrypt, .encrypt],
            retiringPrincipal: workerARN, name: "worker", as: admin)
        #expect(again.grantID == plain.grantID)
        #expect(try zone.world.listGrants(keyID: key.keyID, as: admin).entries.count == 1)
        #expect(try zone.world.listRetirableGrants(retiringPrincipal: workerARN, as: admin).entries.count == 1)
        // The retiring principal retires it, without any policy.
        try zone.world.retireGrant(grantToken: plain.grantToken, as: worker)
        let retired = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: worker)
        }
        #expect(retired?.code == .accessDeniedException)

        // A constrained grant allows only with the context it names.
        let constrained = try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: workerARN, operations: [.encrypt, .decrypt],
            constraints: .encryptionContextEquals(["app": "app1"]), as: admin)
        let withContext = try zone.world.encrypt(
            keyID: key.arn, plaintext: Self.data, encryptionContext: ["app": "app1"], as: worker)
        let wrongContext = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, encryptionContext: ["app": "app2"], as: worker)
        }
        #expect(wrongContext?.code == .accessDeniedException)
        let noContext = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, as: worker)
        }
        #expect(noContext?.code == .accessDeniedException)
        let subset = try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: workerARN, operations: [.decrypt],
            constraints: .encryptionContextSubset(["app": "app1"]), as: admin)
        _ = subset
        #expect(
            try zone.world.decrypt(
                ciphertextBlob: withContext.ciphertextBlob, encryptionContext: ["app": "app1"], as: worker
            ).plaintext == Self.data)
        // Revoked by the key's administrator: both constrained grants.
        for grant in try zone.world.listGrants(keyID: key.keyID, as: admin).entries {
            try zone.world.revokeGrant(keyID: key.keyID, grantID: grant.grantID, as: admin)
        }
        _ = constrained
        let revoked = #expect(throws: AWSError.self) {
            try zone.world.decrypt(
                ciphertextBlob: withContext.ciphertextBlob, encryptionContext: ["app": "app1"], as: worker)
        }
        #expect(revoked?.code == .accessDeniedException)
    }

    @Test("a grant never overrides a deny, and a constraint is refused with operations that take no context")
    func grantLimits() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let denied = try zone.roleSession(
            in: zone.prod, named: "denied",
            policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"kms:*","Resource":"*"}]}"#)
        try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: "arn:aws:iam::\(zone.prod):role/denied", operations: [.encrypt],
            as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, as: denied)
        }
        #expect(error?.decision?.outcome == .explicitlyDenied)
        // DescribeKey may sit in a constrained grant (the constraint does not apply to it); MAC
        // operations may not, as they take no encryption context.
        try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: "arn:aws:iam::\(zone.prod):role/denied",
            operations: [.encrypt, .describeKey], constraints: .encryptionContextSubset(["a": "b"]), as: admin)
        let hmac = try zone.world.createKey(keyUsage: .generateVerifyMAC, keySpec: .hmac256, as: admin)
        let invalid = #expect(throws: AWSError.self) {
            try zone.world.createGrant(
                keyID: hmac.keyID, granteePrincipal: "arn:aws:iam::\(zone.prod):role/denied",
                operations: [.generateMac], constraints: .encryptionContextSubset(["a": "b"]), as: admin)
        }
        #expect(invalid?.code == .kmsValidation)
        let unsupported = #expect(throws: AWSError.self) {
            try zone.world.createGrant(
                keyID: key.keyID, granteePrincipal: "arn:aws:iam::\(zone.prod):role/denied", operations: [.sign],
                as: admin)
        }
        #expect(unsupported?.code == .kmsValidation)
        #expect(unsupported?.message.contains("Sign") == true)
    }

    @Test("kms:EncryptionContext, kms:CallerAccount and kms:RequestAlias conditions in a key policy")
    func conditionKeys() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let app = try zone.roleSession(in: zone.prod, named: "app", policy: Self.noPolicy)
        let appARN = "arn:aws:iam::\(zone.prod):role/app"
        let policy = KMSKeyTests.keyPolicy(
            account: zone.prod,
            KMSKeyTests.allow(
                appARN, #"["kms:Encrypt","kms:Decrypt"]"#,
                condition: #"{"StringEquals":{"kms:EncryptionContext:app":"app1","kms:CallerAccount":"\#(zone.prod)"}}"#
            ),
            KMSKeyTests.allow(
                appARN, #""kms:GenerateDataKey""#,
                condition: #"{"StringEquals":{"kms:RequestAlias":"alias/app1/data"}}"#),
            KMSKeyTests.allow(
                appARN, #""kms:DescribeKey""#,
                condition: #"{"ForAnyValue:StringEquals":{"kms:ResourceAliases":"alias/app1/data"}}"#))
        let key = try zone.world.createKey(policy: policy, as: admin)
        try zone.world.createAlias(aliasName: "alias/app1/data", targetKeyID: key.keyID, as: admin)
        _ = try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, encryptionContext: ["app": "app1"], as: app)
        let other = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, encryptionContext: ["app": "x"], as: app)
        }
        #expect(other?.code == .accessDeniedException)
        _ = try zone.world.generateDataKey(keyID: "alias/app1/data", keySpec: .aes256, as: app)
        let byARN = #expect(throws: AWSError.self) {
            try zone.world.generateDataKey(keyID: key.arn, keySpec: .aes256, as: app)
        }
        #expect(byARN?.code == .accessDeniedException)
        #expect(try zone.world.describeKey(keyID: key.arn, as: app).keyID == key.keyID)
    }

    @Test("development roles cannot decrypt production data")
    func developmentCannotDecryptProduction() throws {
        var zone = try LandingZone()
        let prodAdmin = try zone.administrator(of: zone.prod)
        let runtimeARN = "arn:aws:iam::\(zone.prod):role/app1-runtime"
        let prodRuntime = try zone.roleSession(in: zone.prod, named: "app1-runtime", policy: Self.noPolicy)
        let policy = KMSKeyTests.keyPolicy(account: zone.prod, KMSKeyTests.allow(runtimeARN, Self.useActions))
        let key = try zone.world.createKey(policy: policy, as: prodAdmin)
        try zone.world.createAlias(aliasName: "alias/app1/prod/data", targetKeyID: key.keyID, as: prodAdmin)
        let sealed = try zone.world.encrypt(
            keyID: "alias/app1/prod/data", plaintext: Self.data, encryptionContext: ["app": "app1"], as: prodRuntime)
        // A development role, even with kms:* on every key, is refused by the key policy.
        let devRuntime = try zone.roleSession(in: zone.dev, named: "app1-runtime", policy: Self.allowAll())
        let error = #expect(throws: AWSError.self) {
            try zone.world.decrypt(
                ciphertextBlob: sealed.ciphertextBlob, encryptionContext: ["app": "app1"], as: devRuntime)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(error?.decision?.implicitDenyIn.contains(.resource) == true)
        // Who can decrypt: production principals only, each with the deciding statement.
        let findings = try zone.world.whoCan(withKey: zone.world.key(key.arn))
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.principal.accountID == zone.prod })
        #expect(findings.contains { $0.principal.arn == runtimeARN })
        #expect(findings.allSatisfy { !$0.decision.explanation.isEmpty })
    }

    @Test("key administrators and key users are told apart")
    func separationOfDuties() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        _ = try zone.roleSession(in: zone.prod, named: "key-admin", policy: Self.noPolicy)
        _ = try zone.roleSession(in: zone.prod, named: "key-user", policy: Self.noPolicy)
        let adminActions =
            #"["kms:Create*","kms:Describe*","kms:Enable*","kms:List*","kms:Put*","kms:Update*","kms:Revoke*","kms:Disable*","kms:Get*","kms:Delete*","kms:TagResource","kms:UntagResource","kms:ScheduleKeyDeletion","kms:CancelKeyDeletion"]"#
        let policy = KMSKeyTests.keyPolicy(
            account: zone.prod, rootDelegation: false,
            KMSKeyTests.allow("arn:aws:iam::\(zone.prod):role/OrganizationAccountAccessRole", #""kms:*""#),
            KMSKeyTests.allow("arn:aws:iam::\(zone.prod):role/key-admin", adminActions),
            KMSKeyTests.allow("arn:aws:iam::\(zone.prod):role/key-user", Self.useActions))
        let key = try zone.world.createKey(policy: policy, as: admin)
        let duties = try zone.world.keyDuties(of: zone.world.key(key.arn), in: [zone.prod])
        #expect(duties.administrators.map(\.name) == ["key-admin"])
        #expect(duties.users.map(\.name) == ["key-user"])
        #expect(duties.administratorsAndUsers.map(\.name) == ["OrganizationAccountAccessRole"])
    }

    @Test("RCPs apply to customer managed keys but not to AWS managed keys")
    func resourceControlPolicies() throws {
        var zone = try LandingZone(policyTypes: [.serviceControlPolicy, .resourceControlPolicy])
        let root = try zone.managementRoot
        let rcp = try zone.world.createOrganizationPolicy(
            name: "deny-kms", type: .resourceControlPolicy,
            content:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"kms:Decrypt","Resource":"*"}]}"#,
            as: root)
        try zone.world.attachPolicy(policyID: rcp.id, targetID: zone.prod, as: root)
        let admin = try zone.administrator(of: zone.prod)
        let customer = try zone.world.createKey(as: admin)
        let managed = try zone.world.awsManagedKey(service: "s3", accountID: zone.prod, region: "us-east-1")
        let viaS3 = admin.with { $0.calledVia = ["s3.amazonaws.com"] }
        let customerKey = try zone.world.key(customer.arn)
        let onCustomer = zone.world.authorize(
            AccessRequest(
                session: viaS3, action: "kms:Decrypt", resource: customerKey.resource,
                context: ["kms:CallerAccount": [zone.prod], "kms:ViaService": ["s3.us-east-1.amazonaws.com"]]))
        #expect(onCustomer.outcome == .explicitlyDenied)
        #expect(onCustomer.explicitDenyIn == [.rcp])
        let onManaged = zone.world.authorize(
            AccessRequest(
                session: viaS3, action: "kms:Decrypt", resource: managed.resource,
                context: ["kms:CallerAccount": [zone.prod], "kms:ViaService": ["s3.us-east-1.amazonaws.com"]]))
        #expect(onManaged.isAllowed)
        // Outside S3, the AWS managed key's fixed policy does not allow direct use.
        let direct = zone.world.authorize(
            AccessRequest(
                session: admin, action: "kms:Decrypt", resource: managed.resource,
                context: ["kms:CallerAccount": [zone.prod]]))
        #expect(!direct.isAllowed)
    }

    @Test("a prepared caller's remembered decisions follow every change to the key")
    func memoizedDecisions() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let app = try zone.roleSession(in: zone.prod, named: "app", policy: Self.allowAll())
        let caller = zone.world.prepare(app)
        let sealed = try zone.world.encrypt(
            keyID: key.keyID, plaintext: Self.data, encryptionContext: ["app": "app1"], as: caller)
        _ = try zone.world.encrypt(
            keyID: key.keyID, plaintext: Self.data, encryptionContext: ["app": "app1"], as: caller)
        // Another context is another decision.
        let denyOther = KMSKeyTests.keyPolicy(
            account: zone.prod,
            #"{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*","Condition":{"StringEquals":{"kms:EncryptionContext:app":"app2"}}}"#
        )
        try zone.world.putKeyPolicy(keyID: key.keyID, policy: denyOther, as: admin)
        let other = #expect(throws: AWSError.self) {
            try zone.world.encrypt(
                keyID: key.keyID, plaintext: Self.data, encryptionContext: ["app": "app2"], as: caller)
        }
        #expect(other?.decision?.outcome == .explicitlyDenied)
        _ = try zone.world.encrypt(
            keyID: key.keyID, plaintext: Self.data, encryptionContext: ["app": "app1"], as: caller)
        // A policy change after the decision was remembered is seen at once.
        let denyAll = KMSKeyTests.keyPolicy(
            account: zone.prod, #"{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*"}"#)
        try zone.world.putKeyPolicy(keyID: key.keyID, policy: denyAll, as: admin)
        let denied = #expect(throws: AWSError.self) {
            try zone.world.decrypt(
                ciphertextBlob: sealed.ciphertextBlob, encryptionContext: ["app": "app1"], as: caller)
        }
        #expect(denied?.code == .accessDeniedException)
        #expect(denied?.decision?.explanation.isEmpty == false)
    }

    @Test("a grantee may pass on no more than its own grant allows")
    func grantEscalation() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let delegate = try zone.roleSession(in: zone.prod, named: "delegate", policy: Self.noPolicy)
        let delegateARN = "arn:aws:iam::\(zone.prod):role/delegate"
        let workerARN = "arn:aws:iam::\(zone.prod):role/worker"
        _ = try zone.roleSession(in: zone.prod, named: "worker", policy: Self.noPolicy)
        try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: delegateARN, operations: [.decrypt, .createGrant],
            constraints: .encryptionContextSubset(["app": "app1"]), as: admin)
        try zone.world.createGrant(
            keyID: key.arn, granteePrincipal: workerARN, operations: [.decrypt],
            constraints: .encryptionContextSubset(["app": "app1", "env": "prod"]), as: delegate)
        let wider = #expect(throws: AWSError.self) {
            try zone.world.createGrant(
                keyID: key.arn, granteePrincipal: workerARN, operations: [.decrypt, .encrypt],
                constraints: .encryptionContextSubset(["app": "app1"]), as: delegate)
        }
        #expect(wider?.code == .accessDeniedException)
        let unconstrained = #expect(throws: AWSError.self) {
            try zone.world.createGrant(
                keyID: key.arn, granteePrincipal: workerARN, operations: [.decrypt], as: delegate)
        }
        #expect(unconstrained?.code == .accessDeniedException)
    }

    @Test("ReEncrypt needs ReEncryptFrom on the source and ReEncryptTo on the destination")
    func reEncryptPermissions() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let source = try zone.world.createKey(as: admin)
        let destination = try zone.world.createKey(as: admin)
        let sealed = try zone.world.encrypt(keyID: source.keyID, plaintext: Self.data, as: admin)
        let fromOnly = try zone.roleSession(
            in: zone.prod, named: "from-only",
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:ReEncryptFrom","Resource":"*"}]}"#
        )
        let error = #expect(throws: AWSError.self) {
            try zone.world.reEncrypt(
                ciphertextBlob: sealed.ciphertextBlob, destinationKeyID: destination.keyID, as: fromOnly)
        }
        #expect(error?.message.contains("kms:ReEncryptTo") == true)
        let both = try zone.roleSession(
            in: zone.prod, named: "both",
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:ReEncrypt*","Resource":"*"}]}"#)
        let moved = try zone.world.reEncrypt(
            ciphertextBlob: sealed.ciphertextBlob, destinationKeyID: destination.keyID, as: both)
        #expect(moved.keyID == destination.arn)
        // Without kms:Decrypt the caller still cannot read the plaintext itself.
        let read = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: moved.ciphertextBlob, as: both)
        }
        #expect(read?.code == .accessDeniedException)
    }

    @Test("ListKeys pages with markers and refuses a foreign marker")
    func listKeysPages() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        var created: [String] = []
        for _ in 0..<5 { created.append(try zone.world.createKey(as: admin).keyID) }
        let first = try zone.world.listKeys(limit: 2, as: admin)
        #expect(first.truncated && first.entries.map(\.keyID) == Array(created.prefix(2)))
        let second = try zone.world.listKeys(limit: 10, marker: first.nextMarker, as: admin)
        #expect(!second.truncated && second.entries.map(\.keyID) == Array(created.dropFirst(2)))
        let bad = #expect(throws: AWSError.self) { try zone.world.listKeys(marker: "x", as: admin) }
        #expect(bad?.code == .invalidMarker)
        let limit = #expect(throws: AWSError.self) { try zone.world.listKeys(limit: 0, as: admin) }
        #expect(limit?.code == .kmsValidation)
    }
}
