import Foundation
import FoundationXML
import LZReport
import Testing

@Suite struct JUnitSanitizingTests {
    /// Every kind of text the contract's C.7 names, in one string.
    static let hostile =
        "nul\u{0} one\u{1} esc\u{1B}[31mred\u{1B}[0m osc\u{1B}]0;title\u{07} lone\u{1B}x "
        + "nonchar\u{FFFE}\u{FFFF} cdata]]> quotes\"' markup<&> del\u{7F} c1\u{85} emoji🔐 e\u{301}\r\nnext\rlast"

    static let expected =
        "nul\\u{0} one\\u{1} escred osc lone\\u{1B}x "
        + "nonchar\\u{FFFE}\\u{FFFF} cdata]]> quotes\"' markup<&> del\\u{7F} c1\\u{85} emoji🔐 e\u{301}\nnext\nlast"

    @Test("control characters, escapes and non-characters become visible markers; the rest survives")
    func sanitizedEverywhere() throws {
        let problem = Problem(.expectationFailed, message: Self.hostile, details: [Self.hostile])
        let testcase = CaseResult(
            name: "X-1 " + Self.hostile, location: SampleRuns.at(3),
            properties: [ReportProperty("lzsim.resource", Self.hostile)],
            outcome: .failed(problem), systemOut: Self.hostile, systemErr: Self.hostile)
        var suite = SampleRuns.reference.suites[0]
        suite.cases = [testcase]
        suite.systemOut = Self.hostile
        let (text, document) = try JUnitWriterTests.written(TestRun(suites: [suite]))

        #expect(!text.contains("\u{1B}") && !text.contains("\u{0}") && !text.contains("\r"))
        #expect(!text.contains("CDATA"))
        let testcaseElement = try #require(try JUnitWriterTests.elements(document, "//testcase").first)
        let expectedLine = String(Self.expected.prefix { $0 != "\n" })
        #expect(testcaseElement.attribute(forName: "name")?.stringValue == "X-1 " + Self.expected)
        let property = try JUnitWriterTests.elements(document, "//testcase/properties/property").first
        #expect(property?.attribute(forName: "value")?.stringValue == Self.expected)
        let failure = try #require(try JUnitWriterTests.elements(document, "//failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == expectedLine)
        #expect(failure.stringValue == Self.expected + "\n" + Self.expected + "\n  at \(SampleRuns.at(3))")
        let output = try JUnitWriterTests.elements(document, "//testcase/system-out").first
        #expect(output?.stringValue == Self.expected)
        let suiteOutput = try JUnitWriterTests.elements(document, "/testsuites/testsuite/system-out").first
        #expect(suiteOutput?.stringValue == Self.expected)
    }

    @Test("messages are one line of at most 500 characters, cut with an ellipsis")
    func messageLimits() throws {
        let long = String(repeating: "é", count: 600)
        let testcase = CaseResult(
            name: "X-2 long", outcome: .errored(Problem(.simulatorError, message: long + "\nsecond line")))
        let (_, document) = try JUnitWriterTests.written(
            TestRun(suites: [SuiteResult(name: "s", file: "s.yaml", timestamp: SampleRuns.pinned, cases: [testcase])]))
        let message = try #require(
            try JUnitWriterTests.elements(document, "//error").first?.attribute(forName: "message")?.stringValue)
        #expect(message.unicodeScalars.count == 500)
        #expect(message.hasSuffix("…"))
        #expect(!message.contains("\n"))
    }

    @Test("names are trimmed and capped at 200 characters")
    func nameLimits() throws {
        let testcase = CaseResult(name: "  X-3 " + String(repeating: "n", count: 300) + "  ")
        let (_, document) = try JUnitWriterTests.written(
            TestRun(suites: [SuiteResult(name: "s", file: "s.yaml", timestamp: SampleRuns.pinned, cases: [testcase])]))
        let name = try #require(
            try JUnitWriterTests.elements(document, "//testcase").first?.attribute(forName: "name")?.stringValue)
        #expect(name.hasPrefix("X-3 n"))
        #expect(name.unicodeScalars.count == 200)
    }

    @Test(
        "bodies are capped at 16 KiB and keep their location; output at 64 KiB", arguments: JUnitOptions.Flavor.allCases
    )
    func sizeCaps(flavor: JUnitOptions.Flavor) throws {
        let huge = String(repeating: "x", count: 200_000)
        let testcase = CaseResult(
            name: "X-4 big", location: SampleRuns.at(9),
            outcome: .failed(Problem(.expectationFailed, message: "[low] big", details: [huge])), systemOut: huge)
        let (_, document) = try JUnitWriterTests.written(
            TestRun(suites: [SuiteResult(name: "s", file: "s.yaml", timestamp: SampleRuns.pinned, cases: [testcase])]),
            options: JUnitOptions(flavor: flavor))
        let body = try #require(try JUnitWriterTests.elements(document, "//failure").first?.stringValue)
        #expect(body.utf8.count <= 16 * 1024)
        #expect(body.hasSuffix("\n  at \(SampleRuns.at(9))"))
        #expect(body.contains("[truncated "))
        let outputPath = flavor == .rich ? "//testcase/system-out" : "/testsuites/testsuite/system-out"
        let output = try #require(try JUnitWriterTests.elements(document, outputPath).first?.stringValue)
        #expect(output.utf8.count <= 64 * 1024)
        #expect(output.contains("[truncated "))
    }
}
