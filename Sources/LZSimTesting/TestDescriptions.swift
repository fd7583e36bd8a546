public import LZPolicy
public import LZReport
public import LZScenario
public import LZSim
public import Testing

// The modules below this one must not import Testing, so their types gain the descriptions a
// person wants in `#expect` output and parameterized test names here. They are in the same
// package, so the compiler does not count these conformances as retroactive.

extension Decision: CustomTestStringConvertible {
    /// The one-line summary, such as `ExplicitlyDenied by scp (...)`.
    public var testDescription: String { summary }
}

extension AccessRequest: CustomTestStringConvertible {
    /// `principal → action on resource`.
    public var testDescription: String { "\(session.arn) → \(action) on \(resource.arn)" }
}

extension Session: CustomTestStringConvertible {
    /// The session's ARN.
    public var testDescription: String { arn }
}

extension CaseResult: CustomTestStringConvertible {
    /// The testcase name and its outcome, such as `SCP-01 ... failed: [high] ...`.
    public var testDescription: String { "\(name): \(outcome.testDescription)" }
}

extension Outcome: CustomTestStringConvertible {
    /// `passed`, or the outcome with its message.
    public var testDescription: String {
        switch self {
        case .passed: "passed"
        case .failed(let problem): "failed: \(problem.message)"
        case .errored(let problem): "errored: \(problem.message)"
        case .skipped(let skip): "skipped: \(skip.message)"
        case .advisory(let problem): "advisory: \(problem.message)"
        }
    }
}

extension ScenarioCheck: CustomTestStringConvertible {
    /// `<id> <title>`, the name a test case shows.
    public var testDescription: String { name }
}
