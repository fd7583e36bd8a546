import Foundation
import Testing

@testable import LZScenario

/// The JSON Schema editors read must know what the parser reads, or it refuses valid files.
@Suite struct ScenarioSchemaTests {
    static func definitions() throws -> [String: Any] {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(ScenarioSchema.json.utf8)) as? [String: Any])
        return try #require(schema["definitions"] as? [String: Any])
    }

    @Test("the assert's resource types and expectations are every one the parser accepts")
    func assertTypes() throws {
        let check = try #require(
            (try Self.definitions()["check"] as? [String: Any])?["properties"] as? [String: Any])
        let assert = try #require((check["assert"] as? [String: Any])?["properties"] as? [String: Any])
        let resources = try #require((assert["resources"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(resources) == Set(AssertDeclaration.properties.keys))
        let expect = try #require((assert["expect"] as? [String: Any])?["properties"] as? [String: Any])
        let missing = Set(AssertDeclaration.properties.values.joined()).subtracting(expect.keys)
        #expect(missing.isEmpty, "\(missing.sorted())")
    }

    @Test("a mutation's keys are every one the parser accepts")
    func mutationKeys() throws {
        let mutation = try #require(
            (try Self.definitions()["mutation"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(mutation.keys) == ["of", "overlay", "changes", "at", "kills", "severity"])
    }
}
