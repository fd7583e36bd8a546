public import LZPolicy

/// The IAM resources of one account: users, groups, roles, customer managed policies,
/// instance profiles and identity providers.
public struct IAMAccount: Sendable {
    /// Users by name.
    public internal(set) var users: [String: IAMUser] = [:]
    /// Groups by name.
    public internal(set) var groups: [String: IAMGroup] = [:]
    /// Roles by name.
    public internal(set) var roles: [String: IAMRole] = [:]
    /// Customer managed policies by ARN.
    public internal(set) var policies: [String: ManagedPolicy] = [:]
    /// Instance profiles by name.
    public internal(set) var instanceProfiles: [String: InstanceProfile] = [:]
    /// SAML identity providers by ARN.
    public internal(set) var samlProviders: [String: SAMLProvider] = [:]
    /// Access keys, console passwords and the root user's MFA device.
    public internal(set) var credentials = IAMCredentials()

    /// IAM quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html),
    /// at their default values.
    enum Quota {
        static let users = 5_000
        static let roles = 1_000
        static let customerManagedPolicies = 1_500
        static let groupsPerUser = 10
        static let managedPoliciesPerIdentity = 10
        static let policyVersions = 5
        static let tags = 50
        static let instanceProfiles = 1_000
        static let samlProviders = 100
    }
}

/// An inline policy embedded in a user, group or role.
public struct InlinePolicy: Sendable {
    /// The policy's name, unique within its identity.
    public let name: String
    /// The document as written.
    public let text: String
    /// The compiled document.
    public let policy: Policy
}
