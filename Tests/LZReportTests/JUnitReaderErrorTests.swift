import Foundation
import LZReport
import Testing

@Suite struct JUnitReaderErrorTests {
    @Test(
        "bad input is refused with a one-line error naming the file and the line",
        arguments: [
            ("billion-laughs.xml", JUnitReadError.Kind.doctypeRefused, 2, "document type declaration refused"),
            ("external-entity.xml", .doctypeRefused, 2, "document type declaration refused"),
            ("external-dtd.xml", .doctypeRefused, 2, "document type declaration refused"),
            ("not-xml.json", .notXML, 1, "not well-formed XML: start tag expected, '<' not found"),
            ("not-junit.xml", .notJUnit, 2, "root element is <project>, expected <testsuites> or <testsuite>"),
        ]
    )
    func refusesBadInput(fixture: String, kind: JUnitReadError.Kind, line: Int, message: String) throws {
        let url = JUnitFixtures.url(fixture)
        let error = try #require(throws: JUnitReadError.self) { try JUnitReader.read(fileAt: url) }
        #expect(error.kind == kind)
        #expect(error.line == line)
        #expect(error.message.hasPrefix(message))
        #expect(error.description == "\(url.path):\(line): \(error.message)")
        #expect(!error.description.contains("\n"))
    }

    @Test("the billion-laughs bomb is refused before any entity is expanded")
    func bombIsNotExpanded() throws {
        // Expanded, the bomb's `&lol9;` is 10^9 "lol"s; refused, no suite name ever holds it.
        let error = try #require(throws: JUnitReadError.self) {
            try JUnitReader.read(fileAt: JUnitFixtures.url("billion-laughs.xml"))
        }
        #expect(!error.description.contains("lollol"))
        #expect(error.message.contains("DTD or entities"))
    }

    @Test("an external entity is refused, so its file is never read into the report")
    func externalEntityIsNotFetched() throws {
        let error = try #require(throws: JUnitReadError.self) {
            try JUnitChecker.check(fileAt: JUnitFixtures.url("external-entity.xml"))
        }
        #expect(error.kind == .doctypeRefused)
        #expect(!error.description.contains("root:"))
    }

    @Test("a missing file is named with a short reason, not Foundation's error")
    func missingFile() throws {
        let url = JUnitFixtures.url("no-such-report.xml")
        let error = try #require(throws: JUnitReadError.self) { try JUnitReader.read(fileAt: url) }
        #expect(error.kind == .unreadable)
        #expect(error.description == "\(url.path): no such file, expected a JUnit XML report")
    }

    @Test("a directory is not read as a report")
    func directory() throws {
        let error = try #require(throws: JUnitReadError.self) { try JUnitReader.read(fileAt: JUnitFixtures.directory) }
        #expect(error.kind == .unreadable)
        #expect(error.message == "is a directory, expected a JUnit XML report")
    }

    @Test(
        "XML that is not well-formed is refused with libxml2's reason and line",
        arguments: [
            ("", 1, "not well-formed XML: document is empty"),
            (
                "<testsuites>\n  <testsuite name=\"a\">\n</testsuites>\n", 3,
                "not well-formed XML: opening and ending tag mismatch"
            ),
            ("<testsuites/>\n<testsuites/>\n", 2, "not well-formed XML: extra content at the end of the document"),
            ("<testsuites>\u{1}</testsuites>", 1, "not well-formed XML: PCDATA invalid Char value 1"),
        ]
    )
    func notWellFormed(text: String, line: Int, message: String) throws {
        let error = try #require(throws: JUnitReadError.self) { try JUnitReader.read(Data(text.utf8), path: "r.xml") }
        #expect(error.kind == .notXML)
        #expect(error.line == line)
        #expect(error.message.hasPrefix(message))
        #expect(error.description.hasPrefix("r.xml:\(line): not well-formed XML: "))
    }

    @Test("a report whose counts disagree with its testcases is refused rather than repaired")
    func countsThatDisagree() throws {
        let text = """
            <testsuites>
              <testsuite name="a" tests="2" failures="0" errors="0" skipped="0" time="0.000" timestamp="2026-01-15T10:00:00">
                <testcase name="only one" classname="a" time="0.000"/>
              </testsuite>
            </testsuites>
            """
        let error = try #require(throws: JUnitReadError.self) {
            try JUnitReader.read(Data(text.utf8), path: "shard.xml")
        }
        #expect(error.kind == .invalidReport)
        #expect(error.description == "shard.xml:2: testsuite 'a' has tests='2', but its testcases number 1")
    }

    @Test(
        "a suite a run cannot hold is refused with the suite's line",
        arguments: [
            (
                #"<testsuite tests="0" timestamp="2026-01-15T10:00:00"/>"#,
                "testsuite has no name, expected the scenario id"
            ),
            (#"<testsuite name="a" tests="0"/>"#, "testsuite 'a' has no timestamp, expected UTC 'YYYY-MM-DDTHH:MM:SS'"),
            (
                #"<testsuite name="a" timestamp="yesterday"/>"#,
                "testsuite 'a' has timestamp='yesterday', expected UTC 'YYYY-MM-DDTHH:MM:SS'"
            ),
        ]
    )
    func unreadableSuite(text: String, message: String) throws {
        let error = try #require(throws: JUnitReadError.self) {
            try JUnitReader.read(Data("<testsuites>\n\(text)\n</testsuites>".utf8), path: "r.xml")
        }
        #expect(error.kind == .invalidReport)
        #expect(error.line == 2)
        #expect(error.message == message)
    }
}
