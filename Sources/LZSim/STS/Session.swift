public import Foundation
public import LZPolicy

/// A signed-in caller: the identity every simulated request is made as, and where it comes from.
///
/// Sessions are values a caller holds, like credentials: the world hands them out
/// (``World/rootSession(of:)``, ``World/userSession(account:userName:multiFactorAuthenticated:)``,
/// ``World/assumeRole(_:as:)``) and checks them on every request (a role session expires on
/// the simulated clock; a deleted user or role can no longer act).
public struct Session: Sendable {
    /// The caller as the policy engine sees it (ARN, kind, account, unique ID).
    public internal(set) var principal: Principal
    /// The account the caller acts in.
    public var accountID: String { principal.accountID ?? "" }
    /// For a role session, the role's ARN including its path.
    public internal(set) var roleARN: String?
    /// When the credentials were issued, for `aws:TokenIssueTime`.
    public internal(set) var issuedAt: Date
    /// When a temporary session stops working; `nil` for long-term credentials.
    public internal(set) var expiration: Date?
    /// Session policies passed when the session was made; `nil` when none were.
    public internal(set) var sessionPolicies: [Policy]?
    /// Session tags, which override the role's tags of the same key.
    public internal(set) var sessionTags: [String: String]
    /// Session tag keys that pass on to the next role in a chain.
    public internal(set) var transitiveTagKeys: Set<String>
    /// The source identity set when the first role in a chain was assumed.
    public internal(set) var sourceIdentity: String?
    /// When the caller last authenticated with MFA, if it did.
    public internal(set) var multiFactorAuthenticatedAt: Date?
    /// Whether the session came from a role session assuming another role (role chaining).
    public internal(set) var isRoleChain: Bool
    /// Where requests made with this session come from: source IP, VPC endpoint, Region...
    public var attributes: RequestAttributes

    init(
        principal: Principal,
        roleARN: String? = nil,
        issuedAt: Date,
        expiration: Date? = nil,
        sessionPolicies: [Policy]? = nil,
        sessionTags: [String: String] = [:],
        transitiveTagKeys: Set<String> = [],
        sourceIdentity: String? = nil,
        multiFactorAuthenticatedAt: Date? = nil,
        isRoleChain: Bool = false,
        attributes: RequestAttributes = RequestAttributes()
    ) {
        self.principal = principal
        self.roleARN = roleARN
        self.issuedAt = issuedAt
        self.expiration = expiration
        self.sessionPolicies = sessionPolicies
        self.sessionTags = sessionTags
        self.transitiveTagKeys = transitiveTagKeys
        self.sourceIdentity = sourceIdentity
        self.multiFactorAuthenticatedAt = multiFactorAuthenticatedAt
        self.isRoleChain = isRoleChain
        self.attributes = attributes
    }

    /// The same caller making requests with other attributes.
    /// ```swift
    /// let onPremises = session.with { $0.sourceIP = "10.20.0.7"; $0.secureTransport = true }
    /// ```
    public func with(_ change: (inout RequestAttributes) -> Void) -> Session {
        var copy = self
        change(&copy.attributes)
        return copy
    }

    /// The caller's ARN: `arn:aws:iam::ACCT:root`, a user ARN or an assumed-role ARN.
    public var arn: String { principal.arn }
}

/// What a request carries besides the caller's identity: where it comes from and how it travels.
/// Each sets the global condition key named beside it.
public struct RequestAttributes: Sendable, Hashable {
    /// `aws:RequestedRegion`; `nil` sends the request to the world's first Region.
    public var region: String?
    /// `aws:SourceIp`.
    public var sourceIP: String?
    /// `aws:SourceVpc`.
    public var sourceVPC: String?
    /// `aws:SourceVpce`.
    public var sourceVPCEndpoint: String?
    /// `aws:SecureTransport`; requests travel over TLS unless a scenario says otherwise.
    public var secureTransport: Bool
    /// `aws:CalledVia`: the services that made the request on the caller's behalf, first to last.
    public var calledVia: [String]
    /// `aws:ViaAWSService`.
    public var viaAWSService: Bool
    /// `aws:SourceArn`: for a service acting as its service principal, the resource it acts for
    /// (a CloudTrail trail delivering logs).
    public var sourceARN: String?
    /// `aws:SourceAccount`: the account of that resource.
    public var sourceAccount: String?

    /// Creates attributes; by default a direct TLS request to the world's first Region.
    public init(
        region: String? = nil,
        sourceIP: String? = nil,
        sourceVPC: String? = nil,
        sourceVPCEndpoint: String? = nil,
        secureTransport: Bool = true,
        calledVia: [String] = [],
        viaAWSService: Bool = false,
        sourceARN: String? = nil,
        sourceAccount: String? = nil
    ) {
        self.region = region
        self.sourceIP = sourceIP
        self.sourceVPC = sourceVPC
        self.sourceVPCEndpoint = sourceVPCEndpoint
        self.secureTransport = secureTransport
        self.calledVia = calledVia
        self.viaAWSService = viaAWSService
        self.sourceARN = sourceARN
        self.sourceAccount = sourceAccount
    }
}
