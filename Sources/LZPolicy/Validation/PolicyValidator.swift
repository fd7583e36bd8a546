/// Checks a parsed policy against the rules of the place it is used: which elements are allowed,
/// size quotas, and the SCP, RCP and trust-policy restrictions.
///
/// Errors are what IAM or Organizations would reject; warnings come from ``PolicyLinter``.
public enum PolicyValidator {
    /// Validates a document as a policy of `kind`.
    /// - Parameters:
    ///   - document: The parsed document.
    ///   - kind: Where the policy is used.
    ///   - file: The file name to put in diagnostics.
    ///   - lint: Whether to add ``PolicyLinter`` warnings; callers that only need errors can skip them.
    /// - Returns: Errors and warnings in document order.
    public static func validate(
        _ document: PolicyDocument, as kind: PolicyKind, file: String? = nil, lint: Bool = true
    ) -> [Diagnostic] {
        var findings = Findings(file: file)
        checkSize(document, kind, &findings)
        var sids: Set<String> = []
        for statement in document.statements {
            let path = document.statements.count == 1 ? "Statement" : "Statement[\(statement.index)]"
            checkPrincipal(statement, kind, path, &findings)
            checkResource(statement, kind, path, &findings)
            checkSid(statement, kind, path, &sids, &findings)
            switch kind {
            case .scp: checkSCP(statement, path, &findings)
            case .rcp: checkRCP(statement, path, &findings)
            case .trust: checkTrust(statement, path, &findings)
            default: break
            }
        }
        if lint { findings.items += PolicyLinter.lint(document, as: kind, file: file) }
        return findings.items.sorted { $0.position < $1.position }
    }

    struct Findings {
        let file: String?
        var items: [Diagnostic] = []

        mutating func error(_ code: String, _ message: String, _ position: SourcePosition, _ path: String) {
            items.append(Diagnostic(.error, code: code, message: message, at: position, path: path, file: file))
        }
    }

    private static func article(_ kind: PolicyKind) -> String {
        switch kind {
        case .identity: "an identity policy"
        case .userInline: "a user inline policy"
        case .roleInline: "a role inline policy"
        case .groupInline: "a group inline policy"
        case .boundary: "a permissions boundary"
        case .session: "a session policy"
        case .resource: "a resource-based policy"
        case .trust: "a role trust policy"
        case .keyPolicy: "a key policy"
        case .scp: "an SCP"
        case .rcp: "an RCP"
        case .vpcEndpoint: "a VPC endpoint policy"
        }
    }

    private static func checkSize(_ document: PolicyDocument, _ kind: PolicyKind, _ findings: inout Findings) {
        let (limit, countsWhitespace) = kind.sizeLimit
        let size = countsWhitespace ? document.size.characters : document.size.charactersWithoutWhitespace
        guard size > limit else { return }
        let counting = countsWhitespace ? "whitespace included" : "whitespace not counted"
        findings.error(
            "policy.size", "expected at most \(limit) characters (\(counting)) for \(article(kind)), got \(size)",
            document.position, "")
    }

    private static func checkPrincipal(
        _ statement: Statement, _ kind: PolicyKind, _ path: String, _ findings: inout Findings
    ) {
        if kind.requiresPrincipal, statement.principal == nil {
            findings.error(
                "statement.missing-principal", "expected a \"Principal\" element in \(article(kind)), got none",
                statement.position, path)
        }
        if !kind.requiresPrincipal, let principal = statement.principal {
            let element = principal.isNegated ? "NotPrincipal" : "Principal"
            findings.error(
                "statement.principal-not-allowed", "expected no \"\(element)\" in \(article(kind)), got one",
                principal.position, "\(path).\(element)")
        }
    }

    private static func checkResource(
        _ statement: Statement, _ kind: PolicyKind, _ path: String, _ findings: inout Findings
    ) {
        if kind == .trust, let resource = statement.resource {
            findings.error(
                "trust.resource", "expected no \"Resource\" in a role trust policy (the role is the resource), got one",
                resource.position, "\(path).\(resource.isNegated ? "NotResource" : "Resource")")
        } else if statement.resource == nil, !kind.allowsMissingResource {
            findings.error(
                "statement.missing-resource", "expected a \"Resource\" or \"NotResource\" element, got none",
                statement.position, path)
        }
    }

    private static let iamKinds: Set<PolicyKind> = [
        .identity, .userInline, .roleInline, .groupInline, .boundary, .session, .trust, .scp, .rcp,
    ]

    private static func checkSid(
        _ statement: Statement, _ kind: PolicyKind, _ path: String, _ sids: inout Set<String>,
        _ findings: inout Findings
    ) {
        guard let sid = statement.sid else { return }
        if iamKinds.contains(kind), !sid.value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            findings.error(
                "statement.sid-format", "expected a Sid of letters and digits only, got \(JSONNode.quoted(sid.value))",
                sid.position, "\(path).Sid")
        }
        if !sid.value.isEmpty, !sids.insert(sid.value).inserted {
            findings.error(
                "statement.duplicate-sid", "expected unique Sids in a policy, got \(JSONNode.quoted(sid.value)) twice",
                sid.position, "\(path).Sid")
        }
    }
}
