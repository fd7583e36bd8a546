/// The results as JSON for scripts: one object per testcase with its suite, outcome, message
/// and place, plus totals. Keys are written in a fixed order.
public enum JSONReport {
    /// Renders `run`.
    public static func render(_ run: TestRun) -> String {
        var cases: [String] = []
        for suite in run.suites {
            for result in suite.cases {
                let (outcome, message): (String, String?) =
                    switch result.outcome {
                    case .passed: ("passed", nil)
                    case .failed(let problem): ("failed", problem.message)
                    case .errored(let problem): ("error", problem.message)
                    case .skipped(let skip): ("skipped", skip.message)
                    case .advisory(let problem): ("advisory", problem.message)
                    }
                var fields = [
                    ("suite", string(suite.name)), ("name", string(result.name)), ("outcome", string(outcome)),
                    ("message", message.map(string) ?? "null"),
                ]
                fields.append(("file", result.location.map { string($0.path) } ?? "null"))
                fields.append(("line", result.location.map { String($0.line) } ?? "null"))
                cases.append("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
            }
        }
        let totals = RunTotals(run)
        let summary =
            "{\"tests\": \(totals.tests), \"passed\": \(totals.passed), \"failed\": \(totals.failed), "
            + "\"errors\": \(totals.errors), \"skipped\": \(totals.skipped), \"advisories\": \(totals.advisories)}"
        return "{\"totals\": \(summary),\n \"cases\": [\n  " + cases.joined(separator: ",\n  ") + "\n]}\n"
    }

    private static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
