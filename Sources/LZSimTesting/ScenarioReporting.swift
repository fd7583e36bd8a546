import Foundation
import LZReport
import Testing

/// Turns an lzsim run into Swift Testing issues and attachments, and into lzsim's own JUnit
/// files when `LZSIM_JUNIT_DIR` asks for them.
enum ScenarioReporting {
    /// The environment variable naming the folder lzsim's JUnit files are written to.
    static let junitDirectoryVariable = "LZSIM_JUNIT_DIR"

    /// The folder `LZSIM_JUNIT_DIR` names in `environment`, or `nil` when it is unset or empty.
    static func junitDirectory(in environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let directory = environment[junitDirectoryVariable], !directory.isEmpty else { return nil }
        return directory
    }

    static func report(
        _ run: TestRun,
        junitDirectory: String? = junitDirectory(),
        options: JUnitOptions = JUnitOptions(),
        sourceLocation: Testing.SourceLocation
    ) {
        for suite in run.suites {
            for result in suite.cases {
                record(result, suite: suite)
            }
        }
        let writer = JUnitWriter(options: options)
        // `swift test --xunit-output` cannot carry lzsim's contract (file, line, properties), so
        // the report travels beside Swift's: attached to the test, and in LZSIM_JUNIT_DIR.
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("lzsim-\(UUID().uuidString).xml").path
        do throws(JUnitWriteError) {
            try writer.write(run, to: temporary)
            if let data = FileManager.default.contents(atPath: temporary) {
                let name = run.suites.count == 1 ? JUnitWriter.fileName(forSuite: run.suites[0].name) : "lzsim.xml"
                Attachment.record([UInt8](data), named: name, sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record(
                Comment(rawValue: "the lzsim report cannot be attached: \(error)"), sourceLocation: sourceLocation)
        }
        try? FileManager.default.removeItem(atPath: temporary)
        if let directory = junitDirectory {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try writer.writeDirectory(run, to: directory)
            } catch {
                Issue.record(
                    Comment(
                        rawValue:
                            "the lzsim report cannot be written to \(junitDirectoryVariable)=\(directory): \(error)"),
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// One issue for a testcase that failed or errored, a warning for an advisory finding, at
    /// the place in the scenario the problem names.
    static func record(_ result: CaseResult, suite: SuiteResult) {
        let (problem, severity): (Problem, Issue.Severity)
        switch result.outcome {
        case .failed(let failure): (problem, severity) = (failure, .error)
        case .errored(let error): (problem, severity) = (error, .error)
        case .advisory(let finding): (problem, severity) = (finding, .warning)
        case .passed, .skipped: return
        }
        let location = problem.location ?? result.location ?? ReportLocation(path: suite.file, line: 1)
        let text = (["\(result.name): \(problem.message)"] + problem.details.map { "  \($0)" })
            .joined(separator: "\n")
        Issue.record(Comment(rawValue: text), severity: severity, sourceLocation: IssueLocation.at(location))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
