import ArgumentParser
import LZScenario

/// `lzsim controls describe ID`: a control's logic, parameters, mappings and remediation.
struct ControlsDescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Describe a built-in control: its logic, parameters and defaults, mappings and remediation.",
        discussion: """
            Example:
              lzsim controls describe EC2.18
            """
    )

    @Argument(help: "The control's ID, such as KMS.4 or GRCLOUDTRAILENABLED.")
    var id: String

    func run() throws {
        guard let control = ControlCatalog.control(id) else {
            let hint = ControlCatalog.suggestion(for: id).map { " (\($0))" } ?? ""
            printError("error: unknown control '\(id)'\(hint); `lzsim controls list` shows them all")
            throw ExitStatus.inputError
        }
        print("\(control.id)  \(control.title)")
        print("service: \(control.service)  severity: \(control.severity.rawValue)  resource: \(control.resourceType)")
        print("frameworks: \(control.mappingSummary)")
        print("needs: \(control.needs)")
        print("logic: \(control.logic)")
        print("expected: \(control.requirement)")
        if control.parameters.isEmpty {
            print("parameters: none")
        } else {
            print("parameters:")
            for parameter in control.parameters {
                let value = parameter.defaultValue.isEmpty ? "none" : parameter.defaultValue.joined(separator: ",")
                print("  \(parameter.name) (\(parameter.kind.rawValue), default \(value)): \(parameter.summary)")
            }
        }
        print("remediation: \(control.remediation)")
    }
}
