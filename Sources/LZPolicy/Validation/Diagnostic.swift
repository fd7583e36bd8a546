/// A finding about a policy document: an error that IAM or Organizations would reject, or a
/// lint warning in the spirit of IAM Access Analyzer's policy validation.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        /// AWS would reject the document.
        case error
        /// AWS accepts the document, but it probably does not do what its author meant.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// A stable, dotted code such as `statement.effect`, for scripts and suppression lists.
    public var code: String
    /// What was expected and what was found, lowercase, without a final period.
    public var message: String
    /// Where in the text the finding points.
    public var position: SourcePosition
    /// The element's path inside the document, such as `Statement[0].Effect`.
    public var path: String
    /// The file the document came from, when known.
    public var file: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        code: String,
        message: String,
        at position: SourcePosition,
        path: String,
        file: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.position = position
        self.path = path
        self.file = file
    }

    /// `file:line:column: severity: message [code]`; `<policy>` stands in for an unknown file.
    public var description: String {
        "\(file ?? "<policy>"):\(position): \(severity.rawValue): \(message) [\(code)]"
    }

    /// `path: message`, the form `lzsim evaluate` puts on a case's `error` line.
    public var pathDescription: String {
        path.isEmpty ? message : "\(path): \(message)"
    }
}
