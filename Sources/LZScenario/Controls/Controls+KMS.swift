import Foundation
import LZPolicy
import LZReport
import LZSim

/// Security Hub's KMS controls (https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html).
extension ControlCatalog {
    static let kms: [Control] = [
        Control(
            id: "KMS.1", title: "IAM customer managed policies should not allow decryption actions on all KMS keys",
            service: "kms", severity: .medium, mappings: [.init(framework: .fsbp, reference: "KMS.1")],
            parameters: [], resourceType: "AWS::IAM::Policy", needs: "customer managed policies",
            logic:
                "Each customer managed policy by its default version: NON_COMPLIANT if an Allow statement grants "
                + "kms:Decrypt or kms:ReEncryptFrom on every key (Resource \"*\" or a key ARN whose key ID is a "
                + "wildcard). Judged from Action and Resource only: conditions are ignored, as Security Hub does. "
                + "Boundary policies excluded.",
            requirement: "kms:Decrypt and kms:ReEncryptFrom only on named keys",
            remediation: "Name the key ARNs the policy's users decrypt with in the statement's Resource",
            evaluate: { input in
                customerPolicies(input).map { account, policy in
                    let status: ControlStatus =
                        if let (statement, action) = PolicyStatements.decryptOnAllKeys(policy.policy) {
                            .nonCompliant("policy '\(policy.name)' allows \(action) on all keys (\(statement.label))")
                        } else {
                            .compliant("policy '\(policy.name)' limits decryption to named keys")
                        }
                    return input.finding(account, "policy", policy.name, id: policy.arn, status)
                }
            }),
        Control(
            id: "KMS.2",
            title: "IAM principals should not have IAM inline policies that allow decryption actions on all KMS keys",
            service: "kms", severity: .medium, mappings: [.init(framework: .fsbp, reference: "KMS.2")],
            parameters: [], resourceType: "AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group",
            needs: "users, groups or roles with inline policies",
            logic:
                "Each user, group and role with inline policies: NON_COMPLIANT if one of them has an Allow statement "
                + "granting kms:Decrypt or kms:ReEncryptFrom on every key. Conditions are ignored.",
            requirement: "inline policies allow kms:Decrypt and kms:ReEncryptFrom only on named keys",
            remediation: "Name the key ARNs in the inline policy's Resource instead of \"*\"",
            evaluate: { input in
                input.accounts.flatMap { account -> [ControlFinding] in
                    guard let iam = input.world.account(account.id)?.iam else { return [] }
                    var holders: [(String, String, String, [String: InlinePolicy], [String: String]?)] = []
                    holders += iam.users.values.map { ("user", $0.name, $0.arn, $0.inlinePolicies, $0.tags) }
                    holders += iam.groups.values.map { ("group", $0.name, $0.arn, $0.inlinePolicies, [:]) }
                    holders += iam.roles.values.map { ("role", $0.name, $0.arn, $0.inlinePolicies, $0.tags) }
                    return holders.filter { !$0.3.isEmpty }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map {
                        type, name, arn, policies, tags in
                        var status = ControlStatus.compliant(
                            "\(type) '\(name)' has no inline policy decrypting with every key")
                        for (policyName, inline) in policies.sorted(by: { $0.key < $1.key }) {
                            if let (statement, action) = PolicyStatements.decryptOnAllKeys(inline.policy) {
                                status = .nonCompliant(
                                    "\(type) '\(name)' inline policy '\(policyName)' allows \(action) on all keys "
                                        + "(\(statement.label))")
                                break
                            }
                        }
                        return input.finding(account.name, type, name, id: arn, status, tags: tags)
                    }
                }
            }),
        Control(
            id: "KMS.3", title: "AWS KMS keys should not be deleted unintentionally", service: "kms",
            severity: .critical, mappings: [.init(framework: .fsbp, reference: "KMS.3")], parameters: [],
            resourceType: "AWS::KMS::Key", needs: "customer managed KMS keys",
            logic: "Each customer managed key: NON_COMPLIANT if its state is PendingDeletion "
                + "(kms-cmk-not-scheduled-for-deletion).",
            requirement: "the key is not scheduled for deletion",
            remediation: "Cancel the deletion with CancelKeyDeletion if the key is still needed",
            evaluate: { input in
                customerKeys(input).map { account, key in
                    let state = input.world.keyState(key)
                    let status: ControlStatus =
                        state == .pendingDeletion || state == .pendingReplicaDeletion
                        ? .nonCompliant(
                            "key \(keyName(key, input)) is \(state!.rawValue), deleted on "
                                + "\(input.world.deletionDate(of: key).map(day) ?? "its scheduled date")")
                        : .compliant("key \(keyName(key, input)) is \(state?.rawValue ?? "live")")
                    return input.finding(account, "key", keyName(key, input), id: key.arn, status, tags: key.tags)
                }
            }),
        Control(
            id: "KMS.4", title: "AWS KMS key rotation should be enabled", service: "kms", severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "KMS.4"), .init(framework: .cis30, reference: "3.6")],
            parameters: [], resourceType: "AWS::KMS::Key", needs: "customer managed symmetric KMS keys",
            logic:
                "Each customer managed symmetric encryption key with AWS KMS key material: NON_COMPLIANT if automatic "
                + "rotation is off (cmk-backing-key-rotation-enabled). Asymmetric, HMAC and imported keys cannot "
                + "rotate automatically and are not evaluated.",
            requirement: "automatic key rotation enabled",
            remediation: "Turn on automatic rotation with EnableKeyRotation",
            evaluate: { input in
                customerKeys(input).filter { $0.1.keySpec == .symmetricDefault && $0.1.origin == .awsKMS }.map {
                    account, key in
                    let rotation = input.world.keyRotationStatus(key)
                    let status: ControlStatus =
                        rotation.keyRotationEnabled
                        ? .compliant(
                            "key \(keyName(key, input)) rotates every \(rotation.rotationPeriodInDays ?? 365) days")
                        : .nonCompliant("key \(keyName(key, input)) does not rotate automatically")
                    return input.finding(account, "key", keyName(key, input), id: key.arn, status, tags: key.tags)
                }
            }),
        Control(
            id: "KMS.5", title: "KMS keys should not be publicly accessible", service: "kms", severity: .critical,
            mappings: [.init(framework: .fsbp, reference: "KMS.5")], parameters: [], resourceType: "AWS::KMS::Key",
            needs: "customer managed KMS keys",
            logic:
                "Each customer managed key: NON_COMPLIANT if its key policy allows a wildcard principal (\"*\" or "
                + "AWS \"*\") without a condition pinning the caller (account, organization, principal, source) to "
                + "fixed values; values with wildcards or policy variables do not pin (kms-key-policy-no-public-access).",
            requirement: "no Allow statement for a wildcard principal without a fixed caller condition",
            remediation: "Name the principals in the key policy, or add a condition such as aws:PrincipalOrgID",
            evaluate: { input in
                customerKeys(input).map { account, key in
                    let status: ControlStatus =
                        if let statement = PolicyStatements.publicGrant(key.policy) {
                            .nonCompliant(
                                "key \(keyName(key, input)) policy allows any principal (\(statement.label)) "
                                    + "without a fixed caller condition")
                        } else {
                            .compliant("key \(keyName(key, input)) policy names its principals")
                        }
                    return input.finding(account, "key", keyName(key, input), id: key.arn, status, tags: key.tags)
                }
            }),
    ]

    /// Customer managed keys of the accounts in scope, sorted by account name and ARN.
    static func customerKeys(_ input: ControlInput) -> [(String, KMSKey)] {
        input.accounts.flatMap { account in
            input.world.keys(in: account.id).filter { $0.keyManager == .customer }.map { (account.name, $0) }
        }
    }

    /// The scenario's name for a key, else its first alias, else its ID.
    static func keyName(_ key: KMSKey, _ input: ControlInput) -> String {
        if let label = input.labels[key.arn] { return label }
        if let alias = key.aliasNames.sorted().first { return String(alias.dropFirst("alias/".count)) }
        return key.keyID
    }

    /// `2026-03-01`.
    static func day(_ date: Date) -> String {
        String(ReportFormat.timestamp(date).prefix(10))
    }
}
