import Foundation
import LZPolicy

/// A policy document as a scenario gives it: a JSON file beside the scenario (as teams keep
/// them), or written inline as a YAML mapping.
struct DocumentSource: Sendable {
    /// The document's text, JSON.
    var text: String
    /// The file it came from (its own positions are in that file), or the scenario file for inline documents.
    var file: String
    /// Where the scenario names the document.
    var location: SourceLocation
    /// Whether the text came from a file of its own, so diagnostics keep their positions in it.
    var isFile: Bool

    /// Reads `node`: `{file: path}` relative to the scenario's folder, a JSON string, or a mapping.
    static func read(_ node: YAMLNode, what: String, resolver: PathResolver) throws(ScenarioError) -> DocumentSource {
        if let entries = node.entries, entries.count == 1, entries[0].key == "file", let path = entries[0].value.scalar
        {
            let url = try resolver.resolve(path, from: node.location)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                return DocumentSource(text: text, file: resolver.display(url), location: node.location, isFile: true)
            } catch {
                throw ScenarioError(
                    "cannot read policy file '\(path)' for \(what)", at: entries[0].value.location,
                    hint: "paths are relative to the scenario file's folder")
            }
        }
        switch node.value {
        case .scalar(let text, _):
            return DocumentSource(text: text, file: node.location.file, location: node.location, isFile: false)
        case .mapping:
            return DocumentSource(text: json(node), file: node.location.file, location: node.location, isFile: false)
        default:
            throw ScenarioError(
                "expected a policy document for \(what) ({file: name.json}, or the document as a mapping), "
                    + "found \(node.shape)", at: node.location)
        }
    }

    /// Writes a YAML tree as JSON. Every scalar becomes a JSON string, which IAM accepts for every
    /// policy value (numbers and booleans in conditions included).
    static func json(_ node: YAMLNode) -> String {
        switch node.value {
        case .null: return "null"
        case .scalar(let text, _): return JSONWriter.quote(text)
        case .sequence(let elements): return "[" + elements.map(json).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.map { JSONWriter.quote($0.key) + ":" + json($0.value) }.joined(separator: ",") + "}"
        }
    }
}
