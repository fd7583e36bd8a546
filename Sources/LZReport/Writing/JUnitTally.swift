/// The counts of a suite or a whole report, as written in the `tests`, `failures`, `errors`,
/// `skipped` and `time` attributes.
public struct JUnitTally: Sendable, Equatable, CustomStringConvertible {
    /// Testcases written, including skipped ones.
    public var tests = 0
    /// Testcases with a `<failure>`.
    public var failures = 0
    /// Testcases with an `<error>`.
    public var errors = 0
    /// Testcases with a `<skipped>`.
    public var skipped = 0
    /// Total time in whole milliseconds, so sums never drift from the written figures.
    public var milliseconds = 0

    /// Creates an empty tally.
    public init() {}

    /// Adds another tally to this one.
    public static func += (lhs: inout JUnitTally, rhs: JUnitTally) {
        lhs.tests += rhs.tests
        lhs.failures += rhs.failures
        lhs.errors += rhs.errors
        lhs.skipped += rhs.skipped
        lhs.milliseconds += rhs.milliseconds
    }

    public var description: String {
        "tests=\(tests) failures=\(failures) errors=\(errors) skipped=\(skipped) time=\(milliseconds)ms"
    }
}
