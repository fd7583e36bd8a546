import Foundation

/// A parameter of a control, as Security Hub names it (`daysToExpiration`), with its default.
public struct ControlParameter: Sendable {
    /// The kinds of values parameters take.
    public enum Kind: String, Sendable {
        /// A whole number within `range`.
        case integer
        /// TCP or UDP port numbers, 0 to 65535.
        case ports
        /// Names, such as TLS policy names.
        case names
        /// IAM role names.
        case roleName = "role name"
        /// AWS Region names.
        case regions
    }

    /// The name, exactly as Security Hub spells it.
    public let name: String
    /// What the parameter changes.
    public let summary: String
    /// The kind of value.
    public let kind: Kind
    /// The default, as text values (one for a number, several for a list).
    public let defaultValue: [String]
    /// The allowed range of a number.
    var range: ClosedRange<Int> = 1...3_650

    /// Reads a suite's value for the parameter: a scalar, a comma-separated list, or a list.
    /// - Throws: ``ScenarioError`` at the value when it is not of the parameter's kind.
    func read(_ node: YAMLNode) throws(ScenarioError) -> [String] {
        var values: [String] = []
        if let text = node.scalar {
            values = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } else if let elements = node.elements {
            for element in elements {
                guard let text = element.scalar else {
                    throw ScenarioError(
                        "expected text in the list '\(name)', found \(element.shape)", at: element.location)
                }
                values.append(text)
            }
        } else {
            throw ScenarioError(
                "expected \(expectation) for parameter '\(name)', found \(node.shape)", at: node.location)
        }
        values = values.filter { !$0.isEmpty }
        switch kind {
        case .integer:
            guard values.count == 1, let number = Int(values[0]), range.contains(number) else {
                throw ScenarioError(
                    "expected \(expectation) for parameter '\(name)', found '\(values.joined(separator: ","))'",
                    at: node.location)
            }
        case .ports:
            for value in values where Int(value).map({ !(0...65_535).contains($0) }) ?? true {
                throw ScenarioError(
                    "expected \(expectation) for parameter '\(name)', found '\(value)'", at: node.location)
            }
        case .roleName:
            guard values.count == 1 else {
                throw ScenarioError("expected \(expectation) for parameter '\(name)'", at: node.location)
            }
        case .names, .regions:
            guard !values.isEmpty else {
                throw ScenarioError("expected \(expectation) for parameter '\(name)', found none", at: node.location)
            }
        }
        return values
    }

    /// What a value must be, for messages.
    var expectation: String {
        switch kind {
        case .integer: "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .ports: "port numbers from 0 to 65535 (a list or 80,443)"
        case .names: "one or more names (a list or A,B)"
        case .roleName: "one IAM role name"
        case .regions: "one or more Region names (a list or eu-west-1,us-east-1)"
        }
    }
}
