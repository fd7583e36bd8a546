import Foundation
import Testing

/// `lzsim run`, `validate` and `list` on the example suites, as CI runs them.
@Suite struct RunCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func temporary() throws -> String {
        let path = NSTemporaryDirectory() + "lzsim-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("run writes a valid report and a summary, and exits 0 when every check holds")
    func runExamples() throws {
        let report = try Self.temporary() + "/lzsim.xml"
        let result = try LZSimProcess.run(["run", "scenarios/examples", "--junit", report], in: Self.repository)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("checks in 8 scenarios"))
        #expect(result.standardOutput.contains("0 failed, 0 errors"))
        let check = try LZSimProcess.run(["junit", "check", "--schema", "rich", report], in: Self.repository)
        #expect(check.status == 0, "\(check.standardOutput)")
    }

    @Test("--timings tells where the time went, on standard error")
    func timings() throws {
        let report = try Self.temporary() + "/lzsim.xml"
        let result = try LZSimProcess.run(
            ["run", "scenarios/examples", "--junit", report, "--timings"], in: Self.repository)
        #expect(result.status == 0)
        let line = try #require(result.standardError.split(separator: "\n").first { $0.hasPrefix("timings: ") })
        let pattern =
            #/timings: load \d+\.\d{3} s, build \d+\.\d{3} s \((\d+) foundations, (\d+) reused\), checks \d+\.\d{3} s, report \d+\.\d{3} s/#
        let match = try #require(try pattern.wholeMatch(in: String(line)))
        // Eight example scenarios: those that only include the shared foundation share one build.
        #expect((Int(match.1) ?? 0) + (Int(match.2) ?? 0) == 8)
        #expect((Int(match.2) ?? 0) >= 1)
    }

    @Test("pinned time and zeroed times make the report byte-identical to its golden file")
    func goldenReport() throws {
        let report = try Self.temporary() + "/lzsim.xml"
        let result = try LZSimProcess.run(
            [
                "run", "scenarios/examples", "--junit", report, "--junit-timestamp", "2026-01-15T10:00:00Z",
                "--junit-zero-times",
            ],
            in: Self.repository)
        #expect(result.status == 0)
        let golden = Self.repository + "/Tests/Fixtures/scenario/examples-golden.xml"
        let written = try String(contentsOfFile: report, encoding: .utf8)
        if ProcessInfo.processInfo.environment["LZSIM_RECORD_GOLDEN"] == "1" {
            try written.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(written == (try String(contentsOfFile: golden, encoding: .utf8)))
    }

    @Test("--junit-dir writes one TEST-<suite>.xml per scenario")
    func junitDirectory() throws {
        let directory = try Self.temporary()
        let result = try LZSimProcess.run(["run", "scenarios/examples", "--junit-dir", directory], in: Self.repository)
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(
            files == [
                "TEST-examples.certificates.xml", "TEST-examples.controls.xml", "TEST-examples.cross-account.xml",
                "TEST-examples.encryption.xml", "TEST-examples.network.xml",
                "TEST-examples.permissions-boundary.xml",
                "TEST-examples.production-like-dev.xml", "TEST-examples.scp-guardrail.xml",
            ])
    }

    @Test("--junit-passing-output keeps the trace of passing testcases, which is left out by default")
    func passingOutput() throws {
        let directory = try Self.temporary()
        try """
        foundation:
          accounts:
            solo: {}
        checks:
          - id: P-1
            title: root may read
            access: { principal: solo/root, action: s3:GetObject, resource: "*", expect: allow }
        """.write(toFile: directory + "/passing.yaml", atomically: true, encoding: .utf8)
        let plain = try LZSimProcess.run(["run", "passing.yaml", "--junit", "plain.xml"], in: directory)
        #expect(plain.status == 0)
        #expect(try !String(contentsOfFile: directory + "/plain.xml", encoding: .utf8).contains("<system-out>"))
        let traced = try LZSimProcess.run(
            ["run", "passing.yaml", "--junit", "traced.xml", "--junit-passing-output"], in: directory)
        #expect(traced.status == 0)
        let report = try String(contentsOfFile: directory + "/traced.xml", encoding: .utf8)
        #expect(report.contains("<system-out>"), "\(report)")
        #expect(report.contains("Allowed"), "\(report)")
    }

    @Test("failures exit 1 and print the explanation with file:line; --fail-on never exits 0")
    func failures() throws {
        let directory = try Self.temporary()
        try """
        foundation:
          accounts:
            solo: {}
        checks:
          - id: F-1
            title: root may not read
            access: { principal: solo/root, action: s3:GetObject, resource: "*", expect: deny }
        """.write(toFile: directory + "/failing.yaml", atomically: true, encoding: .utf8)
        let result = try LZSimProcess.run(["run", "failing.yaml", "--junit", "report.xml"], in: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("FAIL failing › F-1 root may not read  failing.yaml:5"))
        #expect(result.standardOutput.contains("expected deny, got allow"))
        #expect(FileManager.default.fileExists(atPath: directory + "/report.xml"))
        let lenient = try LZSimProcess.run(
            ["run", "failing.yaml", "--junit", "report.xml", "--fail-on", "never"], in: directory)
        #expect(lenient.status == 0)
        let markdown = try LZSimProcess.run(
            ["run", "failing.yaml", "--junit", "r.xml", "--format", "markdown"], in: directory)
        #expect(markdown.standardOutput.hasPrefix("## lzsim: 1 checks need attention"))
        let json = try LZSimProcess.run(["run", "failing.yaml", "--junit", "r.xml", "--format", "json"], in: directory)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((object?["totals"] as? [String: Any])?["failed"] as? Int == 1)
    }

    @Test("a path that does not exist exits 2; validate and list report the examples")
    func validateAndList() throws {
        let missing = try LZSimProcess.run(["run", "no-such-folder"], in: try Self.temporary())
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("no such file or folder 'no-such-folder'"))
        let validate = try LZSimProcess.run(["validate", "scenarios/examples"], in: Self.repository)
        #expect(validate.status == 0)
        #expect(validate.standardOutput == "8 scenarios, 0 with problems\n")
        let list = try LZSimProcess.run(["list", "scenarios/examples"], in: Self.repository)
        #expect(
            list.standardOutput.contains(
                "scenarios/examples/scp-guardrail.yaml:7  SCP-01  Development administrators cannot create VPCs"))
    }

    @Test("schema prints a JSON Schema whose check keys are the ones lzsim reads")
    func schema() throws {
        let result = try LZSimProcess.run(["schema"])
        #expect(result.status == 0)
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let definitions = try #require(schema["definitions"] as? [String: Any])
        let check = try #require((definitions["check"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(
            Set(check.keys) == [
                "id", "title", "severity", "tags", "controls", "waiver", "advisory", "for_each", "overlay", "access",
                "steps", "assert", "reach", "exposure", "control", "framework", "scope", "parameters", "expect", "at",
            ])
    }
}
