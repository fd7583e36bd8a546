import LZPolicy

/// The statement shapes the IAM and KMS controls look for, read from a policy's text as
/// Security Hub's rules read it: by the `Action` and `Resource` elements, conditions ignored.
enum PolicyStatements {
    /// Whether an `Action` pattern (`kms:De*`, `*`) covers `action`, case-insensitively.
    static func covers(_ pattern: String, _ action: String) -> Bool {
        glob(Array(pattern.lowercased()), Array(action.lowercased()))
    }

    /// Whether an `Action`/`NotAction` element allows `action`.
    static func allows(_ element: ListElement, _ action: String) -> Bool {
        let matched = element.values.contains { covers($0.value, action) }
        return element.isNegated ? !matched : matched
    }

    /// Allow statements with `Action: "*"` and `Resource: "*"` (IAM.1).
    static func fullAdministrator(_ policy: Policy) -> Statement? {
        policy.document.statements.first { statement in
            statement.effect.value == .allow && !statement.action.isNegated
                && statement.action.values.contains { $0.value == "*" }
                && statement.resource.map { !$0.isNegated && $0.values.contains { $0.value == "*" } } ?? false
        }
    }

    /// Allow statements with a `service:*` action, and the first such action (IAM.21).
    static func serviceWildcard(_ policy: Policy) -> (Statement, String)? {
        for statement in policy.document.statements
        where statement.effect.value == .allow && !statement.action.isNegated {
            if let action = statement.action.values.first(where: { isServiceWildcard($0.value) }) {
                return (statement, action.value)
            }
        }
        return nil
    }

    private static func isServiceWildcard(_ action: String) -> Bool {
        let parts = action.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[1] == "*" && !parts[0].isEmpty
            && parts[0].allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    /// The first Allow statement granting `kms:Decrypt` or `kms:ReEncryptFrom` on every key, and
    /// the action it grants (KMS.1, KMS.2). Conditions are ignored, as Security Hub documents.
    static func decryptOnAllKeys(_ policy: Policy) -> (Statement, String)? {
        for statement in policy.document.statements where statement.effect.value == .allow {
            guard let resource = statement.resource, coversEveryKey(resource) else { continue }
            for action in ["kms:Decrypt", "kms:ReEncryptFrom"] where allows(statement.action, action) {
                return (statement, action)
            }
        }
        return nil
    }

    /// `*`, `arn:aws:kms:*:*:key/*` and any pattern whose key ID is a wildcard reach an
    /// arbitrary key; `NotResource` does too unless it names every key.
    private static func coversEveryKey(_ resource: ListElement) -> Bool {
        let any = resource.values.contains { value in
            let text = value.value
            if text == "*" { return true }
            let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard parts.count == 6, parts[0] == "arn", covers(String(parts[2]), "kms") else { return false }
            return parts[5] == "*" || parts[5] == "key/*"
        }
        return resource.isNegated ? !any : any
    }

    /// Allow statements whose principal is anyone and whose conditions do not pin the caller to
    /// fixed values (KMS.5, https://docs.aws.amazon.com/config/latest/developerguide/kms-key-policy-no-public-access.html).
    static func publicGrant(_ policy: Policy) -> Statement? {
        policy.document.statements.first { statement in
            guard statement.effect.value == .allow, let principal = statement.principal, !principal.isNegated,
                principal.entries.contains(where: { $0.type == .everyone || ($0.type == .aws && $0.value == "*") })
            else { return false }
            return !statement.conditions.contains(where: pinsCaller)
        }
    }

    /// Keys that restrict who may call to an account, organization, principal, network or source.
    private static let callerKeys: Set<String> = [
        "aws:principalaccount", "aws:principalarn", "aws:principalorgid", "aws:principalorgpaths",
        "aws:sourceaccount", "aws:sourcearn", "aws:sourceowner", "aws:sourcevpc", "aws:sourcevpce",
        "aws:sourceip", "kms:calleraccount", "aws:userid", "aws:username",
    ]

    private static func pinsCaller(_ clause: ConditionClause) -> Bool {
        let operation = clause.conditionOperator
        guard callerKeys.contains(clause.key.value.lowercased()), !operation.isNegated, !operation.ifExists,
            operation.qualifier == nil, !clause.values.isEmpty
        else { return false }
        return clause.values.allSatisfy { value in
            !value.value.contains("*") && !value.value.contains("?") && !value.value.contains("${")
        }
    }

    /// Deny statements on `s3:*` (or `*`) when `aws:SecureTransport` is false (S3.5).
    static func deniesInsecureTransport(_ policy: Policy) -> Bool {
        policy.document.statements.contains { statement in
            statement.effect.value == .deny && !statement.action.isNegated
                && statement.action.values.contains { $0.value == "*" || $0.value.lowercased() == "s3:*" }
                && statement.conditions.contains { clause in
                    clause.key.value.lowercased() == "aws:securetransport"
                        && clause.conditionOperator.family == .bool && !clause.conditionOperator.isNegated
                        && clause.values.contains { $0.value.lowercased() == "false" }
                }
        }
    }

    /// `*` and `?` wildcards, as the policy language matches actions.
    private static func glob(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0
        var t = 0
        var star = -1
        var mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
