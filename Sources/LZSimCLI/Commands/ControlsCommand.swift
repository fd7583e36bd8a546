import ArgumentParser
import LZScenario

/// `lzsim controls`: the built-in control catalog.
struct ControlsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controls",
        abstract: "List and describe the built-in controls (Security Hub FSBP, CIS v3.0, Control Tower).",
        discussion: """
            Suites run a control with `control: KMS.4`, or a whole framework with \
            `framework: fsbp | cis-3.0 | control-tower`.

            Examples:
              lzsim controls list --framework cis-3.0
              lzsim controls describe ACM.1
            """,
        subcommands: [ControlsListCommand.self, ControlsDescribeCommand.self]
    )

    /// The framework named on the command line.
    /// - Throws: An input error naming the frameworks when the name is not one of them.
    static func framework(_ name: String?) throws -> ControlFramework? {
        guard let name else { return nil }
        guard let framework = ControlFramework(rawValue: name) else {
            let names = ControlFramework.allCases.map(\.rawValue)
            printError("error: unknown framework '\(name)'; expected one of \(names.joined(separator: ", "))")
            throw ExitStatus.inputError
        }
        return framework
    }
}
