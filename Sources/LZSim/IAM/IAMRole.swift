public import Foundation
public import LZPolicy

/// An IAM role: a trust policy saying who may assume it, and the permissions its sessions get.
public struct IAMRole: Sendable {
    /// The role's name, unique in its account (case-insensitively, as IAM compares names).
    public let name: String
    /// The path, `/` by default; service-linked roles live under `/aws-service-role/`.
    public let path: String
    /// `arn:aws:iam::ACCT:role` + path + name.
    public let arn: String
    /// The unique ID, `AROA` and 17 characters.
    public let roleID: String
    /// When the role was created.
    public let createDate: Date
    /// The trust policy as written.
    public internal(set) var trustPolicyText: String
    /// The compiled trust policy.
    public internal(set) var trustPolicy: Policy
    /// The longest session the role allows, 3,600 to 43,200 seconds.
    public internal(set) var maxSessionDuration: Int
    /// The description.
    public internal(set) var description: String
    /// The role's tags.
    public internal(set) var tags: [String: String]
    /// The ARN of the managed policy set as the permissions boundary.
    public internal(set) var permissionsBoundaryARN: String?
    /// Inline policies by name.
    public internal(set) var inlinePolicies: [String: InlinePolicy]
    /// Attached managed policies, in attachment order.
    public internal(set) var attachedPolicyARNs: [String]
    /// Whether the role is service-linked: made by a service, editable only by it, exempt from SCPs.
    public let isServiceLinked: Bool
    /// The service that manages the role (its service-linked service, or `sso.amazonaws.com`
    /// for Identity Center's reserved roles); users cannot change such a role.
    public let managingService: String?
}

/// An IAM user: a long-term identity with its own policies, groups, keys and MFA devices.
public struct IAMUser: Sendable {
    /// The user's name, unique in its account.
    public let name: String
    /// The path, `/` by default.
    public let path: String
    /// `arn:aws:iam::ACCT:user` + path + name.
    public let arn: String
    /// The unique ID, `AIDA` and 17 characters.
    public let userID: String
    /// When the user was created.
    public let createDate: Date
    /// The user's tags.
    public internal(set) var tags: [String: String]
    /// The ARN of the managed policy set as the permissions boundary.
    public internal(set) var permissionsBoundaryARN: String?
    /// Inline policies by name.
    public internal(set) var inlinePolicies: [String: InlinePolicy]
    /// Attached managed policies, in attachment order.
    public internal(set) var attachedPolicyARNs: [String]
    /// The names of the groups the user belongs to, in the order it joined them.
    public internal(set) var groupNames: [String]
    /// Access key IDs (`AKIA...`), which make the user a programmatic identity.
    public internal(set) var accessKeyIDs: [String]
    /// Serial numbers of the MFA devices enabled for the user.
    public internal(set) var mfaDevices: [String]
}

/// An IAM group: policies shared by its member users.
public struct IAMGroup: Sendable {
    /// The group's name.
    public let name: String
    /// The path, `/` by default.
    public let path: String
    /// `arn:aws:iam::ACCT:group` + path + name.
    public let arn: String
    /// The unique ID, `AGPA` and 17 characters.
    public let groupID: String
    /// Inline policies by name.
    public internal(set) var inlinePolicies: [String: InlinePolicy]
    /// Attached managed policies, in attachment order.
    public internal(set) var attachedPolicyARNs: [String]
}

/// An instance profile: the container that hands one role to EC2 instances.
public struct InstanceProfile: Sendable {
    /// The profile's name.
    public let name: String
    /// `arn:aws:iam::ACCT:instance-profile` + path + name.
    public let arn: String
    /// The names of its roles (at most one).
    public internal(set) var roleNames: [String]
}

/// A SAML 2.0 identity provider that federated users sign in through (`AssumeRoleWithSAML`).
public struct SAMLProvider: Sendable {
    /// The provider's name.
    public let name: String
    /// `arn:aws:iam::ACCT:saml-provider/NAME`.
    public let arn: String
}
