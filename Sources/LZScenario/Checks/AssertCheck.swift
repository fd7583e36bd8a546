import LZSim

/// Runs an `assert` check: selects resources by type and scope, and checks each for the
/// expected properties. Roles that AWS manages (service-linked, Identity Center) are left out,
/// since no one can change them; `exclude` leaves out more by name (`*` at the end matches a prefix).
struct AssertCheck {
    let declaration: AssertDeclaration
    let built: BuiltFoundation
    let world: World

    /// One verdict per resource, named `account/type/name`, sorted.
    func run() throws(ScenarioError) -> [(resource: String, verdict: Verdict)] {
        if declaration.resourceType.text.hasPrefix("organizations:") { return try organizationVerdicts() }
        var results: [(String, Verdict)] = []
        let workloads = WorkloadAssertions(declaration: declaration, built: built, world: world)
        for (name, accountID) in try accounts() {
            if let found = try workloads.results(account: name, accountID: accountID) {
                results += found
                continue
            }
            if let found = try networkVerdicts(account: name, accountID: accountID) {
                results += found
                continue
            }
            guard let iam = world.account(accountID)?.iam else { continue }
            switch declaration.resourceType.text {
            case "iam:role":
                for role in iam.roles.values.sorted(by: { $0.name < $1.name })
                where role.managingService == nil && !excluded(role.name) {
                    var failures: [String] = []
                    for (property, value) in declaration.expectations {
                        if let failure = try roleFailure(role, property, value) { failures.append(failure) }
                    }
                    results.append(("\(name)/role/\(role.name)", verdict(failures, subject: "role \(role.arn)")))
                }
            default:
                for user in iam.users.values.sorted(by: { $0.name < $1.name }) where !excluded(user.name) {
                    var failures: [String] = []
                    for (property, value) in declaration.expectations {
                        if let failure = try userFailure(user, property, value) { failures.append(failure) }
                    }
                    results.append(("\(name)/user/\(user.name)", verdict(failures, subject: "user \(user.arn)")))
                }
            }
        }
        return results
    }

    func verdict(_ failures: [String], subject: String) -> Verdict {
        guard !failures.isEmpty else { return .passed(trace: "\(subject): every property holds") }
        return .failed(
            summary: failures.joined(separator: "; "), details: ["resource: \(subject)"] + failures,
            trace: failures.joined(separator: "\n"))
    }

    private func roleFailure(_ role: IAMRole, _ property: Named, _ value: YAMLNode) throws(ScenarioError) -> String? {
        switch property.text {
        case "boundary": return try boundaryFailure(role.permissionsBoundaryARN, value, property)
        case "managed_policies_include":
            let missing = try names(value, property).filter { name in
                !role.attachedPolicyARNs.contains { matches($0, name) }
            }
            return missing.isEmpty ? nil : "lacks managed policies \(missing.joined(separator: ", "))"
        case "managed_policies_exclude":
            let present = try names(value, property).filter { name in
                role.attachedPolicyARNs.contains { matches($0, name) }
            }
            return present.isEmpty ? nil : "has managed policies \(present.joined(separator: ", "))"
        case "max_session_duration_at_most":
            let limit = try value.number(for: property, what: "a number of seconds")
            return role.maxSessionDuration <= limit
                ? nil : "allows sessions of \(role.maxSessionDuration) s, more than \(limit) s"
        case "path":
            let prefix = try text(value, property)
            return role.path.hasPrefix(prefix) ? nil : "has path \(role.path), expected \(prefix)…"
        default:
            let wanted = try flag(value, property)
            return wanted == !role.inlinePolicies.isEmpty
                ? nil
                : (wanted
                    ? "has no inline policies"
                    : "has inline policies \(role.inlinePolicies.keys.sorted().joined(separator: ", "))")
        }
    }

    private func userFailure(_ user: IAMUser, _ property: Named, _ value: YAMLNode) throws(ScenarioError) -> String? {
        switch property.text {
        case "boundary": return try boundaryFailure(user.permissionsBoundaryARN, value, property)
        case "mfa":
            let wanted = try flag(value, property)
            return wanted == !user.mfaDevices.isEmpty ? nil : (wanted ? "has no MFA device" : "has an MFA device")
        case "access_keys":
            let wanted = try flag(value, property)
            return wanted == !user.accessKeyIDs.isEmpty
                ? nil : (wanted ? "has no access keys" : "has \(user.accessKeyIDs.count) access keys")
        case "managed_policies_exclude":
            let present = try names(value, property).filter { name in
                user.attachedPolicyARNs.contains { matches($0, name) }
            }
            return present.isEmpty ? nil : "has managed policies \(present.joined(separator: ", "))"
        default:
            let wanted = try flag(value, property)
            return wanted == !user.inlinePolicies.isEmpty
                ? nil : (wanted ? "has no inline policies" : "has inline policies")
        }
    }

    /// `any`, `none`, or the name or ARN the boundary must be.
    private func boundaryFailure(_ arn: String?, _ value: YAMLNode, _ property: Named) throws(ScenarioError) -> String?
    {
        switch try text(value, property) {
        case "any": return arn == nil ? "has no permissions boundary" : nil
        case "none": return arn.map { "has permissions boundary \($0)" }
        case let name:
            guard let arn else { return "has no permissions boundary, expected \(name)" }
            return matches(arn, name) ? nil : "has permissions boundary \(arn), expected \(name)"
        }
    }

    /// A policy ARN matches a name when it is the ARN or ends with `/name`.
    func matches(_ arn: String, _ name: String) -> Bool {
        arn == name || arn.hasSuffix("/\(name)")
    }

    func excluded(_ name: String) -> Bool { declaration.excludes(name) }

    func text(_ value: YAMLNode, _ property: Named) throws(ScenarioError) -> String {
        guard let text = value.scalar else {
            throw ScenarioError("expected text for '\(property.text)', found \(value.shape)", at: value.location)
        }
        return text
    }

    func flag(_ value: YAMLNode, _ property: Named) throws(ScenarioError) -> Bool { try value.flag(for: property) }

    func names(_ value: YAMLNode, _ property: Named) throws(ScenarioError) -> [String] {
        if let text = value.scalar { return [text] }
        guard let elements = value.elements else {
            throw ScenarioError(
                "expected a name or a list for '\(property.text)', found \(value.shape)", at: value.location)
        }
        return elements.compactMap(\.scalar)
    }

    /// The accounts in scope, by scenario name: those named, those under the OU, or every account.
    func accounts() throws(ScenarioError) -> [(String, String)] {
        try built.accounts(named: declaration.accounts, under: declaration.organizationalUnit.map { [$0] } ?? [])
            .sorted { $0.key < $1.key }
    }
}
