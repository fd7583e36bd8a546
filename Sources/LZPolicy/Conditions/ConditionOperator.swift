/// A condition operator of the IAM policy language, with its `IfExists` and set qualifiers.
///
/// `ConditionOperator(parsing: "ForAnyValue:StringNotLikeIfExists")` reads every part of the
/// name; unknown names return `nil`.
public struct ConditionOperator: Sendable, Hashable, CustomStringConvertible {
    /// The operator family, which fixes how values are typed.
    public enum Family: String, Sendable, CaseIterable {
        /// `String...` operators: text, case-sensitive unless `IgnoreCase`, wildcards with `Like`.
        case string
        /// `Numeric...` operators: values compare as numbers.
        case numeric
        /// `Date...` operators: ISO 8601 or epoch seconds, compared as instants.
        case date
        /// `Bool`: `true` or `false`, without case.
        case bool
        /// `BinaryEquals`: base64 text compared exactly.
        case binary
        /// `IpAddress` and `NotIpAddress`: addresses against CIDR blocks.
        case ipAddress
        /// `Arn...` operators: ARNs matched field by field with wildcards.
        case arn
        /// `Null`: whether the key is absent.
        case null
    }

    /// The comparison made between a request value and a policy value.
    public enum Test: Sendable, Hashable {
        /// Equal values.
        case equals
        /// Equal text, ignoring case.
        case equalsIgnoreCase
        /// A `*`/`?` pattern match.
        case like
        /// The request value is smaller.
        case lessThan
        /// The request value is smaller or equal.
        case lessThanEquals
        /// The request value is greater.
        case greaterThan
        /// The request value is greater or equal.
        case greaterThanEquals
        /// The request address lies in the policy's CIDR block.
        case inRange
        /// The key's absence (`true`) or presence (`false`).
        case null
    }

    /// `ForAllValues:` or `ForAnyValue:`, which compare sets of request values.
    public enum SetQualifier: String, Sendable, Hashable {
        /// Every request value must match some policy value; true for an absent key or an empty set.
        case forAllValues = "ForAllValues"
        /// Some request value must match some policy value; false for an absent key.
        case forAnyValue = "ForAnyValue"
    }

    /// The family.
    public var family: Family
    /// The comparison.
    public var test: Test
    /// Whether the operator is a negated form (`StringNotEquals`, `NotIpAddress`, `ArnNotLike`...).
    public var isNegated: Bool
    /// Whether the name ends in `IfExists`: an absent key makes the clause true.
    public var ifExists: Bool
    /// The set qualifier, if any.
    public var qualifier: SetQualifier?
    /// The base name without qualifier and `IfExists` (`StringNotLike`).
    public var baseName: String

    /// The name as AWS spells it, qualifier and suffix included.
    public var description: String {
        (qualifier.map { $0.rawValue + ":" } ?? "") + baseName + (ifExists ? "IfExists" : "")
    }

    /// Reads an operator name; returns `nil` when it is not one of IAM's operators.
    public init?(parsing name: String) {
        var rest = Substring(name)
        var qualifier: SetQualifier?
        for candidate in [SetQualifier.forAllValues, .forAnyValue] where rest.hasPrefix(candidate.rawValue + ":") {
            qualifier = candidate
            rest = rest.dropFirst(candidate.rawValue.count + 1)
        }
        var ifExists = false
        if rest.hasSuffix("IfExists") {
            ifExists = true
            rest = rest.dropLast("IfExists".count)
        }
        guard let base = Self.baseOperators[String(rest)] else { return nil }
        if base.family == .null && (ifExists || qualifier != nil) { return nil }
        self.family = base.family
        self.test = base.test
        self.isNegated = base.negated
        self.ifExists = ifExists
        self.qualifier = qualifier
        self.baseName = String(rest)
    }

    /// Every base operator name of the condition-operator reference.
    public static var baseNames: [String] { baseOperators.keys.sorted() }

    private static let baseOperators: [String: (family: Family, test: Test, negated: Bool)] = [
        "StringEquals": (.string, .equals, false),
        "StringNotEquals": (.string, .equals, true),
        "StringEqualsIgnoreCase": (.string, .equalsIgnoreCase, false),
        "StringNotEqualsIgnoreCase": (.string, .equalsIgnoreCase, true),
        "StringLike": (.string, .like, false),
        "StringNotLike": (.string, .like, true),
        "NumericEquals": (.numeric, .equals, false),
        "NumericNotEquals": (.numeric, .equals, true),
        "NumericLessThan": (.numeric, .lessThan, false),
        "NumericLessThanEquals": (.numeric, .lessThanEquals, false),
        "NumericGreaterThan": (.numeric, .greaterThan, false),
        "NumericGreaterThanEquals": (.numeric, .greaterThanEquals, false),
        "DateEquals": (.date, .equals, false),
        "DateNotEquals": (.date, .equals, true),
        "DateLessThan": (.date, .lessThan, false),
        "DateLessThanEquals": (.date, .lessThanEquals, false),
        "DateGreaterThan": (.date, .greaterThan, false),
        "DateGreaterThanEquals": (.date, .greaterThanEquals, false),
        "Bool": (.bool, .equals, false),
        "BinaryEquals": (.binary, .equals, false),
        "IpAddress": (.ipAddress, .inRange, false),
        "NotIpAddress": (.ipAddress, .inRange, true),
        "ArnEquals": (.arn, .like, false),
        "ArnLike": (.arn, .like, false),
        "ArnNotEquals": (.arn, .like, true),
        "ArnNotLike": (.arn, .like, true),
        "Null": (.null, .null, false),
    ]
}
