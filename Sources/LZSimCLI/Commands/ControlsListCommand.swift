import ArgumentParser
import Foundation
import LZScenario

/// `lzsim controls list`: every control with its severity, frameworks and what it needs.
struct ControlsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the built-in controls with their severities, frameworks and what each needs.",
        discussion: """
            Example:
              lzsim controls list --framework fsbp --format json
            """
    )

    @Option(help: "Only the controls of a framework: fsbp, cis-3.0 or control-tower.")
    var framework: String?

    @Option(help: "text or json.")
    var format: String = "text"

    func run() throws {
        let selected = try ControlsCommand.framework(framework).map(ControlCatalog.controls(in:)) ?? ControlCatalog.all
        switch format {
        case "text":
            for control in selected {
                print("\(control.id)  [\(control.severity.rawValue)]  \(control.title)")
                print("    \(control.mappingSummary); needs: \(control.needs)")
            }
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(selected.map(ControlSummary.init))
            print(String(decoding: data, as: UTF8.self))
        default:
            printError("error: unknown format '\(format)'; expected text or json")
            throw ExitStatus.inputError
        }
    }
}

/// One control as `lzsim controls list --format json` prints it.
struct ControlSummary: Encodable {
    struct Mapping: Encodable {
        var framework: String
        var reference: String
    }

    struct Parameter: Encodable {
        var name: String
        var kind: String
        var summary: String
        var `default`: [String]
    }

    var id: String
    var title: String
    var service: String
    var severity: String
    var frameworks: [Mapping]
    var resourceType: String
    var needs: String
    var parameters: [Parameter]

    init(_ control: Control) {
        id = control.id
        title = control.title
        service = control.service
        severity = control.severity.rawValue
        frameworks = control.mappings.map { Mapping(framework: $0.framework.rawValue, reference: $0.reference) }
        resourceType = control.resourceType
        needs = control.needs
        parameters = control.parameters.map {
            Parameter(name: $0.name, kind: $0.kind.rawValue, summary: $0.summary, default: $0.defaultValue)
        }
    }
}

extension Control {
    /// `fsbp KMS.4, cis-3.0 3.6`.
    var mappingSummary: String {
        mappings.map { "\($0.framework.rawValue) \($0.reference)" }.joined(separator: ", ")
    }
}
