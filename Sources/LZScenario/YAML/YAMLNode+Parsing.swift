import Foundation
import Yams

extension YAMLNode {
    /// Parses one YAML document, keeping the line and column of every value.
    /// - Throws: ``ScenarioError`` at the place libyaml stopped, saying what it expected.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> YAMLNode {
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.error(error, file: file)
        } catch {
            throw ScenarioError("not YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard let composed else {
            return YAMLNode(value: .null, location: SourceLocation(file: file, line: 1, column: 1))
        }
        return try convert(composed, file: file)
    }

    private static func location(_ mark: Mark?, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, file: String) throws(ScenarioError) -> YAMLNode {
        let here = location(node.mark, file)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, Self.isNull(scalar.string) {
                return YAMLNode(value: .null, location: here)
            }
            return YAMLNode(value: .scalar(scalar.string, quoted: scalar.style != .plain), location: here)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw ScenarioError("expected a plain key, found \(key)", at: location(key.mark, file))
                }
                entries.append(
                    Entry(
                        key: keyScalar.string, keyLocation: location(key.mark, file),
                        value: try convert(value, file: file)))
            }
            return YAMLNode(value: .mapping(entries), location: here)
        case .sequence(let sequence):
            var elements: [YAMLNode] = []
            for element in sequence { elements.append(try convert(element, file: file)) }
            return YAMLNode(value: .sequence(elements), location: here)
        case .alias:
            throw ScenarioError(
                "expected a value, found a YAML alias", at: here,
                hint: "anchors and aliases are not supported; repeat the value or use include")
        }
    }

    private static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// libyaml's errors, as `file:line:column: not YAML: problem`.
    private static func error(_ error: YamlError, file: String) -> ScenarioError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            return ScenarioError("not YAML: \(problem)\(detail)", at: location(mark, file))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ScenarioError(
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping",
                at: location(context.mark, file), hint: "each key may appear once")
        case .reader(let problem, _, _, _):
            return ScenarioError("not YAML: \(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return ScenarioError("not YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
