import Foundation
import LZPolicy
import Testing

/// Evaluate cases written from the AWS pages named in their ids, kept as a fixture that also
/// serves as an example input for `lzsim evaluate`.
@Suite struct DocumentedCaseTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/policy/evaluate-cases.json")

    static func cases() throws -> [JSONNode] {
        let root = try JSONScanner.parse(String(contentsOf: fixture, encoding: .utf8))
        return root.elements ?? []
    }

    @Test("documented case", arguments: try cases())
    func documentedCase(_ node: JSONNode) throws {
        let evaluationCase = try EvaluationCase(decoding: node, epochSeconds: 1_750_000_000)
        let decision = evaluationCase.evaluate()
        #expect(decision.outcome.rawValue == node["expected"]?.string, "\(node["id"]?.string ?? "?"): \(decision)")
    }
}
