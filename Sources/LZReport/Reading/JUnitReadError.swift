/// Why a JUnit XML file could not be read, with the file and, where the parser knows it, the line.
///
/// The description reads `path:line: message` (or `path: message` without a line), lowercase
/// and without a final period, so a command can print it as it is.
public struct JUnitReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of input a reader refuses.
    public enum Kind: Sendable, Equatable {
        /// The file is missing, a directory, or cannot be read.
        case unreadable
        /// The file is not well-formed XML 1.0.
        case notXML
        /// The file is XML, but its root is neither `<testsuites>` nor `<testsuite>`.
        case notJUnit
        /// The file declares a DTD or entities, which are refused rather than loaded or expanded.
        case doctypeRefused
        /// The file is JUnit, but breaks an invariant a report must keep to be read into a run.
        case invalidReport
    }

    /// What kind of input was refused.
    public var kind: Kind
    /// The file, as the caller named it.
    public var path: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    /// What was expected and what was found.
    public var message: String

    /// Creates a read error.
    public init(_ kind: Kind, path: String, line: Int? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.message = message
    }

    /// The error as one line: `path:line: message`, or `path: message` when the line is unknown.
    public var description: String {
        if let line {
            return "\(path):\(line): \(message)"
        }
        return "\(path): \(message)"
    }
}
