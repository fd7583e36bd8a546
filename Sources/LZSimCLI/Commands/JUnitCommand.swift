import ArgumentParser

/// `lzsim junit`: tools for JUnit XML reports, lzsim's own and other tools'.
struct JUnitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "junit",
        abstract: "Check and merge JUnit XML reports.",
        subcommands: [JUnitCheckCommand.self, JUnitMergeCommand.self]
    )
}
