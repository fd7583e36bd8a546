/// Where a policy document is used, which decides what IAM or Organizations accept in it.
public enum PolicyKind: String, Sendable, CaseIterable, CustomStringConvertible {
    /// A customer managed identity-based policy.
    case identity
    /// An inline policy embedded in an IAM user.
    case userInline = "user-inline"
    /// An inline policy embedded in an IAM role.
    case roleInline = "role-inline"
    /// An inline policy embedded in an IAM group.
    case groupInline = "group-inline"
    /// A permissions boundary (a managed policy).
    case boundary
    /// A session policy passed to `AssumeRole*` or `GetFederationToken`.
    case session
    /// A resource-based policy such as an S3 bucket policy.
    case resource
    /// An IAM role trust policy.
    case trust
    /// A KMS key policy.
    case keyPolicy = "kms"
    /// A service control policy.
    case scp
    /// A resource control policy.
    case rcp
    /// A VPC endpoint policy.
    case vpcEndpoint = "vpce"

    /// The `--kind` spelling.
    public var description: String { rawValue }

    /// Whether statements must name a `Principal` (resource-based kinds) or must not (the rest).
    public var requiresPrincipal: Bool {
        switch self {
        case .resource, .trust, .keyPolicy, .rcp, .vpcEndpoint: true
        default: false
        }
    }

    /// Whether statements may omit `Resource` (trust policies apply to the role itself).
    public var allowsMissingResource: Bool { self == .trust }

    /// The size quota and how AWS counts it.
    ///
    /// IAM quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) do not
    /// count whitespace; Organizations counts every character
    /// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html);
    /// a KMS key policy may be 32 KB (https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html).
    public var sizeLimit: (limit: Int, countsWhitespace: Bool) {
        switch self {
        case .identity, .boundary: (6_144, false)
        case .userInline: (2_048, false)
        case .roleInline: (10_240, false)
        case .groupInline: (5_120, false)
        case .session: (2_048, false)
        case .trust: (2_048, false)
        case .resource, .vpcEndpoint: (20_480, true)
        case .keyPolicy: (32_768, true)
        case .scp, .rcp: (5_120, true)
        }
    }
}
