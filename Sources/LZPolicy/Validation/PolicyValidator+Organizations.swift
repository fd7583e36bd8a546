extension PolicyValidator {
    /// SCP syntax: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
    /// (`Condition`, `NotAction` and specific `Resource` only in Deny statements; `*` only at the end of an action).
    static func checkSCP(_ statement: Statement, _ path: String, _ findings: inout Findings) {
        let actionPath = "\(path).\(statement.action.isNegated ? "NotAction" : "Action")"
        for action in statement.action.values where action.value != "*" {
            let name = action.value.split(separator: ":", maxSplits: 1).last ?? ""
            let wildcardInside = name.dropLast().contains { $0 == "*" || $0 == "?" } || name.last == "?"
            if wildcardInside {
                findings.error(
                    "scp.action-wildcard",
                    "expected a wildcard only at the end of an action in an SCP, got \(JSONNode.quoted(action.value))",
                    action.position, actionPath)
            }
        }
        if let resource = statement.resource, resource.isNegated {
            findings.error(
                "scp.not-resource", "expected \"Resource\" in an SCP, got \"NotResource\"", resource.position,
                "\(path).NotResource")
        }
        guard statement.effect.value == .allow else { return }
        if statement.action.isNegated {
            findings.error(
                "scp.allow-not-action", "expected \"Action\" in an SCP Allow statement, got \"NotAction\"",
                statement.action.position, actionPath)
        }
        if let first = statement.conditions.first {
            findings.error(
                "scp.allow-condition", "expected no \"Condition\" in an SCP Allow statement, got one",
                first.operatorPosition, "\(path).Condition")
        }
        if let resource = statement.resource, !resource.isNegated,
            let specific = resource.values.first(where: { $0.value != "*" })
        {
            findings.error(
                "scp.allow-resource",
                "expected \"Resource\": \"*\" in an SCP Allow statement, got \(JSONNode.quoted(specific.value))",
                specific.position, "\(path).Resource")
        }
    }

    /// RCP syntax: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
    /// (`Principal` must be `*`; `Allow` only as in `RCPFullAWSAccess`).
    static func checkRCP(_ statement: Statement, _ path: String, _ findings: inout Findings) {
        if let principal = statement.principal {
            if principal.isNegated {
                findings.error(
                    "rcp.not-principal", "expected \"Principal\": \"*\" in an RCP, got \"NotPrincipal\"",
                    principal.position, "\(path).NotPrincipal")
            } else if let named = principal.entries.first(where: { $0.value != "*" }) {
                findings.error(
                    "rcp.principal", "expected \"Principal\": \"*\" in an RCP, got \(JSONNode.quoted(named.value))",
                    named.position, "\(path).Principal")
            }
        }
        guard statement.effect.value == .allow else { return }
        let isFullAccess =
            !statement.action.isNegated && statement.action.values.map(\.value) == ["*"]
            && statement.resource.map { !$0.isNegated && $0.values.map(\.value) == ["*"] } ?? false
            && statement.conditions.isEmpty
        if !isFullAccess {
            findings.error(
                "rcp.allow",
                "expected Allow only as in RCPFullAWSAccess (\"Action\": \"*\", \"Resource\": \"*\", no Condition), "
                    + "got a narrower Allow", statement.effect.position, "\(path).Effect")
        }
    }

    /// Role trust policies only take STS actions ("AssumeRole policy may only specify STS AssumeRole actions").
    static func checkTrust(_ statement: Statement, _ path: String, _ findings: inout Findings) {
        for action in statement.action.values where !action.value.lowercased().hasPrefix("sts:") && action.value != "*"
        {
            findings.error(
                "trust.action",
                "expected an sts: action such as \"sts:AssumeRole\", got \(JSONNode.quoted(action.value))",
                action.position, "\(path).\(statement.action.isNegated ? "NotAction" : "Action")")
        }
    }
}
