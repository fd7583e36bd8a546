import ArgumentParser
import Foundation
import LZScenario

/// `lzsim validate`: checks scenario files without running their checks.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and build their foundations without running checks.",
        discussion: """
            Reads every scenario, its includes and policy files, and builds each foundation in \
            the simulator, so every AWS validation applies. Prints one line per problem, \
            file:line:column: message (hint). Exits 0 when all is well, 1 when a scenario has \
            problems, 2 for a path that does not exist.

            Examples:
              lzsim validate
              lzsim validate scenarios/reference-landing-zone
            """
    )

    @Argument(help: "Scenario files or folders.")
    var paths: [String] = ["scenarios"]

    func run() throws {
        let problems: [ScenarioError]
        let count: Int
        do {
            let sources = try ScenarioRunner.sources(in: paths)
            count = sources.count
            problems = sources.compactMap { ScenarioValidator.validate($0) }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputError
        }
        problems.forEach { print($0) }
        print("\(count) scenarios, \(problems.count) with problems")
        if !problems.isEmpty { throw ExitStatus.findings }
    }
}
