import ArgumentParser
import Foundation
import LZScenario

/// `lzsim list`: the checks of scenario files, with ids and places.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the checks of scenario files with their ids and places.",
        discussion: """
            Prints one line per check: file:line, id, title.

            Example:
              lzsim list scenarios/examples
            """
    )

    @Argument(help: "Scenario files or folders.")
    var paths: [String] = ["scenarios"]

    func run() throws {
        var broken = false
        do {
            for source in try ScenarioRunner.sources(in: paths) {
                do {
                    let scenario = try ScenarioLoader(root: source.root).load(source.url)
                    for check in scenario.checkSummaries {
                        print("\(scenario.file):\(check.line)  \(check.id)  \(check.title)")
                    }
                } catch {
                    printError("\(error)")
                    broken = true
                }
            }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputError
        }
        if broken { throw ExitStatus.findings }
    }
}
