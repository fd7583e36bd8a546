import Foundation
import LZPolicy
import LZSim
import Testing

/// KMS keys: creation, key policies and their lockout check, aliases, states on the clock.
@Suite struct KMSKeyTests {
    static let data = Data("production data".utf8)

    /// A key policy with the account principal (or not) and extra statements.
    static func keyPolicy(account: String, rootDelegation: Bool = true, _ statements: String...) -> String {
        var all = statements
        if rootDelegation {
            all.insert(
                #"{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(account):root"},"Action":"kms:*","Resource":"*"}"#,
                at: 0)
        }
        return #"{"Version":"2012-10-17","Statement":[\#(all.joined(separator: ","))]}"#
    }

    static func allow(_ principal: String, _ actions: String, condition: String = "") -> String {
        let conditionMember = condition.isEmpty ? "" : #","Condition":\#(condition)"#
        return
            #"{"Effect":"Allow","Principal":{"AWS":"\#(principal)"},"Action":\#(actions),"Resource":"*"\#(conditionMember)}"#
    }

    @Test("CreateKey without a policy gets AWS's default policy, which delegates to IAM")
    func defaultPolicy() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(description: "prod data", as: admin)
        #expect(key.keyState == .enabled)
        #expect(key.keySpec == .symmetricDefault)
        #expect(key.keyUsage == .encryptDecrypt)
        #expect(key.keyManager == .customer)
        #expect(key.arn == "arn:aws:kms:us-east-1:\(zone.prod):key/\(key.keyID)")
        #expect(key.encryptionAlgorithms == [.symmetricDefault])
        let policy = try zone.world.getKeyPolicy(keyID: key.keyID, as: admin)
        #expect(policy.contains(#""AWS": "arn:aws:iam::\#(zone.prod):root""#))
        #expect(policy.contains(#""Action": "kms:*""#))
        let sealed = try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: admin)
        #expect(try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: admin).plaintext == Self.data)
    }

    @Test("every key spec is accepted with the usages AWS allows and refused with the others")
    func specsAndUsages() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        for spec in KeySpec.allCases {
            for usage in KeyUsage.allCases {
                let allowed = spec.allowedUsages.contains(usage) && spec != .sm2
                if allowed {
                    let key = try zone.world.createKey(keyUsage: usage, keySpec: spec, as: admin)
                    #expect(key.keySpec == spec && key.keyUsage == usage)
                } else {
                    let error = #expect(throws: AWSError.self) {
                        try zone.world.createKey(keyUsage: usage, keySpec: spec, as: admin)
                    }
                    #expect(error?.code == .kmsValidation)
                    #expect(error?.message.contains(spec.rawValue) == true)
                }
            }
        }
        // HMAC keys need their usage named: the default ENCRYPT_DECRYPT does not fit.
        let error = #expect(throws: AWSError.self) { try zone.world.createKey(keySpec: .hmac256, as: admin) }
        #expect(error?.message.contains("ENCRYPT_DECRYPT is not compatible with KeySpec HMAC_256") == true)
    }

    @Test("creating 250 RSA 4096 keys makes no key material")
    func lazyMaterial() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let start = Date()
        for _ in 0..<250 {
            try zone.world.createKey(keyUsage: .signVerify, keySpec: .rsa4096, as: admin)
        }
        // Generating 250 RSA 4096 keys would take minutes; creating them must not.
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test("the lockout safety check refuses a policy that locks the caller out, unless bypassed")
    func lockoutCheck() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let someoneElse = Self.keyPolicy(
            account: zone.prod, rootDelegation: false,
            Self.allow("arn:aws:iam::\(zone.prod):role/OrganizationAccountAccessRole", #""kms:Encrypt""#))
        let error = #expect(throws: AWSError.self) { try zone.world.createKey(policy: someoneElse, as: admin) }
        #expect(error?.code == .malformedPolicyException)
        #expect(error?.message.contains("will not allow you to update the key policy") == true)
        let key = try zone.world.createKey(policy: someoneElse, bypassPolicyLockoutSafetyCheck: true, as: admin)
        // Locked out: even an administrator with kms:* in IAM cannot change the policy now.
        let denied = #expect(throws: AWSError.self) {
            try zone.world.putKeyPolicy(
                keyID: key.keyID, policy: World.defaultKeyPolicy(accountID: zone.prod), as: admin)
        }
        #expect(denied?.code == .accessDeniedException)
    }

    @Test("a key policy naming a principal that does not exist is malformed")
    func unknownPrincipal() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let policy = Self.keyPolicy(
            account: zone.prod, Self.allow("arn:aws:iam::\(zone.prod):role/NoSuchRole", #""kms:Decrypt""#))
        let error = #expect(throws: AWSError.self) { try zone.world.createKey(policy: policy, as: admin) }
        #expect(error?.code == .malformedPolicyException)
        #expect(error?.message.contains("role/NoSuchRole") == true)
        let malformed = #expect(throws: AWSError.self) { try zone.world.createKey(policy: "{", as: admin) }
        #expect(malformed?.code == .malformedPolicyException)
    }

    @Test("aliases: the aws/ prefix is reserved, names are unique, and requests may use them")
    func aliases() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let other = try zone.world.createKey(as: admin)
        try zone.world.createAlias(aliasName: "alias/app1/prod/data", targetKeyID: key.keyID, as: admin)
        let reserved = #expect(throws: AWSError.self) {
            try zone.world.createAlias(aliasName: "alias/aws/s3", targetKeyID: key.keyID, as: admin)
        }
        #expect(reserved?.code == .notAuthorized)
        let taken = #expect(throws: AWSError.self) {
            try zone.world.createAlias(aliasName: "alias/app1/prod/data", targetKeyID: other.keyID, as: admin)
        }
        #expect(taken?.code == .alreadyExists)
        let bad = #expect(throws: AWSError.self) {
            try zone.world.createAlias(aliasName: "app1", targetKeyID: key.keyID, as: admin)
        }
        #expect(bad?.code == .kmsValidation)
        let sealed = try zone.world.encrypt(keyID: "alias/app1/prod/data", plaintext: Self.data, as: admin)
        #expect(sealed.keyID == key.arn)
        #expect(try zone.world.describeKey(keyID: "alias/app1/prod/data", as: admin).keyID == key.keyID)
        try zone.world.updateAlias(aliasName: "alias/app1/prod/data", targetKeyID: other.keyID, as: admin)
        #expect(try zone.world.describeKey(keyID: "alias/app1/prod/data", as: admin).keyID == other.keyID)
        let listed = try zone.world.listAliases(as: admin).entries
        #expect(listed.filter { $0.targetKeyID != nil }.map(\.aliasName) == ["alias/app1/prod/data"])
        // AWS managed keys' aliases are listed before their keys exist, without a target.
        #expect(listed.contains { $0.aliasName == "alias/aws/ebs" && $0.targetKeyID == nil })
        try zone.world.deleteAlias(aliasName: "alias/app1/prod/data", as: admin)
        let gone = #expect(throws: AWSError.self) {
            try zone.world.describeKey(keyID: "alias/app1/prod/data", as: admin)
        }
        #expect(gone?.code == .notFound)
        // Management operations take no alias.
        try zone.world.createAlias(aliasName: "alias/x", targetKeyID: key.keyID, as: admin)
        let noAlias = #expect(throws: AWSError.self) { try zone.world.disableKey(keyID: "alias/x", as: admin) }
        #expect(noAlias?.code == .notFound)
    }

    @Test("DisableKey makes the key unusable with DisabledException; EnableKey restores it")
    func disabled() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let sealed = try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: admin)
        try zone.world.disableKey(keyID: key.keyID, as: admin)
        #expect(try zone.world.describeKey(keyID: key.keyID, as: admin).keyState == .disabled)
        let error = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: admin)
        }
        #expect(error?.code == .disabled)
        try zone.world.enableKey(keyID: key.keyID, as: admin)
        #expect(try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: admin).plaintext == Self.data)
    }

    @Test("a key scheduled for deletion is pending, then gone once the clock passes the date")
    func deletionOnTheClock() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let sealed = try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: admin)
        for days in [6, 31] {
            let error = #expect(throws: AWSError.self) {
                try zone.world.scheduleKeyDeletion(keyID: key.keyID, pendingWindowInDays: days, as: admin)
            }
            #expect(error?.code == .kmsValidation)
            #expect(error?.message.contains("\(days)") == true)
        }
        let scheduled = try zone.world.scheduleKeyDeletion(keyID: key.keyID, pendingWindowInDays: 7, as: admin)
        #expect(scheduled.keyState == .pendingDeletion)
        #expect(scheduled.deletionDate == zone.world.now + 7 * 86_400)
        let pending = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: admin)
        }
        #expect(pending?.code == .kmsInvalidState)
        // Cancelling brings the key back disabled.
        try zone.world.cancelKeyDeletion(keyID: key.keyID, as: admin)
        #expect(try zone.world.describeKey(keyID: key.keyID, as: admin).keyState == .disabled)
        try zone.world.scheduleKeyDeletion(keyID: key.keyID, pendingWindowInDays: 7, as: admin)
        try zone.world.advanceClock(by: 6 * 86_400)
        var later = try zone.administrator(of: zone.prod)
        #expect(try zone.world.describeKey(keyID: key.keyID, as: later).keyState == .pendingDeletion)
        try zone.world.advanceClock(by: 86_400)
        later = try zone.administrator(of: zone.prod)
        let gone = #expect(throws: AWSError.self) { try zone.world.describeKey(keyID: key.keyID, as: later) }
        #expect(gone?.code == .notFound)
        #expect(try zone.world.listKeys(as: later).entries.isEmpty)
    }

    @Test("an SCP can demand a 30-day deletion window through kms:ScheduleKeyDeletionPendingWindowInDays")
    func deletionWindowGuardrail() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let scp =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"kms:ScheduleKeyDeletion","Resource":"*","Condition":{"NumericLessThan":{"kms:ScheduleKeyDeletionPendingWindowInDays":"30"}}}]}"#
        let policy = try zone.world.createOrganizationPolicy(
            name: "G15", type: .serviceControlPolicy, content: scp, as: root)
        try zone.world.attachPolicy(policyID: policy.id, targetID: zone.prod, as: root)
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.scheduleKeyDeletion(keyID: key.keyID, pendingWindowInDays: 7, as: admin)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(error?.message.contains("explicit deny in a service control policy") == true)
        try zone.world.scheduleKeyDeletion(keyID: key.keyID, pendingWindowInDays: 30, as: admin)
    }

    @Test("tags are listed and feed aws:ResourceTag conditions")
    func tags() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(tags: ["env": "prod"], as: admin)
        try zone.world.tagResource(keyID: key.keyID, tags: ["team": "app1"], as: admin)
        #expect(try zone.world.listResourceTags(keyID: key.keyID, as: admin).map(\.key) == ["env", "team"])
        try zone.world.untagResource(keyID: key.keyID, tagKeys: ["team"], as: admin)
        #expect(try zone.world.listResourceTags(keyID: key.keyID, as: admin).map(\.key) == ["env"])
        let reserved = #expect(throws: AWSError.self) {
            try zone.world.tagResource(keyID: key.keyID, tags: ["aws:x": "y"], as: admin)
        }
        #expect(reserved?.code == .tagException)
        let reader = try zone.roleSession(
            in: zone.prod, named: "reader",
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Encrypt","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/env":"dev"}}}]}"#
        )
        let error = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.arn, plaintext: Self.data, as: reader)
        }
        #expect(error?.code == .accessDeniedException)
    }

    @Test("bad input: unknown keys, malformed IDs, other Regions and empty IDs name the value")
    func badInput() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let missing = "11111111-2222-3333-4444-555555555555"
        let notFound = #expect(throws: AWSError.self) { try zone.world.describeKey(keyID: missing, as: admin) }
        #expect(notFound?.code == .notFound)
        #expect(notFound?.message.contains(missing) == true)
        let malformed = #expect(throws: AWSError.self) { try zone.world.describeKey(keyID: "not-a-key", as: admin) }
        #expect(malformed?.code == .notFound)
        #expect(malformed?.message.contains("not-a-key") == true)
        let empty = #expect(throws: AWSError.self) { try zone.world.describeKey(keyID: "", as: admin) }
        #expect(empty?.code == .kmsValidation)
        let key = try zone.world.createKey(as: admin)
        let elsewhere = key.arn.replacingOccurrences(of: "us-east-1", with: "eu-west-1")
        let region = #expect(throws: AWSError.self) { try zone.world.describeKey(keyID: elsewhere, as: admin) }
        #expect(region?.code == .notFound)
        let tooBig = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.keyID, plaintext: Data(count: 4_097), as: admin)
        }
        #expect(tooBig?.code == .kmsValidation)
        #expect(tooBig?.message.contains("4097") == true)
        let emptyContextKey = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, encryptionContext: ["": "x"], as: admin)
        }
        #expect(emptyContextKey?.code == .kmsValidation)
        let wrongType = #expect(throws: AWSError.self) {
            _ = try EncryptionContext(encryptionContextJSON: ["app": "app1", "version": 2])
        }
        #expect(wrongType?.code == .kmsValidation)
        #expect(wrongType?.message.contains("version") == true)
    }
}
