import Foundation
import Testing

/// Runs the built `lzsim` binary, as CI would, on the JUnit fixtures.
@Suite struct JUnitCheckCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/junit", isDirectory: true)

    @Test("clean reports exit 0 and print nothing")
    func clean() throws {
        let result = try lzsim("junit", "check", "lzsim-rich.xml", "lzsim-strict.xml")
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "")
    }

    @Test("problems are printed as path:line: problem on standard output and exit 1")
    func problems() throws {
        let result = try lzsim("junit", "check", "lzsim-rich.xml", "broken-rules.xml")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(result.status == 1)
        #expect(lines.count == 16)
        #expect(lines.allSatisfy { $0.hasPrefix("broken-rules.xml:") })
        #expect(lines.first == "broken-rules.xml:2: testsuites has tests='9', but the file's testcases number 8")
        #expect(result.standardError == "")
    }

    @Test(
        "input that cannot be checked gets one clear line on standard error and exit 2",
        arguments: [
            ("no-such-report.xml", "no-such-report.xml: no such file, expected a JUnit XML report"),
            ("not-xml.json", "not-xml.json:1: not well-formed XML: start tag expected, '<' not found"),
            ("not-junit.xml", "not-junit.xml:2: root element is <project>, expected <testsuites> or <testsuite>"),
            (
                "billion-laughs.xml",
                "billion-laughs.xml:2: document type declaration refused: a JUnit report must not declare a DTD or entities"
            ),
            (
                "external-entity.xml",
                "external-entity.xml:2: document type declaration refused: a JUnit report must not declare a DTD or entities"
            ),
        ]
    )
    func badInput(file: String, error: String) throws {
        let result = try lzsim("junit", "check", file)
        #expect(result.status == 2)
        #expect(result.standardError == error + "\n")
        #expect(result.standardOutput == "")
    }

    @Test("one unreadable file does not hide the problems of the others, and input errors win the exit status")
    func mixed() throws {
        let result = try lzsim("junit", "check", "no-such-report.xml", "broken-rules.xml")
        #expect(result.status == 2)
        #expect(result.standardOutput.split(separator: "\n").count == 16)
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test("no file is a usage error")
    func noFile() throws {
        let result = try lzsim("junit", "check")
        #expect(result.status == 2)
        #expect(result.standardError.contains("Missing expected argument"))
    }

    @Test("--schema also validates against lzsim's own schema for the flavour")
    func schemaValidation() throws {
        let rich = try lzsim("junit", "check", "--schema", "rich", "lzsim-rich.xml", "lzsim-strict.xml")
        #expect(rich.status == 0, "\(rich.standardOutput)")
        let strict = try lzsim("junit", "check", "--schema", "strict", "lzsim-rich.xml")
        #expect(strict.status == 1)
        #expect(strict.standardOutput.hasPrefix("lzsim-rich.xml:2: "))
        #expect(strict.standardOutput.contains("'name': The attribute 'name' is not allowed"))
    }

    private func lzsim(_ arguments: String...) throws -> LZSimProcess {
        try LZSimProcess.run(arguments, in: Self.fixtures.path)
    }
}
