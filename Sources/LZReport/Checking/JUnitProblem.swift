/// One way a JUnit file breaks lzsim's report contract, with the line to look at.
///
/// The description reads `path:line: problem`, the form editors and CI logs turn into links.
public struct JUnitProblem: Sendable, Equatable, CustomStringConvertible {
    /// The contract rules the checker applies, one per kind of problem.
    public enum Rule: String, Sendable, Equatable, CaseIterable {
        /// `tests`, `failures`, `errors` and `skipped` equal the testcases they count (root sums too).
        case counts
        /// A testcase has at most one of `<failure>`, `<error>` and `<skipped>`.
        case outcomes
        /// An outcome's `message` is one line of at most 500 characters.
        case message
        /// No two testcases share a classname and a name.
        case uniqueName = "unique-name"
        /// Suite and testcase names are present, non-empty and trimmed.
        case name
        /// `file` is repository-relative: no leading `/` or `./`, no `\`.
        case file
        /// `time` is plain seconds with exactly three fraction digits.
        case time
        /// `timestamp` is UTC in the form `YYYY-MM-DDTHH:MM:SS`.
        case timestamp
        /// `line` is a 1-based line number.
        case line
    }

    /// The file, as the caller named it.
    public var path: String
    /// The 1-based line of the element the problem is on.
    public var line: Int
    /// The rule the file breaks.
    public var rule: Rule
    /// What was expected and what was found.
    public var message: String

    /// Creates a problem.
    public init(path: String, line: Int, rule: Rule, message: String) {
        self.path = path
        self.line = line
        self.rule = rule
        self.message = message
    }

    /// The problem as one line: `path:line: message`.
    public var description: String { "\(path):\(line): \(message)" }
}
