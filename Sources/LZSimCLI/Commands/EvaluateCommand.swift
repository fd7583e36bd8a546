import ArgumentParser
import Foundation
import LZPolicy

/// `lzsim evaluate`: one authorization decision per JSON case, per the evaluate contract.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Decide authorization cases given as JSON, one result per case.",
        discussion: """
            Input is a JSON array of cases, one case object, or JSON Lines. Each case names a \
            principal, an action, a resource and the policies that apply (identity, group, \
            boundary, session, SCP and RCP levels, resource policy, KMS grants).

            Exit codes:
              0  every case was evaluated, whatever the decisions
              1  at least one case was malformed (its line carries "error"; the others still run)
              2  bad usage or an unreadable file
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, text
    }

    @Option(name: .long, help: ArgumentHelp("The cases file, or - for standard input.", valueName: "file"))
    var cases: String

    @Option(name: .long, help: "Output format: jsonl (default when not a terminal), json or text.")
    var format: Format?

    @Flag(name: .long, help: "Add the deciding statements and why they matched or not.")
    var explain = false

    func run() throws {
        let text = try CaseInput.read(cases)
        let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .jsonl)
        let results = CaseInput.evaluate(text, source: cases, explain: explain, trace: false)
        if results.malformed < 0 { throw ExitStatus.inputError }
        let lines: [String]
        switch chosen {
        case .jsonl: lines = results.rows.map(\.jsonLine)
        case .json: lines = ["[" + results.rows.map(\.jsonLine).joined(separator: ",\n ") + "]"]
        case .text: lines = results.rows.map(\.text)
        }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        if results.malformed > 0 { throw ExitStatus.findings }
    }
}

/// Reading and running evaluate cases, shared by `evaluate` and `explain`.
enum CaseInput {
    struct Row {
        var jsonLine: String
        var text: String
    }

    /// Reads a file or standard input, mapping failures to a one-line error and exit status 2.
    static func read(_ path: String) throws -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            printError("\(path): \(reason)")
            throw ExitStatus.inputError
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func evaluate(_ text: String, source: String, explain: Bool, trace: Bool) -> (rows: [Row], malformed: Int) {
        let entries: [CaseBatch.Entry]
        do {
            entries = try CaseBatch.entries(in: text)
        } catch {
            printError("\(source == "-" ? "<stdin>" : source):\(error.position): \(error.message)")
            return ([], -1)
        }
        let now = Int(Date().timeIntervalSince1970)
        var rows: [Row] = []
        var malformed = 0
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .malformed(let line, let error):
                malformed += 1
                let message = "line \(line):\(error.position.column): \(error.message)"
                rows.append(
                    Row(
                        jsonLine: EvaluationCase.outputLine(
                            id: nil, expected: nil, decision: nil, error: message, explain: false),
                        text: "case \(index): error: \(message)"))
            case .value(let node):
                let label = node["id"].map(JSONWriter.write) ?? "case \(index)"
                do {
                    let evaluationCase = try EvaluationCase(decoding: node, epochSeconds: now)
                    let decision = evaluationCase.evaluate(options: Authorizer.Options(explain: explain, trace: trace))
                    rows.append(
                        Row(
                            jsonLine: EvaluationCase.outputLine(
                                id: evaluationCase.id, expected: evaluationCase.expected, decision: decision,
                                error: nil,
                                explain: explain),
                            text: describe(label, decision, explain: explain, trace: trace)))
                } catch {
                    malformed += 1
                    rows.append(
                        Row(
                            jsonLine: EvaluationCase.outputLine(
                                id: node["id"], expected: node["expected"], decision: nil, error: error.message,
                                explain: false),
                            text: "\(label): error: \(error.message)"))
                }
            }
        }
        return (rows, malformed)
    }

    private static func describe(_ label: String, _ decision: Decision, explain: Bool, trace: Bool) -> String {
        guard explain || trace else { return "\(label): \(decision.summary)" }
        var lines = ["\(label): \(decision.description)"]
        if trace, !decision.trace.isEmpty {
            lines.append("  trace:")
            lines += decision.trace.map { "    " + $0.description.replacingOccurrences(of: "\n", with: "\n    ") }
        }
        return lines.joined(separator: "\n")
    }
}
