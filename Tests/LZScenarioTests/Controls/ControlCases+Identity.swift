import Foundation
import LZSim

@testable import LZScenario

/// The IAM and KMS controls' fixtures.
extension ControlCase {
    static let identity: [ControlCase] = [
        ControlCase(
            id: "IAM.1",
            compliant: { fixture in
                try fixture.world.createPolicy(
                    policyName: "readers", policyDocument: ControlFixture.allow("s3:GetObject"), as: fixture.admin)
                return .init(
                    resource: "app/policy/readers",
                    status: .compliant("policy 'readers' grants no full administrative access"))
            },
            nonCompliant: { fixture in
                try fixture.world.createPolicy(
                    policyName: "admins", policyDocument: ControlFixture.allow("*"), as: fixture.admin)
                return .init(
                    resource: "app/policy/admins",
                    status: .nonCompliant("policy 'admins' allows Action \"*\" on Resource \"*\" (Sid \"Grant\")"))
            }),
        ControlCase(
            id: "IAM.2",
            compliant: { fixture in
                _ = try fixture.world.createUser(userName: "alice", as: fixture.admin)
                return .init(resource: "app/user/alice", status: .compliant("user 'alice' has no policies of its own"))
            },
            nonCompliant: { fixture in
                _ = try fixture.world.createUser(userName: "bob", as: fixture.admin)
                try fixture.world.putUserPolicy(
                    userName: "bob", policyName: "own", policyDocument: ControlFixture.allow("s3:GetObject"),
                    as: fixture.admin)
                return .init(resource: "app/user/bob", status: .nonCompliant("user 'bob' has policies inline 'own'"))
            }),
        ControlCase(
            id: "IAM.21",
            compliant: { fixture in
                try fixture.world.createPolicy(
                    policyName: "readers", policyDocument: ControlFixture.allow("s3:GetObject"), as: fixture.admin)
                return .init(resource: "app/policy/readers", status: .compliant("policy 'readers' names its actions"))
            },
            nonCompliant: { fixture in
                try fixture.world.createPolicy(
                    policyName: "s3-all", policyDocument: ControlFixture.allow("s3:*"), as: fixture.admin)
                return .init(
                    resource: "app/policy/s3-all",
                    status: .nonCompliant("policy 's3-all' allows \"s3:*\" (Sid \"Grant\")"))
            }),
        ControlCase(
            id: "KMS.1",
            compliant: { fixture in
                try fixture.world.createPolicy(
                    policyName: "decrypt-one",
                    policyDocument: ControlFixture.allow(
                        "kms:Decrypt", "arn:aws:kms:eu-west-1:\(fixture.app):key/1234"),
                    as: fixture.admin)
                return .init(
                    resource: "app/policy/decrypt-one",
                    status: .compliant("policy 'decrypt-one' limits decryption to named keys"))
            },
            nonCompliant: { fixture in
                // Security Hub ignores conditions: a key ARN wildcard fails whatever the condition says.
                try fixture.world.createPolicy(
                    policyName: "decrypt-any",
                    policyDocument: ControlFixture.allow("kms:De*", "arn:aws:kms:*:*:key/*"), as: fixture.admin)
                return .init(
                    resource: "app/policy/decrypt-any",
                    status: .nonCompliant("policy 'decrypt-any' allows kms:Decrypt on all keys (Sid \"Grant\")"))
            }),
        ControlCase(
            id: "KMS.2",
            compliant: { fixture in
                _ = try fixture.world.createGroup(groupName: "ops", as: fixture.admin)
                try fixture.world.putGroupPolicy(
                    groupName: "ops", policyName: "logs", policyDocument: ControlFixture.allow("logs:Get*"),
                    as: fixture.admin)
                return .init(
                    resource: "app/group/ops",
                    status: .compliant("group 'ops' has no inline policy decrypting with every key"))
            },
            nonCompliant: { fixture in
                _ = try fixture.world.createUser(userName: "carol", as: fixture.admin)
                try fixture.world.putUserPolicy(
                    userName: "carol", policyName: "reencrypt",
                    policyDocument:
                        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["kms:ReEncrypt*"],"Resource":"*","Condition":{"StringEquals":{"kms:ViaService":"s3.eu-west-1.amazonaws.com"}}}]}"#,
                    as: fixture.admin)
                return .init(
                    resource: "app/user/carol",
                    status: .nonCompliant(
                        "user 'carol' inline policy 'reencrypt' allows kms:ReEncryptFrom on all keys (statement 0)"))
            }),
        ControlCase(
            id: "KMS.3",
            compliant: { fixture in
                let key = try fixture.world.createKey(as: fixture.admin)
                return .init(resource: "app/key/\(key.keyID)", status: .compliant("key \(key.keyID) is Enabled"))
            },
            nonCompliant: { fixture in
                let key = try fixture.world.createKey(as: fixture.admin)
                try fixture.world.createAlias(aliasName: "alias/old", targetKeyID: key.keyID, as: fixture.admin)
                _ = try fixture.world.scheduleKeyDeletion(keyID: key.keyID, pendingWindowInDays: 7, as: fixture.admin)
                return .init(
                    resource: "app/key/old",
                    status: .nonCompliant("key old is PendingDeletion, deleted on 2026-01-08"))
            }),
        ControlCase(
            id: "KMS.4",
            compliant: { fixture in
                let key = try fixture.world.createKey(as: fixture.admin)
                try fixture.world.enableKeyRotation(keyID: key.keyID, rotationPeriodInDays: 180, as: fixture.admin)
                return .init(
                    resource: "app/key/\(key.keyID)", status: .compliant("key \(key.keyID) rotates every 180 days"))
            },
            nonCompliant: { fixture in
                let key = try fixture.world.createKey(as: fixture.admin)
                return .init(
                    resource: "app/key/\(key.keyID)",
                    status: .nonCompliant("key \(key.keyID) does not rotate automatically"))
            }),
        ControlCase(
            id: "KMS.5",
            compliant: { fixture in
                let key = try fixture.world.createKey(
                    policy: publicKeyPolicy(fixture.app, pinned: true), as: fixture.admin)
                return .init(
                    resource: "app/key/\(key.keyID)", status: .compliant("key \(key.keyID) policy names its principals")
                )
            },
            nonCompliant: { fixture in
                let key = try fixture.world.createKey(
                    policy: publicKeyPolicy(fixture.app, pinned: false), as: fixture.admin)
                return .init(
                    resource: "app/key/\(key.keyID)",
                    status: .nonCompliant(
                        "key \(key.keyID) policy allows any principal (Sid \"Everyone\") without a fixed caller condition"
                    ))
            }),
    ]

    /// A key policy for the account's root, plus a statement for everyone, pinned to the account or
    /// only by a wildcard value (which does not pin, as the Config rule reads it).
    static func publicKeyPolicy(_ account: String, pinned: Bool) -> String {
        let value = pinned ? account : "*"
        return
            #"{"Version":"2012-10-17","Statement":[{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(account):root"},"Action":"kms:*","Resource":"*"},{"Sid":"Everyone","Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringLike":{"kms:CallerAccount":"\#(value)"}}}]}"#
    }
}
