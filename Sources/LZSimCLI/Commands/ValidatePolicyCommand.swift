import ArgumentParser
import Foundation
import LZPolicy

/// `lzsim validate-policy`: grammar, per-kind rules, size quotas and lint warnings for policy files.
struct ValidatePolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate-policy",
        abstract: "Check policy JSON files as IAM or Organizations would, plus lint warnings.",
        discussion: """
            Prints one line per finding: file:line:column: error|warning: message [code].
            Without --kind, a policy with a Principal is checked as a resource policy (a role \
            trust policy when it only uses sts: actions and has no Resource), otherwise as an \
            identity policy.

            Exit codes:
              0  no errors (warnings alone do not fail unless --strict)
              1  at least one error
              2  bad usage or an unreadable file
            """
    )

    @Argument(help: ArgumentHelp("Policy files to check.", valueName: "file"))
    var files: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The policy kind: \(PolicyKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: String?

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func validate() throws {
        if let kind, PolicyKind(rawValue: kind) == nil {
            throw ValidationError(
                "--kind: expected one of \(PolicyKind.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(kind)\""
            )
        }
    }

    func run() throws {
        if ActionCatalog.shared.isEmpty {
            printError(
                "note: lzsim's IAM catalog was not found beside the executable; unknown-action checks are skipped")
        }
        var failed = false
        var unreadable = false
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                let reason = FileManager.default.fileExists(atPath: file) ? "cannot be read" : "no such file"
                printError("\(file): \(reason)")
                unreadable = true
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            let parsed = PolicyParser.parse(text, file: file)
            var diagnostics = parsed.diagnostics
            if let document = parsed.document {
                let chosen = kind.flatMap(PolicyKind.init(rawValue:)) ?? Self.guessKind(document)
                diagnostics += PolicyValidator.validate(document, as: chosen, file: file)
            }
            diagnostics.sort { $0.position < $1.position }
            for diagnostic in diagnostics {
                print(diagnostic.description)
                if diagnostic.severity == .error || strict { failed = true }
            }
        }
        if unreadable { throw ExitStatus.inputError }
        if failed { throw ExitStatus.findings }
    }

    static func guessKind(_ document: PolicyDocument) -> PolicyKind {
        guard document.statements.contains(where: { $0.principal != nil }) else { return .identity }
        let stsOnly = document.statements.allSatisfy { statement in
            statement.resource == nil && statement.action.values.allSatisfy { $0.value.lowercased().hasPrefix("sts:") }
        }
        return stsOnly ? .trust : .resource
    }
}
