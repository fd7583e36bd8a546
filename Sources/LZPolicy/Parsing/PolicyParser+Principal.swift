extension PolicyParser {
    mutating func readPrincipal(_ node: JSONNode, negated: Bool, at position: SourcePosition, path: String)
        -> PrincipalElement?
    {
        switch node.value {
        case .string(let text):
            guard text == "*" else {
                error(
                    "principal.format",
                    "expected \"*\" or an object such as {\"AWS\": ...}, got \(node.typeDescription)",
                    at: node.position, path: path)
                return nil
            }
            return PrincipalElement(
                entries: [.init(type: .everyone, value: "*", position: node.position)], isNegated: negated,
                position: position)
        case .object(let members):
            if members.isEmpty {
                error(
                    "principal.empty", "expected at least one principal type, got an empty object",
                    at: node.position, path: path)
            }
            var entries: [PrincipalElement.Entry] = []
            for member in members {
                let memberPath = "\(path).\(member.key)"
                guard let type = PrincipalElement.PrincipalType(rawValue: member.key), type != .everyone else {
                    error(
                        "principal.unknown-type",
                        "expected \"AWS\", \"Service\", \"Federated\" or \"CanonicalUser\", got "
                            + JSONNode.quoted(member.key), at: member.keyPosition, path: memberPath)
                    continue
                }
                for value in readStringList(member.value, path: memberPath, code: "principal.value") {
                    if type == .aws { checkAWSPrincipal(value, path: memberPath) }
                    entries.append(.init(type: type, value: value.value, position: value.position))
                }
            }
            return PrincipalElement(entries: entries, isNegated: negated, position: position)
        default:
            error(
                "principal.format", "expected \"*\" or an object such as {\"AWS\": ...}, got \(node.typeDescription)",
                at: node.position, path: path)
            return nil
        }
    }

    private mutating func checkAWSPrincipal(_ value: Located<String>, path: String) {
        let text = value.value
        if text == "*" || AccountID.isValid(text) || UniqueID.isValid(text) { return }
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let valid =
            parts.count == 6 && parts[0] == "arn" && (parts[2] == "iam" || parts[2] == "sts")
            && AccountID.isValid(String(parts[4])) && !parts[5].isEmpty && !text.contains("*")
        if !valid {
            error(
                "principal.aws-format",
                "expected \"*\", a 12-digit account ID or an IAM or STS principal ARN, got \(JSONNode.quoted(text))",
                at: value.position, path: path)
        }
    }
}

/// IAM unique IDs of users (`AIDA...`) and roles (`AROA...`), which a stored policy shows in place
/// of a principal ARN whose user or role was deleted
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
enum UniqueID {
    static func isValid(_ text: String) -> Bool {
        (text.hasPrefix("AIDA") || text.hasPrefix("AROA")) && text.utf8.count >= 16
            && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }
    }
}

/// Twelve-digit AWS account IDs.
enum AccountID {
    static func isValid(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
