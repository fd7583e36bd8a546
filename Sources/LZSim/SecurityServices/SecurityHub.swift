public import Foundation

/// Security Hub switched on in one account and Region.
public struct SecurityHubHub: Sendable, Hashable {
    /// Where the hub is.
    public let place: AccountRegion
    /// When the account subscribed.
    public let subscribedAt: Date
    /// The ARNs of the standards enabled, each as its standard's ARN.
    public internal(set) var standards: Set<String>
    /// The Security Hub administrator account this account is a member of, if any.
    public internal(set) var administratorAccountID: String?

    /// `arn:aws:securityhub:REGION:ACCOUNT:hub/default`.
    public func arn(partition: String = "aws") -> String {
        "arn:\(partition):securityhub:\(place.region):\(place.accountID):hub/default"
    }
}

/// A Security Hub standard, by the short name scenarios use and the ARN the API takes
/// (https://docs.aws.amazon.com/securityhub/latest/userguide/standards-reference.html).
public struct SecurityHubStandard: Sendable, Hashable {
    /// The short name: `aws-foundational-security-best-practices`, `cis-aws-foundations-benchmark/v/3.0.0`...
    public let name: String
    /// The standard's path after `standards/` (or `ruleset/` for CIS 1.2.0).
    let path: String
    /// Whether `EnableSecurityHub` enables it by default.
    public let isDefault: Bool

    /// The standard's ARN in a Region.
    public func arn(region: String, partition: String = "aws") -> String {
        path.hasPrefix("ruleset/")
            ? "arn:\(partition):securityhub:::\(path)" : "arn:\(partition):securityhub:\(region)::standards/\(path)"
    }

    /// The standards Security Hub offers.
    public static let all: [SecurityHubStandard] = [
        .init(
            name: "aws-foundational-security-best-practices",
            path: "aws-foundational-security-best-practices/v/1.0.0", isDefault: true),
        .init(
            name: "cis-aws-foundations-benchmark/v/1.2.0", path: "ruleset/cis-aws-foundations-benchmark/v/1.2.0",
            isDefault: true),
        .init(
            name: "cis-aws-foundations-benchmark/v/1.4.0", path: "cis-aws-foundations-benchmark/v/1.4.0",
            isDefault: false),
        .init(
            name: "cis-aws-foundations-benchmark/v/3.0.0", path: "cis-aws-foundations-benchmark/v/3.0.0",
            isDefault: false),
        .init(name: "nist-800-53/v/5.0.0", path: "nist-800-53/v/5.0.0", isDefault: false),
        .init(name: "pci-dss/v/3.2.1", path: "pci-dss/v/3.2.1", isDefault: false),
        .init(
            name: "aws-resource-tagging-standard/v/1.0.0", path: "aws-resource-tagging-standard/v/1.0.0",
            isDefault: false),
    ]

    /// The standard with this short name or ARN (in any Region).
    public static func named(_ nameOrARN: String) -> SecurityHubStandard? {
        all.first { standard in
            standard.name == nameOrARN || nameOrARN.hasSuffix("::standards/\(standard.path)")
                || nameOrARN.hasSuffix(":::\(standard.path)")
        }
    }
}

/// Security Hub's state in the world.
public struct SecurityHubState: Sendable {
    /// Hubs by place.
    public internal(set) var hubs: [AccountRegion: SecurityHubHub] = [:]
    /// Per Region, whether the administrator enables Security Hub for accounts that join the
    /// organization, and whether with the default standards.
    public internal(set) var autoEnable: [String: (enable: Bool, defaultStandards: Bool)] = [:]
}
