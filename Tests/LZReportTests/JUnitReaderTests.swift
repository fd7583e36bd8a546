import Foundation
import LZReport
import Testing

@Suite struct JUnitReaderTests {
    static let scenario = "scenarios/kms/encryption-at-rest.yaml"
    static let startOfSuite = Date(timeIntervalSince1970: 1_768_471_200)  // 2026-01-15T10:00:00Z

    @Test("the rich example reads back into the run that produces it")
    func readsRichExample() throws {
        let run = try JUnitReader.read(fileAt: JUnitFixtures.url("lzsim-rich.xml"))
        let at = { (line: Int) in ReportLocation(path: Self.scenario, line: line) }
        let expected = TestRun(suites: [
            SuiteResult(
                name: "kms.encryption-at-rest",
                file: Self.scenario,
                timestamp: Self.startOfSuite,
                time: 0.042,
                seed: 42,
                hostname: "localhost",
                cases: [
                    CaseResult(
                        name: "KMS-001 CMKs have rotation enabled [key/app-data]",
                        location: at(12),
                        time: 0.010,
                        properties: [
                            ReportProperty("lzsim.check", "KMS-001"), ReportProperty("lzsim.severity", "high"),
                            ReportProperty("lzsim.service", "kms"), ReportProperty("lzsim.resource", "key/app-data"),
                        ]
                    ),
                    CaseResult(
                        name: "KMS-002 S3 buckets use SSE-KMS with a customer key [bucket/logs]",
                        location: at(27),
                        time: 0.012,
                        properties: [
                            ReportProperty("lzsim.check", "KMS-002"), ReportProperty("lzsim.severity", "critical"),
                            ReportProperty("lzsim.service", "kms"), ReportProperty("lzsim.resource", "bucket/logs"),
                            ReportProperty("lzsim.control", "cis_v300:2.1.1"),
                        ],
                        outcome: .failed(
                            Problem(
                                .expectationFailed,
                                message: "[critical] bucket 'logs' uses AES256, expected aws:kms with a customer key",
                                details: [
                                    "scenario: scenarios/kms/encryption-at-rest.yaml:27",
                                    "resource: bucket/logs (account 111111111111, eu-west-1)",
                                    "expected: SSEAlgorithm == aws:kms and KMSMasterKeyID is a customer managed key",
                                    "actual:   SSEAlgorithm == AES256 <default> & no key",
                                ],
                                location: at(27)
                            )
                        ),
                        systemOut: "[lzsim] PutObject as role/app-writer: SSE applied = AES256 (bucket default)"
                    ),
                    CaseResult(
                        name: "ACM-003 Certificates are not expired [cert/api]",
                        location: at(40),
                        time: 0,
                        outcome: .skipped(Skip(.waived, "W-12 until 2026-03-01"))
                    ),
                    CaseResult(
                        name: "VPC-007 VPC endpoints restrict kms:Decrypt [vpce/kms]",
                        location: at(52),
                        time: 0.020,
                        outcome: .errored(
                            Problem(
                                .scenarioError,
                                message: "scenario error: unknown principal 'role/Missing' in account 222222222222",
                                details: ["step 'given principal' references a role that the scenario never creates"],
                                location: at(55)
                            )
                        )
                    ),
                ]
            )
        ])
        #expect(run == expected)
    }

