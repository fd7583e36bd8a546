import ArgumentParser
import Foundation
import LZReport
import LZScenario

/// `lzsim run`: runs scenario suites and writes the JUnit report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scenario suites and write a JUnit report.",
        discussion: """
            Loads every scenario under the paths (scenarios/ by default), builds each foundation \
            in a simulated AWS, runs its checks, prints failures with their explanation and \
            file:line, and writes the report atomically. A broken scenario becomes error \
            testcases at its lines; the others still run and the report is always written.

            Examples:
              lzsim run
              lzsim run scenarios/examples --format markdown > summary.md
              lzsim run --shard 2/4 --junit reports/shard-2.xml
              lzsim run --junit-dir reports/junit --filter IAM-

            Exit codes: 0 when every check holds (see --fail-on), 1 when checks fail or \
            error, 2 for bad usage or a path that does not exist.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case console, json, markdown
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case failure, error, never
    }

    @Argument(help: "Scenario files or folders.")
    var paths: [String] = ["scenarios"]

    @Option(help: "The JUnit report to write.")
    var junit: String = "reports/lzsim.xml"

    @Option(help: "Write one TEST-<suite>.xml per scenario into this folder instead of one report.")
    var junitDir: String?

    @Option(help: "The report's flavour: rich or strict.")
    var junitFlavor: FlavorArgument = .rich

    @Option(help: "Pin every suite's timestamp (for byte-identical reports).")
    var junitTimestamp: TimeArgument?

    @Flag(help: "Write every time as 0.000 (for byte-identical reports).")
    var junitZeroTimes = false

    @Flag(help: "Report advisory findings as failures.")
    var junitAdvisoryAsFailure = false

    @Flag(help: "Keep the evaluation trace of passing testcases too (by default only failures and errors carry it).")
    var junitPassingOutput = false

    @Option(help: "Run only checks whose id, title or tag contains this text.")
    var filter: String?

    @Option(help: "Run shard I of N (for example 2/4): scenario files dealt round-robin by path.")
    var shard: ShardArgument?

    @Option(help: "What to print: console, json or markdown.")
    var format: OutputFormat = .console

    @Option(help: "What fails the run: failure (failures or errors), error (errors only), never.")
    var failOn: FailOn = .failure

    @Option(help: "The time waivers expire against and reports are stamped with (default: now).")
    var clock: TimeArgument?

    @Option(help: "How many checks run at once.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "List passing and skipped checks too.")
    var verbose = false

    @Flag(help: "Print where the time went (loading, building, checks, report) on standard error.")
    var timings = false

    func run() throws {
        let options = RunOptions(
            filter: filter, shard: shard.map { ($0.index, $0.count) }, now: clock?.date ?? Date(), jobs: jobs)
        let results: TestRun
        // A progress line on a terminal, rewritten in place, for runs of many scenarios.
        let showProgress = format == .console && isatty(STDERR_FILENO) == 1
        let runner = ScenarioRunner(options: options)
        do {
            results = try runner.run(paths: paths) { index, count, file in
                guard showProgress, count > 1 else { return }
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(index)/\(count)] \(file)".utf8))
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputError
        }
        let reportStarted = ContinuousClock.now
        let writerOptions = JUnitOptions(
            flavor: junitFlavor.flavor, pinnedTimestamp: junitTimestamp?.date, zeroTimes: junitZeroTimes,
            advisoryAsFailure: junitAdvisoryAsFailure, passingOutput: junitPassingOutput)
        do {
            let summaries =
                if let junitDir {
                    try JUnitWriter(options: writerOptions).writeDirectory(results, to: junitDir)
                } else {
                    [try JUnitWriter(options: writerOptions).write(results, to: junit)]
                }
            summaries.flatMap(\.warnings).forEach { printError("warning: \($0)") }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputError
        }
        if timings {
            printError(Self.timings(runner.measuredPhases, report: ContinuousClock.now - reportStarted))
        }
        switch format {
        case .console:
            let color = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            print(ConsoleReport.render(results, color: color, verbose: verbose), terminator: "")
            print("report: \(junitDir ?? junit)")
        case .json:
            print(JSONReport.render(results), terminator: "")
        case .markdown:
            print(MarkdownReport.render(results), terminator: "")
        }
        let totals = RunTotals(results)
        switch failOn {
        case .failure where totals.failed + totals.errors > 0: throw ExitStatus.findings
        case .error where totals.errors > 0: throw ExitStatus.findings
        default: break
        }
    }

    /// `timings: load 0.012 s, build 0.045 s (3 foundations, 9 reused), checks 0.210 s, report 0.004 s`.
    static func timings(_ phases: RunPhases, report: Duration) -> String {
        func seconds(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return String(format: "%.3f s", value)
        }
        return "timings: load \(seconds(phases.load)), build \(seconds(phases.build)) "
            + "(\(phases.foundationsBuilt) foundations, \(phases.foundationsReused) reused), "
            + "checks \(seconds(phases.checks)), report \(seconds(report))"
    }
}
