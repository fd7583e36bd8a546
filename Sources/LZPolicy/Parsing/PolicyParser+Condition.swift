extension PolicyParser {
    mutating func readConditions(_ node: JSONNode, path: String) -> [ConditionClause] {
        guard let operators = node.members else {
            error(
                "condition.type", "expected an object of condition operators, got \(node.typeDescription)",
                at: node.position, path: path)
            return []
        }
        var clauses: [ConditionClause] = []
        for entry in operators {
            let operatorPath = "\(path).\(entry.key)"
            guard let conditionOperator = ConditionOperator(parsing: entry.key) else {
                error(
                    "condition.unknown-operator",
                    "expected a condition operator such as \"StringEquals\", got \(JSONNode.quoted(entry.key))",
                    at: entry.keyPosition, path: operatorPath)
                continue
            }
            guard let keys = entry.value.members else {
                error(
                    "condition.block-type", "expected an object of condition keys, got \(entry.value.typeDescription)",
                    at: entry.value.position, path: operatorPath)
                continue
            }
            if keys.isEmpty {
                error(
                    "condition.empty", "expected at least one condition key, got an empty object",
                    at: entry.value.position, path: operatorPath)
            }
            for key in keys {
                let keyPath = "\(operatorPath).\(key.key)"
                let values = readConditionValues(key.value, path: keyPath)
                for value in values {
                    checkValue(value, for: conditionOperator, path: keyPath)
                }
                clauses.append(
                    ConditionClause(
                        conditionOperator: conditionOperator, operatorPosition: entry.keyPosition,
                        key: Located(key.key, at: key.keyPosition), values: values))
            }
        }
        return clauses
    }

    private mutating func readConditionValues(_ node: JSONNode, path: String) -> [Located<String>] {
        func scalar(_ node: JSONNode) -> String? {
            switch node.value {
            case .string(let text): text
            case .number(let text): text
            case .bool(let flag): flag ? "true" : "false"
            default: nil
            }
        }
        if let text = scalar(node) { return [Located(text, at: node.position)] }
        guard let elements = node.elements else {
            error(
                "condition.value-type",
                "expected a string, number, boolean or an array of them, got "
                    + node.typeDescription, at: node.position, path: path)
            return []
        }
        if elements.isEmpty {
            error(
                "condition.value-type", "expected at least one value, got an empty array",
                at: node.position, path: path)
        }
        var values: [Located<String>] = []
        for (index, element) in elements.enumerated() {
            if let text = scalar(element) {
                values.append(Located(text, at: element.position))
            } else {
                error(
                    "condition.value-type", "expected a string, number or boolean, got \(element.typeDescription)",
                    at: element.position, path: "\(path)[\(index)]")
            }
        }
        return values
    }

    private mutating func checkValue(_ value: Located<String>, for op: ConditionOperator, path: String) {
        let text = value.value
        let expected: String?
        switch op.family {
        case .numeric: expected = Double(text) == nil ? "a number" : nil
        case .date: expected = DateValue.parse(text) == nil ? "an ISO 8601 date or epoch seconds" : nil
        case .bool: expected = ["true", "false"].contains(text.lowercased()) ? nil : "\"true\" or \"false\""
        case .null: expected = ["true", "false"].contains(text.lowercased()) ? nil : "\"true\" or \"false\""
        case .ipAddress: expected = IPNetwork(parsing: text) == nil ? "an IPv4 or IPv6 address or CIDR block" : nil
        case .string, .arn, .binary: expected = nil
        }
        if let expected {
            error(
                "condition.value", "expected \(expected) for \(op), got \(JSONNode.quoted(text))",
                at: value.position, path: path)
        }
    }
}
