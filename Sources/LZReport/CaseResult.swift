/// The result of one expectation (or one resource of a fanned-out expectation).
public struct CaseResult: Sendable, Equatable {
    /// `<CHECK-ID> <title>`, with ` [<resource>]` for fan-out; unique within its suite.
    public var name: String
    /// Where the expectation is declared.
    public var location: ReportLocation?
    /// How long the check took, in seconds.
    public var time: Double
    /// How many simulator assertions the check evaluated, when counted.
    public var assertions: Int?
    /// Properties such as `lzsim.check`, `lzsim.severity` and `lzsim.resource`, in order.
    public var properties: [ReportProperty]
    /// What happened.
    public var outcome: Outcome
    /// The evaluation trace: which statements allowed or denied, which key was used.
    public var systemOut: String
    /// Diagnostics from the check.
    public var systemErr: String

    /// Creates a case result.
    public init(
        name: String,
        location: ReportLocation? = nil,
        time: Double = 0,
        assertions: Int? = nil,
        properties: [ReportProperty] = [],
        outcome: Outcome = .passed,
        systemOut: String = "",
        systemErr: String = ""
    ) {
        self.name = name
        self.location = location
        self.time = time
        self.assertions = assertions
        self.properties = properties
        self.outcome = outcome
        self.systemOut = systemOut
        self.systemErr = systemErr
    }
}

/// What a check came to.
public enum Outcome: Sendable, Equatable {
    /// The expectation held (COMPLIANT).
    case passed
    /// The expectation did not hold (NON_COMPLIANT).
    case failed(Problem)
    /// The check could not be evaluated: a bad scenario, a simulator error or a timeout.
    case errored(Problem)
    /// The check did not run: nothing to evaluate, waived or filtered.
    case skipped(Skip)
    /// A finding that informs but does not gate the build, unless the writer is told otherwise.
    case advisory(Problem)
}

/// Why a check failed or could not run, in words a person reads in a dashboard.
public struct Problem: Sendable, Equatable {
    /// The closed vocabulary of JUnit `type` attributes lzsim writes.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// An expectation was not met.
        case expectationFailed = "lzsim.ExpectationFailed"
        /// The scenario could not be evaluated as written.
        case scenarioError = "lzsim.ScenarioError"
        /// The simulator failed while evaluating.
        case simulatorError = "lzsim.SimulatorError"
        /// The check ran out of time.
        case timeout = "lzsim.Timeout"
    }

    /// The problem's kind, written as the JUnit `type`.
    public var kind: Kind
    /// The message; its first line (at most 500 characters) becomes the `message` attribute.
    public var message: String
    /// Further lines for the body, such as `expected: ...` and `actual: ...`.
    public var details: [String]
    /// Where the problem is, written last in the body as `  at path:line`.
    public var location: ReportLocation?

    /// Creates a problem.
    public init(_ kind: Kind, message: String, details: [String] = [], location: ReportLocation? = nil) {
        self.kind = kind
        self.message = message
        self.details = details
        self.location = location
    }
}

/// Why a check was skipped, and the text a dashboard shows for it.
public struct Skip: Sendable, Equatable {
    /// The reasons a check does not run.
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        /// Nothing in the scenario to evaluate the check against.
        case notApplicable = "not applicable"
        /// A waiver suppresses the check.
        case waived
        /// The run's filters left the check out.
        case filtered
    }

    /// The reason, which prefixes the message (`waived: W-12 until 2026-03-01`).
    public var reason: Reason
    /// The text after the reason.
    public var text: String
    /// An optional longer explanation for the body.
    public var detail: String

    /// Creates a skip.
    public init(_ reason: Reason, _ text: String, detail: String = "") {
        self.reason = reason
        self.text = text
        self.detail = detail
    }

    /// The message a dashboard shows: the reason, then the text.
    public var message: String { text.isEmpty ? reason.rawValue : "\(reason.rawValue): \(text)" }
}
