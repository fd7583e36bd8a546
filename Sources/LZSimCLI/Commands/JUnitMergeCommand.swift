import ArgumentParser
import Foundation
import LZReport

/// `lzsim junit merge`: one report from the reports of parallel CI jobs.
struct JUnitMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the JUnit reports of parallel CI jobs (shards) into one.",
        discussion: """
            Reads every input, refuses two suites of the same name, sorts the suites by scenario \
            path and recomputes every count, so the result equals the report a single run would \
            have written. The output appears only when complete.

            Examples:
              lzsim junit merge reports/lzsim.xml shard-1/lzsim.xml shard-2/lzsim.xml
              lzsim junit merge --flavor strict merged.xml reports/TEST-*.xml
            """
    )

    @Option(help: "The flavour to write: rich (testcase files, lines, properties) or strict.")
    var flavor: FlavorArgument = .rich

    @Argument(help: "The merged report to write.")
    var output: String

    @Argument(help: "The reports to merge.")
    var inputs: [String]

    func validate() throws {
        if inputs.contains(output) {
            throw ValidationError("the output '\(output)' is also an input; write the merge to a new file")
        }
    }

    func run() throws {
        do {
            let runs = try inputs.map { path throws(JUnitReadError) in
                (source: path, run: try JUnitReader.read(fileAt: URL(fileURLWithPath: path)))
            }
            let merged = try TestRun.merging(runs)
            let summary = try JUnitWriter(options: JUnitOptions(flavor: flavor.flavor)).write(merged, to: output)
            summary.warnings.forEach(printError)
            print("\(output): \(merged.suites.count) suites, \(summary.tally)")
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputError
        }
    }
}
