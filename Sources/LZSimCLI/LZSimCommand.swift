import ArgumentParser
import LZReport

/// The `lzsim` command: a landing-zone simulator that checks guardrails, access and encryption.
@main
struct LZSimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lzsim",
        abstract: "Simulate an AWS landing zone and check its guardrails, access controls and encryption.",
        discussion: """
            lzsim holds a declared AWS foundation (Organizations, IAM and STS, KMS, ACM, VPC \
            networking) in memory, runs scenario suites against it without an AWS account, and \
            writes the results as JUnit XML that CI dashboards read. Every answer explains \
            itself: the deciding policy statement, the blocked hop, the scenario's line.

            Examples:
              lzsim run scenarios/
              lzsim validate scenarios/
              lzsim junit check reports/lzsim.xml
              lzsim junit merge reports/all.xml shard-1.xml shard-2.xml

            Exit codes:
              0  success: every check passed, or no problem was found
              1  checks failed, or problems were found
              2  usage or input error: bad arguments, unreadable or malformed files
            """,
        version: LZSimVersion.current,
        subcommands: [
            RunCommand.self,
            ValidateCommand.self,
            ListCommand.self,
            SchemaCommand.self,
            JUnitCommand.self,
            EvaluateCommand.self,
            ExplainCommand.self,
            ValidatePolicyCommand.self,
            ControlsCommand.self,
        ]
    )

    /// Runs the command line, mapping ArgumentParser's usage failures to exit status 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: ExitStatus.normalized(error, for: Self.self))
        }
    }
}
