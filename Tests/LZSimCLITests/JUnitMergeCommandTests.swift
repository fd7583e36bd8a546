import Foundation
import Testing

@Suite struct JUnitMergeCommandTests {
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/junit/lzsim-rich.xml")

    /// A fresh folder holding two shards: the contract's example, and a copy under another suite name.
    static func shards() throws -> String {
        let directory = NSTemporaryDirectory() + "lzsim-merge-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let text = try String(contentsOf: reference, encoding: .utf8)
        try text.write(toFile: directory + "/shard-1.xml", atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "kms.encryption-at-rest", with: "acm.certificates")
            .replacingOccurrences(of: "scenarios/kms/encryption-at-rest.yaml", with: "scenarios/acm/certificates.yaml")
            .write(toFile: directory + "/shard-2.xml", atomically: true, encoding: .utf8)
        return directory
    }

    @Test("shards merge into one report with suites sorted and counts summed")
    func merges() throws {
        let directory = try Self.shards()
        let result = try LZSimProcess.run(["junit", "merge", "all.xml", "shard-1.xml", "shard-2.xml"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "all.xml: 2 suites, tests=8 failures=2 errors=2 skipped=2 time=84ms\n")
        let merged = try String(contentsOfFile: directory + "/all.xml", encoding: .utf8)
        #expect(merged.contains("<testsuites name=\"lzsim\" tests=\"8\" failures=\"2\" errors=\"2\" time=\"0.084\">"))
        let acm = try #require(merged.range(of: "name=\"acm.certificates\""))
        let kms = try #require(merged.range(of: "name=\"kms.encryption-at-rest\""))
        #expect(acm.lowerBound < kms.lowerBound)
        let check = try LZSimProcess.run(["junit", "check", "all.xml"], in: directory)
        #expect(check.status == 0, "\(check.standardOutput)")
    }

    @Test("the same suite in two shards is refused with exit 2 and no output file")
    func refusesDuplicates() throws {
        let directory = try Self.shards()
        try FileManager.default.copyItem(atPath: directory + "/shard-1.xml", toPath: directory + "/shard-3.xml")
        let result = try LZSimProcess.run(["junit", "merge", "all.xml", "shard-1.xml", "shard-3.xml"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("suite 'kms.encryption-at-rest' appears in shard-1.xml and shard-3.xml"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/all.xml"))
    }

    @Test(
        "unreadable inputs and bad usage exit 2 with one clear line",
        arguments: [
            (["missing.xml"], "missing.xml: no such file, expected a JUnit XML report"),
            ([String](), "Missing expected argument '<inputs> ...'"),
        ])
    func badInput(inputs: [String], message: String) throws {
        let directory = try Self.shards()
        let result = try LZSimProcess.run(["junit", "merge", "all.xml"] + inputs, in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message))
    }

    @Test("writing over one of the inputs is refused")
    func refusesOverwritingAnInput() throws {
        let directory = try Self.shards()
        let result = try LZSimProcess.run(
            ["junit", "merge", "shard-1.xml", "shard-1.xml", "shard-2.xml"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("the output 'shard-1.xml' is also an input"))
    }
}