    @Test("the strict example reads back with the suite's file from its scenario property")
    func readsStrictExample() throws {
        let run = try JUnitReader.read(fileAt: JUnitFixtures.url("lzsim-strict.xml"))
        let suite = try #require(run.suites.first)
        #expect(run.suites.count == 1)
        #expect(suite.file == Self.scenario)
        #expect(suite.properties.isEmpty)
        #expect(suite.seed == 42)
        #expect(suite.systemOut.hasPrefix("[lzsim] 1 scenario, 4 checks"))
        #expect(suite.systemErr == "")
        #expect(suite.cases.map(\.location) == [nil, nil, nil, nil])
        guard case .failed(let problem) = suite.cases[1].outcome else {
            Issue.record("expected a failure, found \(suite.cases[1].outcome)")
            return
        }
        #expect(
            problem.details == [
                "scenario: scenarios/kms/encryption-at-rest.yaml:27",
                "resource: bucket/logs (account 111111111111, eu-west-1)",
            ])
        #expect(problem.location == ReportLocation(path: Self.scenario, line: 27))
    }

    @Test("suite properties the writer regenerates are dropped, others are kept in order")
    func suiteProperties() throws {
        let run = try read(
            suite: """
                <properties>
                  <property name="lzsim.version" value="0.1.0"/>
                  <property name="lzsim.framework.cis" value="v3.0.0"/>
                  <property name="lzsim.scenario" value="scenarios/a.yaml"/>
                  <property name="lzsim.seed" value="7"/>
                  <property name="lzsim.flavor" value="rich"/>
                  <property name="team">platform</property>
                </properties>
                """
        )
        let suite = try #require(run.suites.first)
        #expect(suite.seed == 7)
        #expect(suite.file == "scenarios/a.yaml")
        #expect(
            suite.properties == [ReportProperty("lzsim.framework.cis", "v3.0.0"), ReportProperty("team", "platform")])
    }

    @Test(
        "another tool's failure and error types map to the closest kind",
        arguments: [
            ("failure", "AssertionError", Problem.Kind.expectationFailed),
            ("failure", "", .expectationFailed),
            ("error", "java.util.concurrent.TimeoutException", .timeout),
            ("error", "NullPointerException", .simulatorError),
            ("error", "lzsim.ScenarioError", .scenarioError),
            ("failure", "lzsim.Timeout", .timeout),
        ]
    )
    func foreignTypes(element: String, type: String, kind: Problem.Kind) throws {
        let run = try read(
            cases:
                #"<testcase name="t" time="0.001"><\#(element) type="\#(type)" message="m">body</\#(element)></testcase>"#
        )
        let outcome = try #require(run.suites.first?.cases.first?.outcome)
        let expected = Problem(kind, message: "body")
        #expect(outcome == (element == "failure" ? .failed(expected) : .errored(expected)))
    }

    @Test(
        "a skip's reason comes back from its message's prefix",
        arguments: [
            ("not applicable: no AWS::KMS::Key in scenario", Skip(.notApplicable, "no AWS::KMS::Key in scenario")),
            ("waived: W-12 until 2026-03-01", Skip(.waived, "W-12 until 2026-03-01")),
            ("filtered", Skip(.filtered, "")),
            ("requires python 3.12", Skip(.notApplicable, "requires python 3.12")),
        ]
    )
    func skipReasons(message: String, skip: Skip) throws {
        let run = try read(cases: #"<testcase name="t" time="0.000"><skipped message="\#(message)"/></testcase>"#)
        #expect(run.suites.first?.cases.first?.outcome == .skipped(skip))
    }

    @Test(
        "a body without an `at` line keeps every line after the first as details, and the message comes from the body")
    func bodyWithoutLocation() throws {
        let run = try read(
            cases:
                #"<testcase name="t" time="0.001"><failure message="cut…" type="lzsim.ExpectationFailed">full first line&#10;expected: a&#10;at the end</failure></testcase>"#
        )
        let problem = Problem(.expectationFailed, message: "full first line", details: ["expected: a", "at the end"])
        #expect(run.suites.first?.cases.first?.outcome == .failed(problem))
    }

    @Test("an advisory finding reads back from its property and its output line")
    func advisory() throws {
        let run = try read(
            cases: """
                <testcase name="IAM-009 Access keys are rotated [user/ci]" classname="s" time="0.001">
                  <properties>
                    <property name="lzsim.severity" value="info"/>
                    <property name="lzsim.advisory" value="true"/>
                  </properties>
                  <system-out>ADVISORY: key AKIA... is 80 days old
                [lzsim] ListAccessKeys as role/audit</system-out>
                </testcase>
                """
        )
        let testcase = try #require(run.suites.first?.cases.first)
        #expect(testcase.outcome == .advisory(Problem(.expectationFailed, message: "key AKIA... is 80 days old")))
        #expect(testcase.properties == [ReportProperty("lzsim.severity", "info")])
        #expect(testcase.systemOut == "[lzsim] ListAccessKeys as role/audit")
    }

    @Test("a bare testsuite root and nested suites from other tools read as flat suites in document order")
    func otherToolsShapes() throws {
        let bare =
            #"<testsuite name="pytest" tests="1" timestamp="2026-01-15T10:00:00.123456+01:00"><testcase name="t" time="1.5"/></testsuite>"#
        let bareRun = try JUnitReader.read(Data(bare.utf8), path: "pytest.xml")
        #expect(bareRun.suites.map(\.name) == ["pytest"])
        #expect(bareRun.suites.first?.timestamp == Self.startOfSuite.addingTimeInterval(-3600 + 0.123456))
        #expect(bareRun.suites.first?.cases.first?.time == 1.5)

        let nested = """
            <testsuites>
              <testsuite name="root" tests="3">
                <testsuite name="root.a" tests="1" timestamp="2026-01-15T10:00:00"><testcase name="a1"/></testsuite>
                <testsuite name="root.b" tests="2" timestamp="2026-01-15T10:00:00"><testcase name="b1"/><testcase name="b2"/></testsuite>
              </testsuite>
            </testsuites>
            """
        let nestedRun = try JUnitReader.read(Data(nested.utf8), path: "nested.xml")
        #expect(nestedRun.suites.map(\.name) == ["root.a", "root.b"])
        #expect(nestedRun.suites.map { $0.cases.map(\.name) } == [["a1"], ["b1", "b2"]])
    }

    private func read(suite content: String = "", cases: String = "") throws -> TestRun {
        let text = """
            <testsuites>
              <testsuite name="s" timestamp="2026-01-15T10:00:00">
            \(content)
            \(cases)
              </testsuite>
            </testsuites>
            """
        return try JUnitReader.read(Data(text.utf8), path: "r.xml")
    }
}
