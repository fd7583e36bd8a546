import Foundation
import Testing

/// `lzsim evaluate`, `explain` and `validate-policy`, run as a user would.
@Suite struct PolicyCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/policy").path

    static func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("evaluate decides every documented case as its expectation says, one JSON line each, exit 0")
    func evaluateDocumentedCases() throws {
        let result = try LZSimProcess.run(["evaluate", "--cases", "evaluate-cases.json"], in: Self.fixtures)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = try Self.lines(result.standardOutput)
        #expect(lines.count >= 20)
        for line in lines {
            #expect(line["decision"] as? String == line["expected"] as? String, "\(line["id"] ?? "?")")
        }
    }

    @Test("a malformed case gets its own error line naming the field; the others are still decided; exit 1")
    func evaluateMalformedCase() throws {
        let cases = """
            {"id": "good", "action": "s3:GetObject", "resource": "*", "principal": "arn:aws:iam::111111111111:user/a",
             "identity_policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}]}
            {"id": "bad", "action": "s3:GetObject", "resource": "*",
             "identity_policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:*", "Resource": "*"}]}]}
            {"id": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::public/k"}
            """
        let directory = NSTemporaryDirectory() + "lzsim-evaluate-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try cases.replacingOccurrences(of: "\n ", with: " ").write(
            toFile: directory + "/cases.jsonl", atomically: true, encoding: .utf8)
        let result = try LZSimProcess.run(["evaluate", "--cases", "cases.jsonl"], in: directory)
        #expect(result.status == 1)
        let lines = try Self.lines(result.standardOutput)
        #expect(lines.map { $0["id"] as? String } == ["good", "bad", "anonymous"])
        #expect(lines[0]["decision"] as? String == "Allowed")
        #expect(
            lines[1]["error"] as? String
                == #"identity_policies[0].Statement[0].Effect: expected "Allow" or "Deny", got "allow""#)
        #expect(lines[2]["decision"] as? String == "ImplicitlyDenied")
    }

    @Test("an unreadable cases file is a one-line error and exit 2")
    func evaluateMissingFile() throws {
        let result = try LZSimProcess.run(["evaluate", "--cases", "missing.json"], in: Self.fixtures)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("missing.json: "))
    }

    @Test("explain prints the deciding statement for people")
    func explain() throws {
        let result = try LZSimProcess.run(["explain", "evaluate-cases.json"], in: Self.fixtures)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("ExplicitlyDenied"))
        #expect(result.standardOutput.contains("ImplicitlyDenied"))
    }

    @Test("validate-policy prints file:line:column diagnostics and exits 1 on errors, 0 on clean files")
    func validatePolicy() throws {
        let directory = NSTemporaryDirectory() + "lzsim-validate-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try #"{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}]}"#
            .write(toFile: directory + "/bad.json", atomically: true, encoding: .utf8)
        let bad = try LZSimProcess.run(["validate-policy", "bad.json"], in: directory)
        #expect(bad.status == 1)
        #expect(
            bad.standardOutput
                == "bad.json:1:48: error: expected \"Allow\" or \"Deny\", got \"allow\" [statement.effect]\n")
        let clean = try LZSimProcess.run(["validate-policy", "managed/AdministratorAccess.json"], in: Self.fixtures)
        #expect(clean.status == 0, "\(clean.standardOutput)")
    }
}
