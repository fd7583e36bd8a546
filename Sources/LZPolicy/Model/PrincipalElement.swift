/// A `Principal` or `NotPrincipal` element.
public struct PrincipalElement: Sendable {
    /// The principals named, flattened across `AWS`, `Service`, `Federated` and `CanonicalUser`.
    public var entries: [Entry]
    /// `true` for `NotPrincipal`.
    public var isNegated: Bool
    /// Where the element's key is.
    public var position: SourcePosition

    /// Creates a principal element.
    public init(entries: [Entry], isNegated: Bool, position: SourcePosition) {
        self.entries = entries
        self.isNegated = isNegated
        self.position = position
    }

    /// The principal types of the `Principal` element's object form.
    public enum PrincipalType: String, Sendable, CaseIterable {
        /// `"Principal": "*"`: everyone, anonymous callers included.
        case everyone = "*"
        /// IAM users, roles, sessions and accounts.
        case aws = "AWS"
        /// AWS service principals such as `cloudtrail.amazonaws.com`.
        case service = "Service"
        /// Identity providers (SAML, OIDC, `cognito-identity.amazonaws.com`).
        case federated = "Federated"
        /// Amazon S3 canonical user IDs.
        case canonicalUser = "CanonicalUser"
    }

    /// One principal named in the element.
    public struct Entry: Sendable {
        /// The principal type key the value sits under.
        public var type: PrincipalType
        /// The value as written (`*`, an account ID, an ARN, a service name...).
        public var value: String
        /// Where the value is.
        public var position: SourcePosition

        /// Creates an entry.
        public init(type: PrincipalType, value: String, position: SourcePosition) {
            self.type = type
            self.value = value
            self.position = position
        }
    }
}
