import Foundation
public import LZPolicy

/// An AWS organization: a root, nested organizational units, member accounts, and the
/// authorization policies (SCPs and RCPs) attached at each level.
public struct Organization: Sendable {
    /// The organization's ID, `o-` and 10 characters.
    public let id: String
    /// `arn:aws:organizations::MGMT:organization/o-...`.
    public let arn: String
    /// The management account, which SCPs and RCPs never restrict.
    public let managementAccountID: String
    /// The root's ID, `r-` and 4 characters.
    public let rootID: String
    /// The policy types enabled on the root.
    public internal(set) var enabledPolicyTypes: Set<OrganizationPolicyType>
    /// OUs by ID.
    public internal(set) var organizationalUnits: [String: OrganizationalUnit]
    /// The parent (root or OU ID) of every OU and member account.
    public internal(set) var parents: [String: String]
    /// Customer managed SCPs and RCPs by ID.
    public internal(set) var policies: [String: OrganizationPolicy]
    /// Attached policy IDs per target (root, OU or account ID), in attachment order.
    public internal(set) var attachments: [String: [String]]
    /// Delegated administrator accounts per service principal.
    public internal(set) var delegatedAdministrators: [String: Set<String>]

    /// OUs may nest five levels below the root
    /// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html).
    static let maximumOUDepth = 5
    /// At most five SCPs (and five RCPs) may be attached directly to a root, OU or account.
    static let maximumPoliciesPerTarget = 5

    /// The root's ARN.
    public var rootARN: String {
        "arn:aws:organizations::\(managementAccountID):root/\(id)/\(rootID)"
    }

    /// The IDs from the root down to `target` (root first, `target` last).
    public func path(to target: String) -> [String] {
        var chain = [target]
        var current = target
        while let parent = parents[current] {
            chain.append(parent)
            current = parent
        }
        return chain.reversed()
    }

    /// The member accounts, including the management account.
    public var accountIDs: [String] {
        parents.keys.filter { !$0.hasPrefix("ou-") }.sorted()
    }

    /// `aws:PrincipalOrgPaths` / `aws:ResourceOrgPaths` for an account: `o-x/r-y/ou-a/ou-b/`.
    public func organizationPath(of accountID: String) -> String? {
        guard parents[accountID] != nil else { return nil }
        let levels = path(to: accountID).dropLast()
        return ([id] + levels).joined(separator: "/") + "/"
    }

    /// The direct children (OUs and accounts) of a root or OU, sorted by ID.
    public func children(of parentID: String) -> [String] {
        parents.filter { $0.value == parentID }.map(\.key).sorted()
    }
}

/// An organizational unit.
public struct OrganizationalUnit: Sendable {
    /// `ou-` and the root and unit characters.
    public let id: String
    /// The OU's ARN.
    public let arn: String
    /// The OU's name, unique among its siblings.
    public internal(set) var name: String
}

/// The authorization policy types lzsim simulates.
public enum OrganizationPolicyType: String, Sendable, Hashable, CaseIterable {
    /// Service control policies: the most a member account's principals may do.
    case serviceControlPolicy = "SERVICE_CONTROL_POLICY"
    /// Resource control policies: the most anyone may do to a member account's resources.
    case resourceControlPolicy = "RESOURCE_CONTROL_POLICY"

    /// The policy kind its documents are validated as.
    var policyKind: PolicyKind { self == .serviceControlPolicy ? .scp : .rcp }

    /// The ARN segment, `service_control_policy` or `resource_control_policy`.
    var arnSegment: String { rawValue.lowercased() }

    /// `organizations:PolicyType`, which guardrails use to protect SCP and RCP management.
    var requestContext: [String: [String]] { ["organizations:PolicyType": [rawValue]] }
}

/// An SCP or RCP stored in the organization.
public struct OrganizationPolicy: Sendable {
    /// `p-` and 8 characters, or `p-FullAWSAccess` for AWS's.
    public let id: String
    /// The policy's ARN.
    public let arn: String
    /// The policy's name.
    public internal(set) var name: String
    /// The description.
    public internal(set) var description: String
    /// SCP or RCP.
    public let type: OrganizationPolicyType
    /// The document as written.
    public internal(set) var content: String
    /// The compiled document.
    public internal(set) var policy: Policy
    /// Whether AWS manages the policy (`FullAWSAccess`, `RCPFullAWSAccess`).
    public let isAWSManaged: Bool
}
