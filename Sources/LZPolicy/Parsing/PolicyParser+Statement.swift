extension PolicyParser {
    private static let statementElements = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    ]

    mutating func readStatement(_ node: JSONNode, index: Int, path: String) -> Statement? {
        guard let members = node.members else {
            error(
                "statement.type", "expected a statement object, got \(node.typeDescription)",
                at: node.position, path: path)
            return nil
        }
        if members.isEmpty {
            error(
                "statement.empty", "expected a statement with \"Effect\" and \"Action\", got an empty object",
                at: node.position, path: path)
            return nil
        }
        var seen: Set<String> = []
        var sid: Located<String>?
        var effect: Located<Effect>?
        var principal: PrincipalElement?
        var action: ListElement?
        var resource: ListElement?
        var conditions: [ConditionClause] = []
        var valid = true
        for member in members {
            let memberPath = "\(path).\(member.key)"
            guard Self.statementElements.contains(member.key) else {
                let hint = Self.statementElements.first { $0.lowercased() == member.key.lowercased() }
                let expected = hint.map { "\"\($0)\"" } ?? "a statement element such as \"Effect\" or \"Action\""
                error(
                    "statement.unknown-element", "expected \(expected), got \(JSONNode.quoted(member.key))",
                    at: member.keyPosition, path: memberPath)
                valid = false
                continue
            }
            if !seen.insert(member.key).inserted {
                error(
                    "statement.duplicate-element", "expected each element once, got a second \"\(member.key)\"",
                    at: member.keyPosition, path: memberPath)
                valid = false
                continue
            }
            let value = member.value
            switch member.key {
            case "Sid":
                if let text = value.string {
                    sid = Located(text, at: value.position)
                } else {
                    error(
                        "statement.sid", "expected a string, got \(value.typeDescription)",
                        at: value.position, path: memberPath)
                }
            case "Effect":
                if let text = value.string, let parsed = Effect(rawValue: text) {
                    effect = Located(parsed, at: value.position)
                } else {
                    error(
                        "statement.effect", "expected \"Allow\" or \"Deny\", got \(value.typeDescription)",
                        at: value.position, path: memberPath)
                    valid = false
                }
            case "Principal", "NotPrincipal":
                principal = readPrincipal(
                    value, negated: member.key == "NotPrincipal", at: member.keyPosition,
                    path: memberPath)
            case "Action", "NotAction":
                let values = readStringList(value, path: memberPath, code: "statement.action")
                for entry in values { checkAction(entry, path: memberPath) }
                action = ListElement(values: values, isNegated: member.key == "NotAction", position: member.keyPosition)
            case "Resource", "NotResource":
                let values = readStringList(value, path: memberPath, code: "statement.resource")
                for entry in values { checkResource(entry, path: memberPath) }
                resource = ListElement(
                    values: values, isNegated: member.key == "NotResource", position: member.keyPosition)
            default:
                conditions = readConditions(value, path: memberPath)
            }
        }
        if seen.contains("Principal") && seen.contains("NotPrincipal") {
            error(
                "statement.principal-conflict", "expected either \"Principal\" or \"NotPrincipal\", got both",
                at: node.position, path: path)
        }
        if seen.contains("Action") && seen.contains("NotAction") {
            error(
                "statement.action-conflict", "expected either \"Action\" or \"NotAction\", got both",
                at: node.position, path: path)
        }
        if seen.contains("Resource") && seen.contains("NotResource") {
            error(
                "statement.resource-conflict", "expected either \"Resource\" or \"NotResource\", got both",
                at: node.position, path: path)
        }
        if !seen.contains("Effect") {
            error("statement.missing-effect", "expected an \"Effect\" element, got none", at: node.position, path: path)
        }
        if action == nil {
            error(
                "statement.missing-action", "expected an \"Action\" or \"NotAction\" element, got none",
                at: node.position, path: path)
        }
        guard valid, let effect, let action else { return nil }
        return Statement(
            sid: sid, effect: effect, principal: principal, action: action, resource: resource,
            conditions: conditions, position: node.position, index: index)
    }

    private mutating func checkAction(_ entry: Located<String>, path: String) {
        let text = entry.value
        if text == "*" { return }
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let serviceOK =
            parts.count == 2 && !parts[0].isEmpty
            && parts[0].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        let nameOK = parts.count == 2 && !parts[1].isEmpty && !parts[1].contains(":")
        if !serviceOK || !nameOK {
            error(
                "action.format", "expected \"service:action\" or \"*\", got \(JSONNode.quoted(text))",
                at: entry.position, path: path)
        }
    }

    private mutating func checkResource(_ entry: Located<String>, path: String) {
        let text = entry.value
        if text == "*" { return }
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        // A trailing `*` may stand for the remaining fields ("can expand to match beyond the colon
        // boundaries", reference_policies_elements_resource.html).
        let truncatedWildcard = parts.count >= 3 && parts.count < 6 && text.hasSuffix("*")
        guard parts[0] == "arn", parts.count == 6 || truncatedWildcard else {
            error(
                "resource.format",
                "expected an ARN (arn:partition:service:region:account:resource) or \"*\", "
                    + "got \(JSONNode.quoted(text))", at: entry.position, path: path)
            return
        }
        if parts[2].contains("*") || parts[2].contains("?") || parts[2].isEmpty {
            error(
                "resource.service", "expected a service name in the ARN's third field, got \"\(parts[2])\"",
                at: entry.position, path: path)
        }
    }
}
