import Foundation
import LZReport

/// Runs shaped like the contract's reference example (C.10), shared by the writer's tests.
enum SampleRuns {
    static let scenario = "scenarios/kms/encryption-at-rest.yaml"
    static let pinned = Date(timeIntervalSince1970: 1_768_471_200)  // 2026-01-15T10:00:00Z

    static func at(_ line: Int) -> ReportLocation { ReportLocation(path: scenario, line: line) }

    /// The run behind the contract's `lzsim-rich.xml`.
    static var reference: TestRun {
        let rotation = CaseResult(
            name: "KMS-001 CMKs have rotation enabled [key/app-data]",
            location: at(12), time: 0.010,
            properties: [
                ReportProperty("lzsim.check", "KMS-001"), ReportProperty("lzsim.severity", "high"),
                ReportProperty("lzsim.service", "kms"), ReportProperty("lzsim.resource", "key/app-data"),
            ])
        let message = "[critical] bucket 'logs' uses AES256, expected aws:kms with a customer key"
        let encryption = CaseResult(
            name: "KMS-002 S3 buckets use SSE-KMS with a customer key [bucket/logs]",
            location: at(27), time: 0.012,
            properties: [
                ReportProperty("lzsim.check", "KMS-002"), ReportProperty("lzsim.severity", "critical"),
                ReportProperty("lzsim.service", "kms"), ReportProperty("lzsim.resource", "bucket/logs"),
                ReportProperty("lzsim.control", "cis_v300:2.1.1"),
            ],
            outcome: .failed(
                Problem(
                    .expectationFailed, message: message,
                    details: [
                        "scenario: \(scenario):27",
                        "resource: bucket/logs (account 111111111111, eu-west-1)",
                        "expected: SSEAlgorithm == aws:kms and KMSMasterKeyID is a customer managed key",
                        "actual:   SSEAlgorithm == AES256 <default> & no key",
                    ])),
            systemOut: "[lzsim] PutObject as role/app-writer: SSE applied = AES256 (bucket default)")
        let waived = CaseResult(
            name: "ACM-003 Certificates are not expired [cert/api]", location: at(40), time: 0.004,
            outcome: .skipped(Skip(.waived, "W-12 until 2026-03-01")))
        let broken = CaseResult(
            name: "VPC-007 VPC endpoints restrict kms:Decrypt [vpce/kms]", location: at(52), time: 0.020,
            outcome: .errored(
                Problem(
                    .scenarioError,
                    message: "scenario error: unknown principal 'role/Missing' in account 222222222222",
                    details: ["step 'given principal' references a role that the scenario never creates"],
                    location: at(55))))
        let suite = SuiteResult(
            name: "kms.encryption-at-rest", file: scenario, timestamp: pinned, time: 0.042, seed: 42,
            cases: [rotation, encryption, waived, broken])
        return TestRun(suites: [suite])
    }

    /// A run of several suites in scrambled order, with every outcome, for order and merge tests.
    static var several: TestRun {
        func suite(_ name: String, _ outcomes: [Outcome]) -> SuiteResult {
            let file = "scenarios/" + name.replacingOccurrences(of: ".", with: "/") + ".yaml"
            let cases = outcomes.enumerated().map { index, outcome in
                CaseResult(
                    name: "CHK-\(index) check \(index)", location: ReportLocation(path: file, line: index + 3),
                    time: 0.001 * Double(index), outcome: outcome, systemOut: "trace \(name) \(index)")
            }
            return SuiteResult(name: name, file: file, timestamp: pinned, time: 0.5, cases: cases)
        }
        let failure = Problem(.expectationFailed, message: "[high] expected deny, got allow")
        return TestRun(suites: [
            suite("org.guardrails", [.passed, .failed(failure), .skipped(Skip(.notApplicable, "no SCP"))]),
            suite("iam.boundaries", [.passed, .advisory(Problem(.expectationFailed, message: "[info] wide role"))]),
            suite("kms.keys", [.errored(Problem(.simulatorError, message: "internal error")), .passed]),
        ])
    }

    /// A fresh directory under the system's temporary directory, for files a test writes.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "lzsim-report-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The path of a fixture under `Tests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)").path
    }
}
