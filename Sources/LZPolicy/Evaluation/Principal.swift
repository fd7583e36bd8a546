/// The caller of a request: an IAM identity, a session, an account's root user, a service or nobody.
///
/// Build one from an ARN with ``init(arn:tags:id:isServiceLinkedRole:)``; the kind, account and
/// names are read from it.
public struct Principal: Sendable, Hashable {
    /// The principal types the evaluation logic distinguishes.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An IAM user (`arn:aws:iam::ACCT:user/NAME`).
        case user
        /// An IAM role itself (`arn:aws:iam::ACCT:role/NAME`), evaluated without a session.
        case role
        /// A role session (`arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`).
        case roleSession
        /// A federated user session from `GetFederationToken` (`arn:aws:sts::ACCT:federated-user/NAME`).
        case federatedUser
        /// An account's root user (`arn:aws:iam::ACCT:root`).
        case root
        /// An AWS service principal such as `cloudtrail.amazonaws.com`.
        case service
        /// An unauthenticated caller.
        case anonymous
        /// A caller authenticated by a SAML or OIDC identity provider, calling `AssumeRoleWithSAML`
        /// or `AssumeRoleWithWebIdentity`; the ARN is the provider's (`arn:aws:iam::ACCT:oidc-provider/HOST`)
        /// or a well-known provider name (`accounts.google.com`, `cognito-identity.amazonaws.com`).
        case identityProvider
    }

    /// The principal's ARN (for a service, its name; for an anonymous caller, `*`).
    public var arn: String
    /// The kind, read from the ARN.
    public var kind: Kind
    /// The partition (`aws`, `aws-cn`, ...), for building related ARNs.
    public var partition: String
    /// The 12-digit account, or `nil` for services and anonymous callers.
    public var accountID: String?
    /// The user, role or federated-user name; for a session, the role's name.
    public var name: String
    /// The session name of a role session.
    public var sessionName: String?
    /// The principal's tags (user or role tags, plus session tags), for `aws:PrincipalTag/*`.
    public var tags: [String: String]
    /// The unique ID (`AIDA...`, `AROA...:session`), for `aws:userid`.
    public var id: String?
    /// Whether the principal is (a session of) a service-linked role, exempt from SCPs and RCPs.
    public var isServiceLinkedRole: Bool
    /// For a federated user, the ARN of the IAM user who called `GetFederationToken`: a resource
    /// policy naming that user grants to the session, still limited by its boundary and session policy.
    public var federatingUserARN: String?

    /// Reads a principal from its ARN.
    /// - Parameters:
    ///   - arn: A user, role, assumed-role, federated-user or root ARN; a service name
    ///     (`*.amazonaws.com`); or `*` / `anonymous` for an unauthenticated caller.
    ///   - tags: Principal tags.
    ///   - id: The unique ID.
    ///   - isServiceLinkedRole: Overrides the inference from the `aws-service-role/` path
    ///     and the `AWSServiceRoleFor` name prefix.
    /// - Returns: `nil` when the text is none of those forms.
    public init?(arn: String, tags: [String: String] = [:], id: String? = nil, isServiceLinkedRole: Bool? = nil) {
        self.arn = arn
        self.tags = tags
        self.id = id
        self.partition = "aws"
        self.sessionName = nil
        if arn == "*" || arn == "anonymous" {
            (kind, accountID, name) = (.anonymous, nil, "anonymous")
            self.arn = "*"
            self.isServiceLinkedRole = false
            return
        }
        if Self.wellKnownProviders.contains(arn) {
            (kind, accountID, name) = (.identityProvider, nil, arn)
            self.isServiceLinkedRole = false
            return
        }
        if !arn.hasPrefix("arn:") {
            guard arn.hasSuffix(".amazonaws.com") || arn.hasSuffix(".amazonaws.com.cn") else { return nil }
            (kind, accountID, name) = (.service, nil, arn)
            self.isServiceLinkedRole = false
            return
        }
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6, AccountID.isValid(fields[4]) else { return nil }
        partition = fields[1]
        accountID = fields[4]
        let resource = fields[5]
        let path = resource.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch (fields[2], path[0]) {
        case ("iam", "root") where path.count == 1:
            (kind, name) = (.root, "root")
        case ("iam", "user") where path.count >= 2 && !path.last!.isEmpty:
            (kind, name) = (.user, path.last!)
        case ("iam", "role") where path.count >= 2 && !path.last!.isEmpty:
            (kind, name) = (.role, path.last!)
        case ("sts", "assumed-role") where path.count == 3 && !path[1].isEmpty && !path[2].isEmpty:
            (kind, name, sessionName) = (.roleSession, path[1], path[2])
        case ("sts", "federated-user") where path.count == 2 && !path[1].isEmpty:
            (kind, name) = (.federatedUser, path[1])
        case ("iam", "saml-provider"), ("iam", "oidc-provider"):
            guard path.count >= 2 else { return nil }
            (kind, name) = (.identityProvider, path.dropFirst().joined(separator: "/"))
        default:
            return nil
        }
        let inferred =
            resource.hasPrefix("role/aws-service-role/")
            || (kind == .roleSession && name.hasPrefix("AWSServiceRoleFor"))
        self.isServiceLinkedRole = isServiceLinkedRole ?? inferred
    }

    /// An unauthenticated caller.
    public static let anonymous = Principal(arn: "*")!

    /// The web identity providers a trust policy names without an ARN
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
    static let wellKnownProviders: Set<String> = [
        "cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com",
    ]

    /// Whether the principal is a session (role session or federated user), to which session policies apply.
    public var isSession: Bool { kind == .roleSession || kind == .federatedUser }

    /// The ARN of the role a role session belongs to, without its path (sessions do not carry it).
    public var roleARN: String? {
        guard kind == .roleSession || kind == .role, let accountID else { return nil }
        return kind == .role ? arn : "arn:\(partition):iam::\(accountID):role/\(name)"
    }

    /// The value of `aws:PrincipalType` for this principal.
    public var principalTypeValue: String {
        switch kind {
        case .user: "User"
        case .role, .roleSession: "AssumedRole"
        case .federatedUser: "FederatedUser"
        case .root: "Account"
        case .service: "AWSService"
        case .anonymous: "Anonymous"
        case .identityProvider: "WebIdentityUser"
        }
    }
}
