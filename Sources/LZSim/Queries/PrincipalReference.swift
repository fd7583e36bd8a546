public import LZPolicy

/// A principal of the world a query can act as: an account's root user, an IAM user, or an
/// IAM role (acting through a session of its own).
public struct PrincipalReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kinds of principal a query enumerates.
    public enum Kind: String, Sendable, Hashable {
        case root, user, role
    }

    /// Root, user or role.
    public var kind: Kind
    /// The account the principal belongs to.
    public var accountID: String
    /// The principal's ARN (for a role, the role's ARN, not a session's).
    public var arn: String
    /// The user or role name; `root` for the root user.
    public var name: String

    /// Creates a reference.
    public init(kind: Kind, accountID: String, arn: String, name: String) {
        self.kind = kind
        self.accountID = accountID
        self.arn = arn
        self.name = name
    }

    public var description: String { arn }

    public static func < (lhs: PrincipalReference, rhs: PrincipalReference) -> Bool { lhs.arn < rhs.arn }
}

/// One answer of "who can": a principal and the decision for it.
public struct AccessFinding: Sendable {
    /// Who.
    public var principal: PrincipalReference
    /// The decision, with its deciding statements.
    public var decision: Decision
}
