import ArgumentParser
import LZScenario

/// `lzsim schema`: prints the JSON Schema of scenario files for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of scenario files, for editors that complete and check YAML.",
        discussion: """
            Example:
              lzsim schema > .lzsim-scenario.schema.json
            and, at the top of a scenario file:
              # yaml-language-server: $schema=../.lzsim-scenario.schema.json
            """
    )

    func run() throws {
        print(ScenarioSchema.json)
    }
}
