public import LZPolicy

/// One request as an operation describes it to the authorization gateway: who asks, for which
/// action, on which resource, with which request-specific context keys.
public struct AccessRequest: Sendable {
    /// The caller.
    public var session: Session
    /// The IAM action, such as `iam:CreateRole`.
    public var action: String
    /// The resource acted on.
    public var resource: ResourceReference
    /// Request-specific keys: `aws:RequestTag/*`, `aws:TagKeys` and the service's own keys
    /// (`iam:PermissionsBoundary`, `sts:ExternalId`...). Identity, organization, network and time
    /// keys are added by the gateway.
    public var context: [String: [String]]
    /// The Region the request goes to; `nil` for the session's Region, else the world's first.
    public var region: String?
    /// Request keys already typed (shared by many requests, such as `kms:EncryptionAlgorithm`),
    /// added before ``context``.
    var typedContext = RequestContext()

    /// Creates a request.
    public init(
        session: Session,
        action: String,
        resource: ResourceReference,
        context: [String: [String]] = [:],
        region: String? = nil
    ) {
        self.session = session
        self.action = action
        self.resource = resource
        self.context = context
        self.region = region
    }
}

/// A resource as the gateway needs it: its ARN, owner, tags, and the policy attached to it.
public struct ResourceReference: Sendable {
    /// The resource's ARN, or `*` for actions without resource-level permissions.
    public var arn: String
    /// The account that owns the resource; `nil` reads it from the ARN.
    public var accountID: String?
    /// The resource's tags, for `aws:ResourceTag/*`.
    public var tags: [String: String]
    /// The resource-based policy: a role's trust policy, a key policy, a bucket policy.
    public var policy: Policy?
    /// KMS grants on the resource, when it is a key.
    public var grants: [KMSGrant]
    /// Whether the resource is an AWS managed KMS key, which resource control policies do not cover.
    public var isAWSManagedKey: Bool
    /// The resource's own condition keys (`kms:KeySpec`, `kms:ResourceAliases`...), typed once
    /// when the resource changes rather than on every request.
    public var context: RequestContext

    /// Creates a reference.
    public init(
        arn: String,
        accountID: String? = nil,
        tags: [String: String] = [:],
        policy: Policy? = nil,
        grants: [KMSGrant] = [],
        isAWSManagedKey: Bool = false,
        context: RequestContext = RequestContext()
    ) {
        self.arn = arn
        self.accountID = accountID
        self.tags = tags
        self.policy = policy
        self.grants = grants
        self.isAWSManagedKey = isAWSManagedKey
        self.context = context
    }
}
