import ArgumentParser
import Foundation
import LZReport

/// `lzsim junit check FILE...`: checks JUnit XML files against the rules of lzsim's report contract.
struct JUnitCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check JUnit XML files against lzsim's report contract.",
        discussion: """
            Works on any tool's JUnit report. Checks that the counts on every suite (and the \
            root's sums, where present) equal its testcases, that a testcase has at most one \
            outcome, that messages are one line of at most 500 characters, that suite and \
            testcase names are present and trimmed and testcase names unique, that `file` is \
            repository-relative, that `time` has \
            three decimals, `timestamp` is UTC `YYYY-MM-DDTHH:MM:SS`, and `line` is at least 1.

            With --schema, each file is also validated against lzsim's own XML schema for that \
            flavour (the rich schema accepts both flavours).

            Prints one `path:line: problem` line per problem on standard output. Exits 0 when \
            every file is clean, 1 when any problem was found, 2 when a file cannot be read, is \
            not well-formed XML, is not JUnit, or declares a DTD (refused, never loaded).

            Examples:
              lzsim junit check reports/lzsim.xml
              lzsim junit check build/test-results/*.xml
              lzsim junit check --schema strict reports/TEST-*.xml
            """
    )

    @Option(help: "Also validate against lzsim's own schema for this flavour: rich or strict.")
    var schema: FlavorArgument?

    @Argument(help: "The JUnit XML files to check.")
    var files: [String]

    func validate() throws {
        if let schema, JUnitSchema(flavor: schema.flavor).url == nil {
            throw ValidationError(
                "--schema needs lzsim's schemas, which are not beside this executable "
                    + "(SwiftPM's lzsim_LZReport.resources folder); run lzsim from its build folder or copy that folder too"
            )
        }
    }

    func run() throws {
        var foundProblems = false
        var unreadable = false
        for file in files {
            do {
                let url = URL(fileURLWithPath: file)
                let problems = try JUnitChecker.check(fileAt: url).map(\.description)
                let violations = schema.map { (JUnitSchema(flavor: $0.flavor).validate(fileAt: url)) } ?? []
                for line in problems + violations.map(\.description) {
                    print(line)
                }
                foundProblems = foundProblems || !problems.isEmpty || !violations.isEmpty
            } catch {
                // Every file is still checked, so one bad file does not hide the others' problems.
                printError(error.description)
                unreadable = true
            }
        }
        if unreadable {
            throw ExitStatus.inputError
        }
        if foundProblems {
            throw ExitStatus.findings
        }
    }
}
