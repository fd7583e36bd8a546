/// A problem with a scenario or foundation file, at its place in the file, saying what was
/// expected and what was found, with a hint when lzsim can guess the fix.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What was expected and what was found; lowercase, no final period.
    public var message: String
    /// A likely fix, such as the correctly spelled key.
    public var hint: String?

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: message (hint)`.
    public var description: String {
        "\(location): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}

/// Several problems at once: a file is checked as far as it can be, so a user fixes them in one go.
public struct ScenarioErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var errors: [ScenarioError]

    /// Creates the collection.
    public init(_ errors: [ScenarioError]) {
        self.errors = errors.sorted { $0.location < $1.location }
    }

    /// One problem per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
