/// Where in the evaluation chain a policy sits; the words `lzsim evaluate` reports.
public enum PolicySource: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Identity-based policies of the principal (inline and managed).
    case identity
    /// Policies of the user's groups.
    case group
    /// The permissions boundary.
    case boundary
    /// Session policies.
    case session
    /// Service control policies.
    case scp
    /// Resource control policies.
    case rcp
    /// The resource-based policy (bucket policy, key policy, role trust policy...).
    case resource
    /// The policy of the VPC endpoint the request goes through.
    case vpcEndpoint = "vpce"

    /// The contract's spelling.
    public var description: String { rawValue }

    /// Orders sources as the contract lists them.
    public static func < (lhs: PolicySource, rhs: PolicySource) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
