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
    /// Everything in one reference, so that passing a policy around retains once.
    private final class Storage: Sendable {
        let name: String
        let kind: PolicyKind
        let document: PolicyDocument
        let warnings: [Diagnostic]
        let statements: [CompiledStatement]
        let allows: [CompiledStatement]
        let denies: [CompiledStatement]

        init(name: String, kind: PolicyKind, document: PolicyDocument, warnings: [Diagnostic]) {
            self.name = name
            self.kind = kind
            self.document = document
            self.warnings = warnings
            let version = document.effectiveVersion
            statements = document.statements.map { CompiledStatement($0, version: version) }
            allows = statements.filter { $0.effect == .allow }
            denies = statements.filter { $0.effect == .deny }
        }
    }

    private let storage: Storage

    /// A name for explanations: a file name, a policy name or an index such as `identity_policies[0]`.
    public var name: String { storage.name }
    /// The kind the policy was validated as.
    public var kind: PolicyKind { storage.kind }
    /// The document as written.
    public var document: PolicyDocument { storage.document }
    /// Warnings from validation (errors prevent a `Policy` from being made).
    public var warnings: [Diagnostic] { storage.warnings }
    var statements: [CompiledStatement] { storage.statements }
    var allows: [CompiledStatement] { storage.allows }
    var denies: [CompiledStatement] { storage.denies }

    /// Compiles a document that has already been parsed and validated.
    public init(document: PolicyDocument, kind: PolicyKind, name: String, warnings: [Diagnostic] = []) {
        storage = Storage(name: name, kind: kind, document: document, warnings: warnings)
    }

    /// Parses, validates and compiles a policy text.
    /// - Parameters:
    ///   - json: The policy document.
    ///   - kind: Where the policy is used; decides which elements and sizes are accepted.
    ///   - name: A name for explanations; defaults to the file name or the kind.
    ///   - file: The file the text came from, for diagnostics.
    ///   - lint: Whether to add lint warnings to ``warnings``; AWS itself does not lint, so a
    ///     simulated service accepting a document can skip them.
    /// - Throws: ``PolicyError`` with every error diagnostic when AWS would reject the document.
    public init(json: String, kind: PolicyKind, name: String? = nil, file: String? = nil, lint: Bool = true)
        throws(PolicyError)
    {
        let parsed = PolicyParser.parse(json, file: file)
        try self.init(parsed: parsed, kind: kind, name: name ?? file ?? kind.rawValue, file: file, lint: lint)
    }

    /// Validates and compiles a policy that is already JSON (for example, one embedded in a larger file).
    public init(node: JSONNode, size: PolicySize, kind: PolicyKind, name: String, file: String? = nil)
        throws(PolicyError)
    {
        try self.init(parsed: PolicyParser.parse(node, size: size, file: file), kind: kind, name: name, file: file)
    }

    private init(parsed: PolicyParser.Result, kind: PolicyKind, name: String, file: String?, lint: Bool = true)
        throws(PolicyError)
    {
        var diagnostics = parsed.diagnostics
        if let document = parsed.document {
            diagnostics += PolicyValidator.validate(document, as: kind, file: file, lint: lint)
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
