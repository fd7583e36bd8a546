import ArgumentParser
import Foundation
import LZPolicy

/// `lzsim explain`: why each case is allowed or denied, written for people.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain the decision for each evaluate case: deciding statements and why.",
        discussion: """
            Reads the same cases as `lzsim evaluate` and prints, per case, the decision, the \
            deciding statements with the action, resource, principal and condition clauses that \
            matched or not, and with --trace every statement considered.
            """
    )

    @Argument(help: ArgumentHelp("The cases file, or - for standard input.", valueName: "file"))
    var cases: String

    @Flag(name: .long, help: "Show every statement of every policy considered, not only the deciding ones.")
    var trace = false

    func run() throws {
        let text = try CaseInput.read(cases)
        let results = CaseInput.evaluate(text, source: cases, explain: true, trace: trace)
        if results.malformed < 0 { throw ExitStatus.inputError }
        let output = results.rows.map(\.text).joined(separator: "\n\n")
        FileHandle.standardOutput.write(Data((output + "\n").utf8))
        if results.malformed > 0 { throw ExitStatus.findings }
    }
}
