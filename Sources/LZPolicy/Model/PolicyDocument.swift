/// A policy document as written: its version, optional `Id` and statements, with positions.
///
/// Produced by ``PolicyParser``; turned into an evaluable ``Policy`` by compiling it.
public struct PolicyDocument: Sendable {
    /// The `Version` element, or `nil` when absent (IAM then applies 2008-10-17 rules).
    public var version: Located<PolicyVersion>?
    /// The optional `Id` element.
    public var id: Located<String>?
    /// The statements in source order.
    public var statements: [Statement]
    /// Where the document's opening brace is.
    public var position: SourcePosition
    /// The size measures AWS's quotas are checked against.
    public var size: PolicySize

    /// The version in force: the declared one, else 2008-10-17.
    public var effectiveVersion: PolicyVersion { version?.value ?? .version2008 }

    /// Creates a document.
    public init(
        version: Located<PolicyVersion>?,
        id: Located<String>?,
        statements: [Statement],
        position: SourcePosition,
        size: PolicySize
    ) {
        self.version = version
        self.id = id
        self.statements = statements
        self.position = position
        self.size = size
    }
}

/// The length of a policy text as AWS's different quotas count it.
public struct PolicySize: Sendable, Hashable {
    /// Every character of the text, as Organizations and KMS count it.
    public var characters: Int
    /// Characters outside whitespace between JSON tokens, as IAM counts it.
    public var charactersWithoutWhitespace: Int

    /// Creates a size.
    public init(characters: Int, charactersWithoutWhitespace: Int) {
        self.characters = characters
        self.charactersWithoutWhitespace = charactersWithoutWhitespace
    }

    /// Measures a JSON text: whitespace inside string literals counts, whitespace between tokens does not.
    public init(measuring text: String) {
        var total = 0
        var compact = 0
        var inString = false
        var escaped = false
        for scalar in text.unicodeScalars {
            total += 1
            if inString {
                compact += 1
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                }
                continue
            }
            switch scalar {
            case " ", "\t", "\n", "\r": continue
            case "\"":
                inString = true
                compact += 1
            default: compact += 1
            }
        }
        self.init(characters: total, charactersWithoutWhitespace: compact)
    }
}
