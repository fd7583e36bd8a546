import Foundation
import LZSim

extension StepParameters {
    /// `true` or `false`.
    func bool(_ name: String) throws(ScenarioError) -> Bool? {
        guard let text = try string(name) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            throw ScenarioError("expected true or false for '\(name)', found '\(text)'", at: fields![name]!.location)
        }
    }

    /// A parameter's YAML node, for AWS's nested shapes (`Constraints`, `ServerSideEncryptionConfiguration`).
    func node(_ name: String) -> YAMLNode? { fields?[name] }

    /// Text of a nested node, substituted.
    func text(_ node: YAMLNode, _ name: String) throws(ScenarioError) -> String {
        guard let text = node.scalar else {
            throw ScenarioError("expected text for '\(name)', found \(node.shape)", at: node.location)
        }
        return try substitute(text, node.location)
    }

    /// A mapping of texts, substituted (an encryption context inside another parameter).
    func pairs(_ node: YAMLNode, _ name: String) throws(ScenarioError) -> [String: String] {
        guard let entries = node.entries else {
            throw ScenarioError("expected a mapping for '\(name)', found \(node.shape)", at: node.location)
        }
        var result: [String: String] = [:]
        for entry in entries { result[entry.key] = try text(entry.value, entry.key) }
        return result
    }

    /// A value of an AWS enumeration, refused with the values AWS accepts.
    func choice<Value: RawRepresentable & CaseIterable>(_ name: String, _ type: Value.Type) throws(ScenarioError)
        -> Value? where Value.RawValue == String
    {
        guard let text = try string(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            let names = Value.allCases.map(\.rawValue)
            throw ScenarioError(
                "expected one of \(names.joined(separator: ", ")) for '\(name)', found '\(text)'",
                at: fields![name]!.location, hint: Suggestion.hint(for: text, among: names))
        }
        return value
    }
}
