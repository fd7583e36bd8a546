/// Warnings in the spirit of IAM Access Analyzer's policy validation: documents AWS accepts that
/// probably do not do what their author meant.
public enum PolicyLinter {
    /// Lints a parsed document used as `kind`.
    /// - Returns: Warnings, in document order.
    public static func lint(_ document: PolicyDocument, as kind: PolicyKind, file: String? = nil) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        func warn(_ code: String, _ message: String, _ position: SourcePosition, _ path: String) {
            warnings.append(Diagnostic(.warning, code: code, message: message, at: position, path: path, file: file))
        }
        let variablesEnabled = document.effectiveVersion.supportsVariables
        for statement in document.statements {
            let path = document.statements.count == 1 ? "Statement" : "Statement[\(statement.index)]"
            if statement.effect.value == .allow, let principal = statement.principal, principal.isNegated {
                // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
                warn(
                    "lint.allow-not-principal",
                    "expected \"NotPrincipal\" only with Deny, got it with Allow (grants everyone not listed)",
                    principal.position, "\(path).NotPrincipal")
            }
            for value in statement.resource?.values ?? [] where value.value.contains("${") {
                let fields = value.value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
                if !variablesEnabled {
                    warn(
                        "lint.variable-literal",
                        "expected \"Version\": \"2012-10-17\" for policy variables, got a version that keeps "
                            + "\(JSONNode.quoted(value.value)) literal", value.position, "\(path).Resource")
                } else if fields.count == 6, fields[0..<5].contains(where: { $0.contains("${") }) {
                    warn(
                        "lint.variable-position",
                        "expected policy variables only after the fifth colon of an ARN, got one in "
                            + JSONNode.quoted(value.value), value.position, "\(path).Resource")
                }
            }
            for clause in statement.conditions {
                lintCondition(clause, statement, path, variablesEnabled, warn)
            }
            lintCatalog(statement, path, warn)
        }
        return warnings
    }

    private static func lintCondition(
        _ clause: ConditionClause, _ statement: Statement, _ path: String, _ variablesEnabled: Bool,
        _ warn: (String, String, SourcePosition, String) -> Void
    ) {
        let op = clause.conditionOperator
        let clausePath = "\(path).Condition.\(op).\(clause.key.value)"
        let nullGuarded = statement.conditions.contains {
            $0.conditionOperator.family == .null && $0.key.value.lowercased() == clause.key.value.lowercased()
                && $0.values.map { $0.value.lowercased() } == ["false"]
        }
        if op.qualifier == .forAllValues, statement.effect.value == .allow, !nullGuarded {
            // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
            warn(
                "lint.for-all-values-allow",
                "expected ForAllValues only with Deny or with a Null check, got it in an Allow "
                    + "(true when the key is absent)", clause.operatorPosition, clausePath)
        }
        if op.qualifier != nil, let multivalued = ActionCatalog.shared.isMultivalued(clause.key.value),
            !multivalued
        {
            warn(
                "lint.set-operator-single-valued",
                "expected \(op.qualifier!.rawValue) only on a multivalued key, got single-valued "
                    + JSONNode.quoted(clause.key.value), clause.operatorPosition, clausePath)
        }
        for value in clause.values where value.value.contains("${") {
            let substituted = [.string, .arn].contains(op.family)
            if !substituted || !variablesEnabled {
                let reason =
                    !substituted
                    ? "\(op.family.rawValue) operators take no variables"
                    : "the policy "
                        + "has no \"Version\": \"2012-10-17\""
                warn(
                    "lint.variable-literal",
                    "expected a variable where it is substituted, got \(JSONNode.quoted(value.value)) kept literal "
                        + "(\(reason))", value.position, clausePath)
            }
        }
    }
}
