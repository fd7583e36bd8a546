public import Foundation

/// An IAM Access Analyzer external access analyzer.
public struct Analyzer: Sendable, Hashable {
    /// The name, unique in its account and Region.
    public let name: String
    /// `arn:aws:access-analyzer:REGION:ACCOUNT:analyzer/NAME`.
    public let arn: String
    /// `ACCOUNT` or `ORGANIZATION`: the zone of trust.
    public let type: AnalyzerType
    /// Where the analyzer is.
    public let place: AccountRegion
    /// When it was created.
    public let createdAt: Date
    /// The zone of trust: the analyzer's account, or its organization.
    public let zone: ZoneOfTrust
}

/// An analyzer's type: which zone of trust it analyzes.
public enum AnalyzerType: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case account = "ACCOUNT"
    case organization = "ORGANIZATION"
}

/// The principals an external access analysis trusts: one account, or every account of an organization.
public enum ZoneOfTrust: Sendable, Hashable, CustomStringConvertible {
    case account(String)
    case organization(String)

    public var description: String {
        switch self {
        case .account(let id): "account \(id)"
        case .organization(let id): "organization \(id)"
        }
    }
}

/// Access Analyzer's state in the world.
public struct AccessAnalyzerState: Sendable {
    /// Analyzers by ARN.
    public internal(set) var analyzers: [String: Analyzer] = [:]
}

/// Access to a resource in the zone of trust that a principal outside it has, computed from the
/// resource's policy or grants as IAM Access Analyzer reports it
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings.html).
public struct ExternalAccessFinding: Sendable, Hashable, CustomStringConvertible {
    /// The resource's ARN.
    public var resourceARN: String
    /// `AWS::S3::Bucket`, `AWS::KMS::Key` or `AWS::IAM::Role`.
    public var resourceType: String
    /// The account that owns the resource.
    public var resourceOwnerAccount: String
    /// The policy statement (`Sid "X"` or `statement N`) or the grant (`grant ID`) granting the access.
    public var source: String
    /// The external principal as the policy names it: `*`, an account, an ARN.
    public var principal: String
    /// The actions the external principal may perform.
    public var actions: [String]
    /// Why the zone does not hold: the missing or insufficient condition on the caller's identity.
    public var condition: String
    /// Whether anyone, in any account, has the access.
    public var isPublic: Bool

    /// `ARN: SOURCE lets PRINCIPAL ACTIONS (CONDITION)`.
    public var description: String {
        "\(resourceARN): \(source) lets \(principal) \(actions.joined(separator: ", ")) (\(condition))"
    }
}
