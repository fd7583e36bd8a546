/// One testcase as the contract writes it under given options: which outcome element it gets,
/// with which text, and what goes to its output. Writers render; they do not decide.
struct RenderedCase {
    /// The outcome element of a testcase; `nil` for a pass.
    enum Element: String {
        case failure, error, skipped
    }

    var name: String
    var element: Element?
    var type: String?
    var message: String?
    var body: String
    var properties: [ReportProperty]
    var systemOut: String
    var systemErr: String
    var milliseconds: Int

    /// The outcome element `outcome` gets under `options`: `.some(nil)` for a pass, and `nil`
    /// when the options leave the testcase out of the report altogether.
    static func element(for outcome: Outcome, options: JUnitOptions) -> Element?? {
        switch outcome {
        case .passed: .some(nil)
        case .failed: .failure
        case .errored: .error
        case .skipped(let skip): skip.reason == .notApplicable && options.omitNotApplicable ? nil : .skipped
        case .advisory: options.advisoryAsFailure ? .failure : .some(nil)
        }
    }

    /// Renders `result`, or returns `nil` when the options leave it out of the report.
    init?(_ result: CaseResult, options: JUnitOptions) {
        guard Self.element(for: result.outcome, options: options) != nil else { return nil }
        name = TextLimits.cut(result.name.trimmingWhitespace(), toScalars: TextLimits.nameScalars)
        properties = result.properties
        body = ""
        var showOutput = options.passingOutput
        var advisoryLine: String?
        switch result.outcome {
        case .passed:
            element = nil
        case .failed(let problem):
            (element, type, message, body) = Self.problem(.failure, problem, at: result.location)
            showOutput = true
        case .errored(let problem):
            (element, type, message, body) = Self.problem(.error, problem, at: result.location)
            showOutput = true
        case .skipped(let skip):
            element = .skipped
            message = TextLimits.oneLine(skip.message)
            body = skip.detail
            showOutput = false
        case .advisory(let problem) where options.advisoryAsFailure:
            (element, type, message, body) = Self.problem(.failure, problem, at: result.location)
            showOutput = true
        case .advisory(let problem):
            element = nil
            advisoryLine = PropertyName.advisoryOutputPrefix + TextLimits.oneLine(problem.message)
            properties.append(ReportProperty(PropertyName.advisory, "true"))
        }
        let trace = showOutput ? result.systemOut : ""
        let joined = [advisoryLine, trace.isEmpty ? nil : trace].compactMap { $0 }.joined(separator: "\n")
        systemOut = TextLimits.capped(joined, bytes: TextLimits.outputBytes)
        systemErr = showOutput ? TextLimits.capped(result.systemErr, bytes: TextLimits.outputBytes) : ""
        milliseconds = element == .skipped || options.zeroTimes ? 0 : ReportFormat.milliseconds(result.time)
    }

    /// The contract's failure and error shape: a one-line message, and a body that repeats it,
    /// lists the details and ends with `  at path:line` (the leading space is what annotators match).
    private static func problem(
        _ element: Element,
        _ problem: Problem,
        at caseLocation: ReportLocation?
    ) -> (Element?, String?, String?, String) {
        let lines = [problem.message] + problem.details
        let tail = (problem.location ?? caseLocation).map { "\n  at \($0)" } ?? ""
        let head = TextLimits.capped(lines.joined(separator: "\n"), bytes: TextLimits.bodyBytes - tail.utf8.count)
        return (element, problem.kind.rawValue, TextLimits.oneLine(problem.message), head + tail)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
