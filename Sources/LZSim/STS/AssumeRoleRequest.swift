/// The parameters of `AssumeRole`, with AWS's names and defaults.
public struct AssumeRoleRequest: Sendable {
    /// The role to assume.
    public var roleARN: String
    /// The session name, 2 to 64 characters; it ends the session's ARN.
    public var roleSessionName: String
    /// 900 seconds up to the role's maximum (3,600 when chaining roles).
    public var durationSeconds: Int
    /// The external ID a third party must present (`sts:ExternalId`).
    public var externalID: String?
    /// An inline session policy.
    public var policy: String?
    /// Managed policies to use as session policies, at most ten.
    public var policyARNs: [String]
    /// Session tags (`aws:PrincipalTag/*` of the session), which need `sts:TagSession`.
    public var tags: [String: String]
    /// Session tag keys that carry on when this session assumes another role.
    public var transitiveTagKeys: [String]
    /// The source identity, which needs `sts:SetSourceIdentity` and stays for the whole chain.
    public var sourceIdentity: String?
    /// The MFA device the caller authenticates with, when the trust policy demands MFA.
    public var serialNumber: String?

    /// Creates a request.
    public init(
        roleARN: String,
        roleSessionName: String,
        durationSeconds: Int = 3_600,
        externalID: String? = nil,
        policy: String? = nil,
        policyARNs: [String] = [],
        tags: [String: String] = [:],
        transitiveTagKeys: [String] = [],
        sourceIdentity: String? = nil,
        serialNumber: String? = nil
    ) {
        self.roleARN = roleARN
        self.roleSessionName = roleSessionName
        self.durationSeconds = durationSeconds
        self.externalID = externalID
        self.policy = policy
        self.policyARNs = policyARNs
        self.tags = tags
        self.transitiveTagKeys = transitiveTagKeys
        self.sourceIdentity = sourceIdentity
        self.serialNumber = serialNumber
    }
}
