/// How many testcases a suite (or a whole file) holds, and how many of them failed, errored or were skipped.
///
/// A testcase counts by its first outcome element, the one Jenkins and most dashboards read.
struct OutcomeTally: Sendable, Equatable {
    /// The elements that give a testcase its outcome.
    static let outcomeNames: Set<String> = ["failure", "error", "skipped"]

    var tests = 0
    var failures = 0
    var errors = 0
    var skipped = 0

    /// Counts one testcase whose first outcome element is `outcome` (`nil` when it passed).
    mutating func add(outcome: String?) {
        tests += 1
        switch outcome {
        case "failure": failures += 1
        case "error": errors += 1
        case "skipped": skipped += 1
        default: break
        }
    }

    /// Adds the testcases of a nested suite.
    mutating func add(_ other: OutcomeTally) {
        tests += other.tests
        failures += other.failures
        errors += other.errors
        skipped += other.skipped
    }

    /// Each count attribute with its value and the outcome element it counts (`nil` for `tests`).
    var counts: [(attribute: String, value: Int, element: String?)] {
        [
            ("tests", tests, nil), ("failures", failures, "failure"), ("errors", errors, "error"),
            ("skipped", skipped, "skipped"),
        ]
    }
}
