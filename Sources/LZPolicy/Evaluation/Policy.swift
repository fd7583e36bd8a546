/// A policy ready for evaluation: parsed, validated for its kind and compiled once.
///
/// ```swift
/// let policy = try Policy(json: text, kind: .identity, name: "ReadData")
/// ```
///
/// Compilation lowercases action patterns, splits ARN patterns into fields, types condition
/// values and parses CIDRs and dates, so evaluation does no parsing. A `Policy` is an immutable
/// value and can be shared across threads.
public struct Policy: Sendable {
    /// A name for explanations: a file name, a policy name or an index such as `identity_policies[0]`.
    public let name: String
    /// The kind the policy was validated as.
    public let kind: PolicyKind
    /// The document as written.
    public let document: PolicyDocument
    /// Warnings from validation (errors prevent a `Policy` from being made).
    public let warnings: [Diagnostic]
    let statements: [CompiledStatement]
    let allows: [CompiledStatement]
    let denies: [CompiledStatement]

    /// Compiles a document that has already been parsed and validated.
    public init(document: PolicyDocument, kind: PolicyKind, name: String, warnings: [Diagnostic] = []) {
        self.name = name
        self.kind = kind
        self.document = document
        self.warnings = warnings
        let version = document.effectiveVersion
        statements = document.statements.map { CompiledStatement($0, version: version) }
        allows = statements.filter { $0.effect == .allow }
        denies = statements.filter { $0.effect == .deny }
    }

    /// Parses, validates and compiles a policy text.
    /// - Parameters:
    ///   - json: The policy document.
    ///   - kind: Where the policy is used; decides which elements and sizes are accepted.
    ///   - name: A name for explanations; defaults to the file name or the kind.
    ///   - file: The file the text came from, for diagnostics.
    /// - Throws: ``PolicyError`` with every error diagnostic when AWS would reject the document.
    public init(json: String, kind: PolicyKind, name: String? = nil, file: String? = nil) throws(PolicyError) {
        let parsed = PolicyParser.parse(json, file: file)
        try self.init(parsed: parsed, kind: kind, name: name ?? file ?? kind.rawValue, file: file)
    }

    /// Validates and compiles a policy that is already JSON (for example, one embedded in a larger file).
    public init(node: JSONNode, size: PolicySize, kind: PolicyKind, name: String, file: String? = nil)
        throws(PolicyError)
    {
        try self.init(parsed: PolicyParser.parse(node, size: size, file: file), kind: kind, name: name, file: file)
    }

    private init(parsed: PolicyParser.Result, kind: PolicyKind, name: String, file: String?) throws(PolicyError) {
        var diagnostics = parsed.diagnostics
        if let document = parsed.document {
            diagnostics += PolicyValidator.validate(document, as: kind, file: file)
        }
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let document = parsed.document else {
            throw PolicyError(diagnostics: errors.sorted { $0.position < $1.position })
        }
        self.init(document: document, kind: kind, name: name, warnings: diagnostics)
    }
}

/// The errors that make a policy document unusable, each with its position.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    /// The error diagnostics, in document order.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
