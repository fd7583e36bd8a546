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
            "permission_sets_exclude", "holds_none_of",
        ] + AssertCheck.securityServiceProperties,
        "organizations:ou": ["scps_attached_at_most"],
        "organizations:policy": ["size_at_most"],
        "ec2:vpc": ["overlaps_other_vpcs", "disjoint_from", "resolver_rules_include", "attachments_cover_zones"],
        "ec2:subnet": ["shared", "shared_with_within", "shared_while_public"],
        "ec2:transit-gateway": ["shared", "shared_with_within", "shared_outside_organization"],
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
        exclude.contains { name.matches(namePattern: $0) }
    }
}

extension String {
    /// Whether a resource name matches a pattern of a scenario's `exclude` or `resources`: the
    /// name itself, or, with `*` at the end, any name that starts with what comes before it.
    func matches(namePattern pattern: String) -> Bool {
        pattern.hasSuffix("*") ? hasPrefix(String(pattern.dropLast())) : self == pattern
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

    /// The value of a numeric property an `assert` expects; `what` says what kind of number.
    func number(for property: Named, what: String = "a number") throws(ScenarioError) -> Int {
        guard let number = scalar.flatMap(Int.init) else {
            throw ScenarioError("expected \(what) for '\(property.text)', found \(shape)", at: location)
        }
        return number
    }
}
