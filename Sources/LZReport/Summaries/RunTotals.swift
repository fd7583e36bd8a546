/// The counts of a run by outcome, for summaries and exit statuses.
public struct RunTotals: Sendable, Equatable {
    /// Testcases, skipped included.
    public var tests = 0
    /// Passed, advisories included.
    public var passed = 0
    /// Failed expectations.
    public var failed = 0
    /// Checks that could not be evaluated.
    public var errors = 0
    /// Skipped: not applicable, waived or filtered.
    public var skipped = 0
    /// Advisory findings (counted in `passed` too).
    public var advisories = 0
    /// The suites' time, in seconds.
    public var seconds = 0.0

    /// Counts `run`.
    public init(_ run: TestRun) {
        for suite in run.suites {
            seconds += suite.time
            for result in suite.cases {
                tests += 1
                switch result.outcome {
                case .passed: passed += 1
                case .failed: failed += 1
                case .errored: errors += 1
                case .skipped: skipped += 1
                case .advisory:
                    passed += 1
                    advisories += 1
                }
            }
        }
    }
}
