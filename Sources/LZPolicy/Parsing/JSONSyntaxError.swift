/// A place where a text stops being valid JSON.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the offending character is.
    public var position: SourcePosition
    /// What was expected and what was found, lowercase, without a final period.
    public var message: String

    /// Creates a syntax error.
    public init(position: SourcePosition, message: String) {
        self.position = position
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(position): \(message)" }
}
