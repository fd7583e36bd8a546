/// One way a document fails an XML schema, as libxml2's validator reports it.
///
/// The description reads `path:line: message`, or `path: message` when libxml2 knows no line.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// The document, as the caller named it.
    public var path: String
    /// The 1-based line of the offending element, when known.
    public var line: Int?
    /// The validator's message, such as `element 'testcase': the attribute 'name' is required but missing`.
    public var message: String

    /// Creates a violation.
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// The violation as one line: `path:line: message`, or `path: message` when the line is unknown.
    public var description: String {
        if let line {
            return "\(path):\(line): \(message)"
        }
        return "\(path): \(message)"
    }
}
