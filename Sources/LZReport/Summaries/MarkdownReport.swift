import Foundation

/// A Markdown summary for CI step summaries: totals, then a table of failures and errors with
/// their messages and places.
public enum MarkdownReport {
    /// Renders `run`.
    public static func render(_ run: TestRun) -> String {
        let totals = RunTotals(run)
        var lines = [
            "## lzsim: \(totals.failed + totals.errors == 0 ? "all checks hold" : "\(totals.failed + totals.errors) checks need attention")",
            "",
            "| checks | passed | failed | errors | skipped |",
            "|---:|---:|---:|---:|---:|",
            "| \(totals.tests) | \(totals.passed) | \(totals.failed) | \(totals.errors) | \(totals.skipped) |",
        ]
        var rows: [String] = []
        for suite in run.suites {
            for result in suite.cases {
                let problem: (String, Problem)?
                switch result.outcome {
                case .failed(let failure): problem = ("failed", failure)
                case .errored(let error): problem = ("error", error)
                default: problem = nil
                }
                guard let (kind, detail) = problem else { continue }
                let place = result.location.map { "`\($0)`" } ?? ""
                rows.append(
                    "| \(kind) | \(escape(suite.name)) | \(escape(result.name)) | \(escape(detail.message)) | \(place) |"
                )
            }
        }
        if !rows.isEmpty {
            lines += ["", "| outcome | scenario | check | message | where |", "|---|---|---|---|---|"] + rows
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String {
        TextLimits.oneLine(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
