extension PolicyLinter {
    /// Unknown services and actions, and resources an action cannot touch, against ``ActionCatalog``.
    static func lintCatalog(
        _ statement: Statement, _ path: String, _ warn: (String, String, SourcePosition, String) -> Void
    ) {
        let catalog = ActionCatalog.shared
        guard !catalog.services.isEmpty else { return }
        let actionPath = "\(path).\(statement.action.isNegated ? "NotAction" : "Action")"
        var exactActions: [(service: String, name: String)] = []
        for action in statement.action.values where action.value != "*" {
            let parts = action.value.lowercased().split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].contains("*"), !parts[0].contains("?") else { continue }
            guard let service = catalog.services[parts[0]] else {
                warn(
                    "lint.unknown-service",
                    "expected a service prefix in lzsim's IAM catalog, got \(JSONNode.quoted(parts[0]))",
                    action.position, actionPath)
                continue
            }
            if parts[1].contains("*") || parts[1].contains("?") {
                if !catalog.hasAction(matching: action.value) {
                    warn(
                        "lint.unknown-action",
                        "expected a pattern that matches some \(parts[0]) action, got \(JSONNode.quoted(action.value))",
                        action.position, actionPath)
                }
            } else if service.actions[parts[1]] == nil {
                warn(
                    "lint.unknown-action",
                    "expected an action of \(parts[0]) in lzsim's IAM catalog, got \(JSONNode.quoted(action.value))",
                    action.position, actionPath)
            } else if !statement.action.isNegated {
                exactActions.append((parts[0], parts[1]))
            }
        }
        guard let resource = statement.resource, !resource.isNegated else { return }
        let arns = resource.values.filter { $0.value != "*" }
        guard !arns.isEmpty, arns.count == resource.values.count else { return }
        for (serviceName, actionName) in exactActions {
            guard let service = catalog.services[serviceName], let types = service.actions[actionName] else { continue }
            let templates = types.compactMap { service.resourceTypes[$0] }
            // A resource type the catalog names but does not describe cannot be checked.
            if templates.count != types.count { continue }
            let spelled = service.actionNames[actionName] ?? actionName
            if !arns.contains(where: { arn in templates.contains { ResourceTypeMatch.compatible(arn.value, $0) } }) {
                let expected =
                    templates.isEmpty
                    ? "\"Resource\": \"*\" (the action has no resource types)"
                    : "a resource of type \(types.joined(separator: " or "))"
                warn(
                    "lint.resource-mismatch",
                    "expected \(expected) for \(serviceName):\(spelled), got \(JSONNode.quoted(arns[0].value))",
                    arns[0].position, "\(path).Resource")
            }
        }
    }
}

/// Whether a policy ARN could name a resource of a catalog resource type.
enum ResourceTypeMatch {
    /// Compares field by field; a template placeholder or a wildcard in the policy field makes a field compatible,
    /// and the resource field must agree on its literal prefix.
    static func compatible(_ arn: String, _ template: String) -> Bool {
        let policy = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let type = template.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard policy.count == 6, type.count == 6 else { return true }
        if !policy[2].contains("*"), policy[2] != type[2] { return false }
        let typePrefix = type[5].prefix { $0 != "$" }
        let policyPrefix = policy[5].prefix { $0 != "*" && $0 != "?" && $0 != "$" }
        return policyPrefix.hasPrefix(typePrefix) || typePrefix.hasPrefix(policyPrefix)
    }
}
