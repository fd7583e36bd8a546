/// Every policy that applies to one request, grouped by its place in the evaluation chain.
///
/// The simulator gathers these for each request; ``Authorizer`` decides with them.
public struct PolicySet: Sendable {
    /// Identity-based policies attached to the principal (inline and managed).
    public var identityPolicies: [Policy]
    /// Policies of the user's groups.
    public var groupPolicies: [Policy]
    /// The permissions boundary, if one is set.
    public var permissionsBoundary: Policy?
    /// Session policies passed when the session was created; `nil` when none was passed.
    public var sessionPolicies: [Policy]?
    /// SCPs per level, root first and account last; `nil` when the principal's account is not
    /// governed by SCPs (no organization, or the management account).
    public var serviceControlPolicies: [[Policy]]?
    /// RCPs per level of the resource's account, without the implicit `RCPFullAWSAccess`; `nil`
    /// when the resource's account is not governed by RCPs (no organization, or the management account).
    public var resourceControlPolicies: [[Policy]]?
    /// The resource-based policy: bucket policy, key policy, role trust policy... For a KMS key,
    /// `nil` means a key policy that allows nothing.
    public var resourcePolicy: Policy?
    /// The account that owns the resource; defaults to the resource ARN's account, else the principal's.
    public var resourceAccount: String?
    /// KMS grants on the key.
    public var grants: [KMSGrant]
    /// The policy of the VPC endpoint the request goes through, or `nil` when it does not use one.
    /// It grants nothing; it must allow, and its Denies apply
    /// (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html).
    public var vpcEndpointPolicy: Policy?
    /// Whether the resource is an AWS managed KMS key, which RCPs do not cover
    /// (https://docs.aws.amazon.com/kms/latest/developerguide/resource-control-policies.html).
    public var isAWSManagedKey: Bool

    /// Creates a policy set; every part is optional.
    public init(
        identityPolicies: [Policy] = [],
        groupPolicies: [Policy] = [],
        permissionsBoundary: Policy? = nil,
        sessionPolicies: [Policy]? = nil,
        serviceControlPolicies: [[Policy]]? = nil,
        resourceControlPolicies: [[Policy]]? = nil,
        resourcePolicy: Policy? = nil,
        resourceAccount: String? = nil,
        grants: [KMSGrant] = [],
        vpcEndpointPolicy: Policy? = nil,
        isAWSManagedKey: Bool = false
    ) {
        self.identityPolicies = identityPolicies
        self.groupPolicies = groupPolicies
        self.permissionsBoundary = permissionsBoundary
        self.sessionPolicies = sessionPolicies
        self.serviceControlPolicies = serviceControlPolicies
        self.resourceControlPolicies = resourceControlPolicies
        self.resourcePolicy = resourcePolicy
        self.resourceAccount = resourceAccount
        self.grants = grants
        self.vpcEndpointPolicy = vpcEndpointPolicy
        self.isAWSManagedKey = isAWSManagedKey
    }
}
