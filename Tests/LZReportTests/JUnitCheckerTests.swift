import Foundation
import LZReport
import Testing

@Suite struct JUnitCheckerTests {
    @Test("the example reports lzsim writes have no problems", arguments: ["lzsim-rich.xml", "lzsim-strict.xml"])
    func cleanReports(fixture: String) throws {
        #expect(try JUnitChecker.check(fileAt: JUnitFixtures.url(fixture)) == [])
    }

    /// Each line of `broken-rules.xml` breaks the rules listed here, and nothing else is flagged.
    static let brokenRules: [(line: Int, rule: JUnitProblem.Rule, says: String)] = [
        (2, .counts, "testsuites has tests='9', but the file's testcases number 8"),
        (2, .counts, "testsuites has failures='1', but 3 of the file's testcases have <failure>"),
        (3, .time, "testsuite 'kms.broken' has time='0.1', expected plain seconds with three decimals such as '0.100'"),
        (3, .file, "testsuite 'kms.broken' has file='/repo/scenarios/kms/broken.yaml' starting with '/'"),
        (
            3, .timestamp,
            "testsuite 'kms.broken' has timestamp='2026-01-15T10:00:00Z', expected UTC 'YYYY-MM-DDTHH:MM:SS'"
        ),
        (3, .counts, "testsuite 'kms.broken' has skipped='1', but 0 of its testcases have <skipped>"),
        (
            4, .outcomes,
            "testcase 'KMS-001 two outcomes' has 2 outcome elements (<failure>, <skipped>), expected at most one"
        ),
        (9, .message, "<failure> message has 2 lines, expected one line"),
        (12, .message, "<failure> message has 501 characters, expected at most 500"),
        (14, .uniqueName, "duplicate testcase 'KMS-002 two-line message' in classname 'kms.broken', first at line 8"),
        (15, .name, "testcase name ' KMS-004 untrimmed' has leading or trailing whitespace, expected it trimmed"),
        (16, .name, "testcase has no name attribute, expected a non-empty name"),
        (17, .time, "testcase 'KMS-005 windows path' has time='1.5e-3', expected plain seconds with three decimals"),
        (17, .file, "testcase 'KMS-005 windows path' has file='scenarios\\kms\\broken.yaml' containing '\\'"),
        (17, .line, "testcase 'KMS-005 windows path' has line='0', expected a 1-based line number"),
        (18, .file, "testcase 'KMS-006 dot path' has file='./scenarios/kms/broken.yaml' starting with './'"),
    ]

    @Test("every broken rule is flagged on its line, in line order, and nothing else is")
    func flagsEveryRule() throws {
        let url = JUnitFixtures.url("broken-rules.xml")
        let problems = try JUnitChecker.check(fileAt: url)
        #expect(problems.map(\.line) == Self.brokenRules.map(\.line))
        #expect(problems.map(\.rule) == Self.brokenRules.map(\.rule))
        for (problem, expected) in zip(problems, Self.brokenRules) {
            #expect(problem.message.hasPrefix(expected.says), "line \(expected.line)")
            #expect(problem.description == "\(url.path):\(problem.line): \(problem.message)")
        }
        #expect(Set(problems.map(\.rule)) == Set(JUnitProblem.Rule.allCases), "every rule has a case in the fixture")
    }

    @Test(
        "a single broken value is flagged with its rule and line",
        arguments: [
            (#"<testcase name="" classname="s" time="0.001"/>"#, JUnitProblem.Rule.name, "testcase has an empty name"),
            (#"<testcase name="a " classname="s" time="0.001"/>"#, .name, "testcase name 'a ' has leading or trailing"),
            (#"<testcase name="a" classname="s" time="1,500"/>"#, .time, "testcase 'a' has time='1,500'"),
            (#"<testcase name="a" classname="s" time="-0.001"/>"#, .time, "testcase 'a' has time='-0.001'"),
            (#"<testcase name="a" classname="s" time="0.001" line="x"/>"#, .line, "testcase 'a' has line='x'"),
            (
                #"<testcase name="a" classname="s" time="0.001" file="C:\a.yaml"/>"#, .file,
                #"testcase 'a' has file='C:\a.yaml' containing '\'"#
            ),
        ]
    )
    func singleValue(testcase: String, rule: JUnitProblem.Rule, says: String) throws {
        let text = """
            <testsuite name="s" tests="1" failures="0" errors="0" skipped="0" time="0.001" timestamp="2026-01-15T10:00:00">
              \(testcase)
            </testsuite>
            """
        let problems = try JUnitChecker.check(Data(text.utf8), path: "r.xml")
        #expect(problems.count == 1)
        #expect(problems.first?.rule == rule)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.hasPrefix(says) == true, "\(problems)")
    }

    @Test(
        "timestamps must be UTC in the contract's form",
        arguments: [
            ("2026-01-15T10:00:00", true), ("2026-01-15T10:00:00.123", false), ("2026-01-15T10:00:00+01:00", false),
            ("2026-01-15 10:00:00", false), ("2026-02-30T10:00:00", false), ("2026-01-15T24:00:00", false),
        ]
    )
    func timestamps(timestamp: String, clean: Bool) throws {
        let text = #"<testsuite name="s" timestamp="\#(timestamp)"/>"#
        let problems = try JUnitChecker.check(Data(text.utf8), path: "r.xml")
        #expect(problems.map(\.rule) == (clean ? [] : [.timestamp]))
    }

    @Test("counts in nested suites cover every testcase below them, and missing counts are not required")
    func nestedCounts() throws {
        let text = """
            <testsuites tests="3" failures="1">
              <testsuite name="root" tests="3" errors="1">
                <testsuite name="root.a" tests="1"><testcase name="a1"><failure message="x"/></testcase></testsuite>
                <testsuite name="root.b" tests="2" skipped="0"><testcase name="b1"/><testcase name="b2"><skipped/></testcase></testsuite>
              </testsuite>
            </testsuites>
            """
        let problems = try JUnitChecker.check(Data(text.utf8), path: "nested.xml")
        #expect(
            problems.map(\.description) == [
                "nested.xml:2: testsuite 'root' has errors='1', but 0 of its testcases have <error>",
                "nested.xml:4: testsuite 'root.b' has skipped='0', but 1 of its testcases has <skipped>",
            ])
    }

    @Test("a count that is not a number is flagged with what the children say")
    func countNotANumber() throws {
        let text = #"<testsuite name="s" tests="many"><testcase name="a"/></testsuite>"#
        let problems = try JUnitChecker.check(Data(text.utf8), path: "r.xml")
        #expect(problems.map(\.message) == ["testsuite 's' has tests='many', expected a count: its testcases number 1"])
    }
}

@Suite struct JUnitCheckerScaleTests {
    @Test("lines past 65 535 are reported exactly, as in large reports")
    func bigLineNumbers() throws {
        let padding = String(repeating: "\n", count: 70_000)
        let text = #"<testsuite name="s">\#(padding)<testcase name="a" time="1"/></testsuite>"#
        let problems = try JUnitChecker.check(Data(text.utf8), path: "big.xml")
        #expect(problems.map(\.line) == [70_001])
    }

    @Test("reports are read on many threads at once with the same result")
    func concurrentReads() async throws {
        let url = JUnitFixtures.url("lzsim-rich.xml")
        let expected = try JUnitReader.read(fileAt: url)
        let runs = try await withThrowingTaskGroup(of: TestRun.self) { group in
            for _ in 0..<32 {
                group.addTask { try JUnitReader.read(fileAt: url) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(runs.count == 32)
        #expect(runs.allSatisfy { $0 == expected })
    }
}
