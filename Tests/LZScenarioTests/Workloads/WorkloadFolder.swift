import Foundation
import LZReport
import LZScenario

/// A scenario folder with the certificate fixtures beside it under `certs/`, and helpers to
/// read one testcase's outcome and message by name.
enum WorkloadFolder {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/scenario/workloads/certificates")

    static func certificates() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where !name.hasSuffix(".md") {
            files["certs/\(name)"] = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// A fixture's text indented as a YAML block scalar's lines.
    static func block(_ name: String, indent: Int) throws -> String {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        let pad = String(repeating: " ", count: indent)
        return "|\n" + text.split(separator: "\n").map { pad + $0 }.joined(separator: "\n")
    }

    static func run(_ files: [String: String]) throws -> TestRun {
        try ScenarioFolder(files.merging(try certificates()) { mine, _ in mine }).run()
    }

    /// The testcase whose name starts with `prefix`.
    static func testcase(_ run: TestRun, _ prefix: String) -> CaseResult? {
        run.suites.flatMap(\.cases).first { $0.name.hasPrefix(prefix) }
    }

    /// The failure or error message of a testcase, or its outcome's name when it has none.
    static func message(_ run: TestRun, _ prefix: String) -> String? {
        guard let testcase = testcase(run, prefix) else { return nil }
        switch testcase.outcome {
        case .failed(let problem), .errored(let problem), .advisory(let problem): return problem.message
        case .passed: return "passed"
        case .skipped(let skip): return "skipped: \(skip.message)"
        }
    }
}
