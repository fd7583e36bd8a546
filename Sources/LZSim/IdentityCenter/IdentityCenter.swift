import Foundation

/// IAM Identity Center for the organization: its identity store (users, groups), permission
/// sets, and account assignments, which materialize `AWSReservedSSO_*` roles in the accounts
/// they target (https://docs.aws.amazon.com/singlesignon/latest/userguide/permissionsetsconcept.html).
public struct IdentityCenter: Sendable {
    /// `arn:aws:sso:::instance/ssoins-` and 16 characters.
    public let instanceARN: String
    /// The identity store's ID, `d-` and 10 characters.
    public let identityStoreID: String
    /// The Region the instance lives in, which appears in the reserved roles' path outside us-east-1.
    public let region: String
    /// Identity store users by ID.
    public internal(set) var users: [String: IdentityStoreUser]
    /// Identity store groups by ID.
    public internal(set) var groups: [String: IdentityStoreGroup]
    /// Permission sets by ARN.
    public internal(set) var permissionSets: [String: PermissionSet]
    /// Account assignments, in the order they were made.
    public internal(set) var assignments: [AccountAssignment]

    /// The path of the roles Identity Center creates.
    var rolePath: String {
        region == "us-east-1" ? "/aws-reserved/sso.amazonaws.com/" : "/aws-reserved/sso.amazonaws.com/\(region)/"
    }

    /// The user with this user name.
    public func user(named userName: String) -> IdentityStoreUser? {
        users.values.first { $0.userName == userName }
    }

    /// The permission set with this name.
    public func permissionSet(named name: String) -> PermissionSet? {
        permissionSets.values.first { $0.name == name }
    }
}

/// A person in the identity store.
public struct IdentityStoreUser: Sendable, Hashable {
    /// The user's ID.
    public let id: String
    /// The sign-in name, unique in the store.
    public let userName: String
    /// The name people see.
    public let displayName: String
}

/// A group in the identity store, and its members' user IDs.
public struct IdentityStoreGroup: Sendable, Hashable {
    /// The group's ID.
    public let id: String
    /// The group's name, unique in the store.
    public let displayName: String
    /// The member users' IDs.
    public internal(set) var memberIDs: Set<String>
}

/// A permission set: the policies a role gets in every account it is assigned to.
public struct PermissionSet: Sendable {
    /// A policy referred to by name and path, which must exist in each target account.
    public struct CustomerManagedPolicyReference: Sendable, Hashable {
        /// The policy's name.
        public var name: String
        /// The policy's path, `/` by default.
        public var path: String
    }

    /// `arn:aws:sso:::permissionSet/ssoins-.../ps-` and 16 characters.
    public let arn: String
    /// The name, 1 to 32 characters; it is part of the reserved roles' names.
    public let name: String
    /// The description.
    public internal(set) var description: String
    /// The session duration in seconds (from `PT1H` to `PT12H`).
    public internal(set) var sessionDuration: Int
    /// The inline policy, if any.
    public internal(set) var inlinePolicy: String?
    /// AWS managed policies by ARN.
    public internal(set) var managedPolicyARNs: [String]
    /// Customer managed policies by name and path.
    public internal(set) var customerManagedPolicies: [CustomerManagedPolicyReference]
    /// The permissions boundary: an AWS managed policy ARN or a customer managed reference.
    public internal(set) var permissionsBoundary: PermissionsBoundaryReference?
    /// The 16 hexadecimal characters ending the names of its roles.
    let roleSuffix: String
}

/// A permission set's permissions boundary.
public enum PermissionsBoundaryReference: Sendable, Hashable {
    /// An AWS managed policy by ARN.
    case managedPolicy(arn: String)
    /// A customer managed policy by name and path, resolved in each account.
    case customerManagedPolicy(PermissionSet.CustomerManagedPolicyReference)
}

/// A user or group given a permission set in an account.
public struct AccountAssignment: Sendable, Hashable {
    /// Whether the assignment names a user or a group.
    public enum PrincipalType: String, Sendable, Hashable {
        case user = "USER"
        case group = "GROUP"
    }

    /// The account.
    public let accountID: String
    /// The permission set's ARN.
    public let permissionSetARN: String
    /// User or group.
    public let principalType: PrincipalType
    /// The user's or group's ID.
    public let principalID: String
}
