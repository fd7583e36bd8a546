/// The `Effect` of a policy statement.
public enum Effect: String, Sendable, Hashable {
    /// The statement grants what it matches.
    case allow = "Allow"
    /// The statement denies what it matches, overriding every allow.
    case deny = "Deny"
}
