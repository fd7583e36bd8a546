/// The report a person reads in a terminal: each failure and error with its explanation and
/// `path:line`, then one line of totals.
public enum ConsoleReport {
    /// Renders `run`.
    /// - Parameters:
    ///   - run: The results.
    ///   - color: Whether to use ANSI colours (only on a terminal, never with `NO_COLOR`).
    ///   - verbose: Whether to list passing and skipped checks too.
    public static func render(_ run: TestRun, color: Bool, verbose: Bool = false) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var lines: [String] = []
        for suite in run.suites {
            for result in suite.cases {
                let place = result.location.map { "  \($0)" } ?? ""
                switch result.outcome {
                case .failed(let problem):
                    lines.append(paint("FAIL", "31;1") + " \(suite.name) › \(result.name)\(place)")
                    lines += body(problem).map { "    " + $0 }
                case .errored(let problem):
                    lines.append(paint("ERROR", "35;1") + " \(suite.name) › \(result.name)\(place)")
                    lines += body(problem).map { "    " + $0 }
                case .advisory(let problem):
                    lines.append(
                        paint("ADVISORY", "33") + " \(suite.name) › \(result.name)\(place): \(problem.message)")
                case .skipped(let skip) where verbose:
                    lines.append(paint("SKIP", "90") + " \(suite.name) › \(result.name): \(skip.message)")
                case .passed where verbose:
                    lines.append(paint("PASS", "32") + " \(suite.name) › \(result.name)")
                default:
                    break
                }
            }
        }
        let totals = RunTotals(run)
        var summary =
            "\(totals.tests) checks in \(run.suites.count) scenarios: \(totals.passed) passed, "
            + "\(totals.failed) failed, \(totals.errors) errors, \(totals.skipped) skipped"
        if totals.advisories > 0 { summary += " (\(totals.advisories) advisory)" }
        summary += " in \(ReportFormat.seconds(milliseconds: ReportFormat.milliseconds(totals.seconds))) s"
        lines.append(totals.failed + totals.errors == 0 ? paint(summary, "32") : paint(summary, "31"))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func body(_ problem: Problem) -> [String] {
        [problem.message] + problem.details + (problem.location.map { ["at \($0)"] } ?? [])
    }
}
