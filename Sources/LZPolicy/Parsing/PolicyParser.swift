/// Reads policy JSON into a ``PolicyDocument``, reporting every grammar error with its position.
///
/// The grammar is the one of the IAM JSON policy reference
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html); rules that
/// depend on where the policy is used live in ``PolicyValidator``.
public struct PolicyParser {
    var diagnostics: [Diagnostic] = []
    let file: String?

    init(file: String?) {
        self.file = file
    }

    /// The outcome of parsing: a document when the text had the shape of a policy, and the findings.
    public struct Result: Sendable {
        /// The document, or `nil` when the text was not JSON or not a policy object.
        public var document: PolicyDocument?
        /// Grammar errors, in document order.
        public var diagnostics: [Diagnostic]

        /// Whether any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Parses a policy text.
    /// - Parameters:
    ///   - text: The JSON document.
    ///   - file: The file name to put in diagnostics.
    public static func parse(_ text: String, file: String? = nil) -> Result {
        let root: JSONNode
        do {
            root = try JSONScanner.parse(text)
        } catch {
            let diagnostic = Diagnostic(
                .error, code: "json.syntax", message: error.message, at: error.position, path: "", file: file)
            return Result(document: nil, diagnostics: [diagnostic])
        }
        return parse(root, size: PolicySize(measuring: text), file: file)
    }

    /// Parses a policy that is already JSON.
    /// - Parameters:
    ///   - node: The policy object.
    ///   - size: The text's size, for quota checks.
    ///   - file: The file name to put in diagnostics.
    public static func parse(_ node: JSONNode, size: PolicySize, file: String? = nil) -> Result {
        var parser = PolicyParser(file: file)
        let document = parser.readDocument(node, size: size)
        return Result(document: document, diagnostics: parser.diagnostics)
    }

    mutating func error(_ code: String, _ message: String, at position: SourcePosition, path: String) {
        diagnostics.append(Diagnostic(.error, code: code, message: message, at: position, path: path, file: file))
    }

    private mutating func readDocument(_ node: JSONNode, size: PolicySize) -> PolicyDocument? {
        guard let members = node.members else {
            error("policy.type", "expected a policy object, got \(node.typeDescription)", at: node.position, path: "")
            return nil
        }
        var version: Located<PolicyVersion>?
        var id: Located<String>?
        var statements: [Statement] = []
        var sawStatement = false
        var seen: Set<String> = []
        for member in members {
            if !seen.insert(member.key).inserted {
                error(
                    "policy.duplicate-element", "expected each element once, got a second \"\(member.key)\"",
                    at: member.keyPosition, path: member.key)
                continue
            }
            switch member.key {
            case "Version":
                version = readVersion(member.value)
            case "Id":
                if let text = member.value.string {
                    id = Located(text, at: member.value.position)
                } else {
                    error(
                        "policy.id", "expected a string, got \(member.value.typeDescription)",
                        at: member.value.position, path: "Id")
                }
            case "Statement":
                sawStatement = true
                statements = readStatements(member.value)
            default:
                error(
                    "policy.unknown-element",
                    "expected \"Version\", \"Id\" or \"Statement\", got \(JSONNode.quoted(member.key))",
                    at: member.keyPosition, path: member.key)
            }
        }
        if !sawStatement {
            error("policy.missing-statement", "expected a \"Statement\" element, got none", at: node.position, path: "")
        }
        return PolicyDocument(version: version, id: id, statements: statements, position: node.position, size: size)
    }

    private mutating func readVersion(_ node: JSONNode) -> Located<PolicyVersion>? {
        if let text = node.string, let version = PolicyVersion(rawValue: text) {
            return Located(version, at: node.position)
        }
        error(
            "policy.version", "expected \"2012-10-17\" or \"2008-10-17\", got \(node.typeDescription)",
            at: node.position, path: "Version")
        return nil
    }

    private mutating func readStatements(_ node: JSONNode) -> [Statement] {
        let nodes: [JSONNode]
        switch node.value {
        case .object: nodes = [node]
        case .array(let elements):
            if elements.isEmpty {
                error(
                    "policy.empty-statement", "expected at least one statement, got an empty array",
                    at: node.position, path: "Statement")
            }
            nodes = elements
        default:
            error(
                "policy.statement-type", "expected a statement object or an array of them, got \(node.typeDescription)",
                at: node.position, path: "Statement")
            return []
        }
        var statements: [Statement] = []
        for (index, element) in nodes.enumerated() {
            let path = node.elements == nil ? "Statement" : "Statement[\(index)]"
            if let statement = readStatement(element, index: index, path: path) {
                statements.append(statement)
            }
        }
        return statements
    }

    /// Reads a string or an array of strings; other JSON types are errors.
    mutating func readStringList(_ node: JSONNode, path: String, code: String) -> [Located<String>] {
        switch node.value {
        case .string(let text):
            return [Located(text, at: node.position)]
        case .array(let elements):
            if elements.isEmpty {
                error(code, "expected at least one string, got an empty array", at: node.position, path: path)
            }
            var values: [Located<String>] = []
            for (index, element) in elements.enumerated() {
                if let text = element.string {
                    values.append(Located(text, at: element.position))
                } else {
                    error(
                        code, "expected a string, got \(element.typeDescription)",
                        at: element.position, path: "\(path)[\(index)]")
                }
            }
            return values
        default:
            error(
                code, "expected a string or an array of strings, got \(node.typeDescription)",
                at: node.position, path: path)
            return []
        }
    }
}
