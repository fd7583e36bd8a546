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

            Prints one `path:line: problem` line per problem on standard output. Exits 0 when \
            every file is clean, 1 when any problem was found, 2 when a file cannot be read, is \
            not well-formed XML, is not JUnit, or declares a DTD (refused, never loaded).

            Examples:
              lzsim junit check reports/lzsim.xml
              lzsim junit check build/test-results/*.xml
            """
    )

    @Argument(help: "The JUnit XML files to check.")
    var files: [String]

    func run() throws {
        var foundProblems = false
        var unreadable = false
        for file in files {
            do {
                let problems = try JUnitChecker.check(fileAt: URL(fileURLWithPath: file))
                for problem in problems {
                    print(problem)
                }
                foundProblems = foundProblems || !problems.isEmpty
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
