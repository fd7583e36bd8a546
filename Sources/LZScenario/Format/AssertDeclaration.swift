/// An `assert` check: a property every selected resource must have, one testcase per resource.
///
/// ```yaml
/// assert:
///   resources: iam:role
///   in: { accounts_in: Dev }
///   exclude: [OrganizationAccountAccessRole]
///   expect: { boundary: any }
/// ```
struct AssertDeclaration: Sendable {
    /// The resource types an `assert` can select, with the properties each can be asked for.
    static let properties: [String: [String]] = [
        "iam:role": [
            "boundary", "managed_policies_include", "managed_policies_exclude", "max_session_duration_at_most",
            "path", "inline_policies",
        ],
        "iam:user": ["boundary", "mfa", "access_keys", "managed_policies_exclude", "inline_policies"],
        "organizations:account": [
            "ou", "scps_attached", "scps_attached_at_most", "effective_scps_same_as", "permission_sets_include",
            "permission_sets_exclude",
        ],
        "organizations:ou": ["scps_attached_at_most"],
        "organizations:policy": ["size_at_most"],
        "ec2:vpc": ["overlaps_other_vpcs", "disjoint_from"],
    ].merging(WorkloadAssertions.properties) { first, _ in first }

    var resourceType: Named
    var accounts: [Named]
    var organizationalUnit: Named?
    var exclude: [String]
    /// Property names and expected values, as written.
    var expectations: [(property: Named, value: YAMLNode)]
    var location: SourceLocation
}

extension AssertDeclaration {
    /// Whether `exclude` leaves a resource out by name (`*` at the end matches a prefix).
    func excludes(_ name: String) -> Bool {
        exclude.contains { pattern in
            pattern.hasSuffix("*") ? name.hasPrefix(String(pattern.dropLast())) : name == pattern
        }
    }
}

extension YAMLNode {
    /// The value of a true-or-false property an `assert` expects.
    func flag(for property: Named) throws(ScenarioError) -> Bool {
        switch scalar?.lowercased() {
        case "true": return true
        case "false": return false
        default:
            throw ScenarioError("expected true or false for '\(property.text)', found \(shape)", at: location)
        }
    }
}
