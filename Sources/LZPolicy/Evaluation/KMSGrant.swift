/// A KMS grant on a key: it can allow operations to a grantee, never deny
/// (https://docs.aws.amazon.com/kms/latest/developerguide/grants.html).
public struct KMSGrant: Sendable, Hashable {
    /// The grant's encryption-context constraint.
    public enum Constraint: Sendable, Hashable {
        /// The request's encryption context must equal these pairs exactly.
        case encryptionContextEquals([String: String])
        /// The request's encryption context must include these pairs (and may have more).
        case encryptionContextSubset([String: String])
    }

    /// The grantee principal's ARN (a role ARN covers the role's sessions).
    public var granteePrincipal: String
    /// The operations granted, such as `Decrypt` (with or without the `kms:` prefix).
    public var operations: [String]
    /// The optional constraint.
    public var constraint: Constraint?

    /// Creates a grant.
    public init(granteePrincipal: String, operations: [String], constraint: Constraint? = nil) {
        self.granteePrincipal = granteePrincipal
        self.operations = operations
        self.constraint = constraint
    }

    /// The operations a grant can name: cryptographic, describe and grant operations.
    public static let grantableOperations: Set<String> = [
        "decrypt", "encrypt", "generatedatakey", "generatedatakeypair", "generatedatakeypairwithoutplaintext",
        "generatedatakeywithoutplaintext", "reencryptfrom", "reencryptto", "sign", "verify", "generatemac",
        "verifymac", "describekey", "getpublickey", "creategrant", "retiregrant", "derivesharedsecret",
    ]

    /// Whether the grant allows `action` (lowercased, `kms:` prefixed) to `principal` with this request context.
    func allows(_ action: String, principal: Principal, context: RequestContext) -> Bool {
        guard action.hasPrefix("kms:") else { return false }
        let operation = action.dropFirst(4)
        guard Self.grantableOperations.contains(String(operation)),
            operations.contains(where: { $0.lowercased().replacingPrefix("kms:") == operation })
        else { return false }
        guard let grantee = Principal(arn: granteePrincipal) else { return false }
        let granteeMatches =
            grantee.arn == principal.arn
            || (grantee.kind == .role && principal.kind == .roleSession && grantee.accountID == principal.accountID
                && grantee.name == principal.name)
        guard granteeMatches else { return false }
        // Constraints do not apply to operations without an encryption context (CreateGrant's
        // request carries the new grant's constraint as its context, so it stays checked).
        guard let constraint, operation != "describekey", operation != "retiregrant" else { return true }
        let requested = encryptionContext(context)
        switch constraint {
        case .encryptionContextEquals(let pairs): return requested == pairs
        case .encryptionContextSubset(let pairs): return pairs.allSatisfy { requested[$0.key] == $0.value }
        }
    }

    /// The request's encryption context, from the `kms:EncryptionContext:KEY` context keys, with
    /// each key spelled as the request wrote it: encryption context keys and values are
    /// case-sensitive in grant constraints, unlike condition key names
    /// (https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html).
    private func encryptionContext(_ context: RequestContext) -> [String: String] {
        var pairs: [String: String] = [:]
        let prefix = "kms:encryptioncontext:"
        for (key, entry) in context.entries where key.hasPrefix(prefix) && entry.values.count == 1 {
            pairs[String(entry.key.dropFirst(prefix.count))] = entry.values[0]
        }
        return pairs
    }
}

extension String {
    func replacingPrefix(_ prefix: String) -> Substring {
        hasPrefix(prefix) ? dropFirst(prefix.count) : self[...]
    }
}
