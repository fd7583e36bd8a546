/// A condition clause compiled for evaluation: key lowercased, values typed for the operator's family.
final class CompiledCondition: Sendable {
    enum Value: Sendable {
        case text(String)
        case caseless(String)
        case pattern(WildcardPattern)
        case template(PolicyTemplate)
        case number(Double)
        case date(Double)
        case bool(Bool)
        case network(IPNetwork)
        case arn(ARNPattern)
        case invalid(String)
    }

    let conditionOperator: ConditionOperator
    let key: String
    let writtenKey: String
    let values: [Value]
    let writtenValues: [String]
    let position: SourcePosition

    init(_ clause: ConditionClause, variablesEnabled: Bool) {
        conditionOperator = clause.conditionOperator
        key = clause.key.value.lowercased()
        writtenKey = clause.key.value
        writtenValues = clause.values.map(\.value)
        position = clause.operatorPosition
        let op = clause.conditionOperator
        values = clause.values.map { located in
            let text = located.value
            switch op.family {
            case .string, .arn:
                let template = PolicyTemplate(text, variablesEnabled: variablesEnabled)
                if template.hasVariables { return .template(template) }
                if op.family == .arn { return .arn(ARNPattern(text)) }
                switch op.test {
                case .like: return .pattern(WildcardPattern(text))
                case .equalsIgnoreCase: return .caseless(text.lowercased())
                default: return .text(text)
                }
            case .binary: return .text(text)
            case .numeric: return Double(text).map(Value.number) ?? .invalid(text)
            case .date: return DateValue.parse(text).map(Value.date) ?? .invalid(text)
            case .bool, .null:
                switch text.lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .invalid(text)
                }
            case .ipAddress: return IPNetwork(parsing: text).map(Value.network) ?? .invalid(text)
            }
        }
    }

    /// Whether the clause holds for the request, following the condition-operator reference:
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
    /// and the multivalued-key rules:
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
    ///
    /// A key sent with an empty set of values counts as absent: `IfExists`, `Null: true` and
    /// `ForAllValues` pass, `ForAnyValue` and plain positive operators fail, negated ones pass.
    func evaluate(_ context: RequestContext) -> Bool {
        let op = conditionOperator
        guard let entry = context.entry(forLowercasedKey: key), !entry.values.isEmpty else {
            if op.family == .null {
                if case .bool(let expectAbsent) = values.first { return expectAbsent }
                return false
            }
            if op.ifExists { return true }
            switch op.qualifier {
            case .forAllValues: return true
            case .forAnyValue: return false
            case nil: return op.isNegated
            }
        }
        if op.family == .null {
            if case .bool(let expectAbsent) = values.first { return !expectAbsent }
            return false
        }
        let count = entry.values.count
        switch op.qualifier {
        case nil:
            var any = false
            for index in 0..<count where matchesAnyValue(entry, index, context) {
                any = true
                break
            }
            return op.isNegated ? !any : any
        case .forAnyValue:
            for index in 0..<count where matchesAnyValue(entry, index, context) != op.isNegated { return true }
            return false
        case .forAllValues:
            for index in 0..<count where matchesAnyValue(entry, index, context) == op.isNegated { return false }
            return true
        }
    }

    /// Whether request value `index` satisfies the positive test against any policy value (ORed).
    func matchesAnyValue(_ entry: RequestContext.Entry, _ index: Int, _ context: RequestContext) -> Bool {
        for value in values where matches(entry, index, value, context) { return true }
        return false
    }

    private func matches(_ entry: RequestContext.Entry, _ index: Int, _ value: Value, _ context: RequestContext) -> Bool
    {
        let op = conditionOperator
        switch value {
        case .text(let text):
            return entry.values[index] == text
        case .caseless(let text):
            return entry.values[index].lowercased() == text
        case .pattern(let pattern):
            return pattern.matches(entry.values[index])
        case .arn(let pattern):
            return pattern.matches(entry.values[index])
        case .template(let template):
            switch (op.family, op.test) {
            case (.arn, _):
                guard let tokens = template.tokens(in: context, wildcards: true) else { return false }
                return ARNPattern(tokens: tokens).matches(entry.values[index])
            case (_, .like):
                guard let tokens = template.tokens(in: context, wildcards: true) else { return false }
                return WildcardPattern(tokens: tokens).matches(entry.values[index])
            case (_, .equalsIgnoreCase):
                guard let text = template.string(in: context) else { return false }
                return entry.values[index].lowercased() == text.lowercased()
            default:
                guard let text = template.string(in: context) else { return false }
                return entry.values[index] == text
            }
        case .number(let number):
            guard index < entry.numbers.count, let requested = entry.numbers[index] else { return false }
            return compare(requested, number)
        case .date(let date):
            guard index < entry.dates.count, let requested = entry.dates[index] else { return false }
            return compare(requested, date)
        case .bool(let flag):
            let text = entry.values[index].lowercased()
            return (flag && text == "true") || (!flag && text == "false")
        case .network(let network):
            guard index < entry.addresses.count, let address = entry.addresses[index] else { return false }
            return network.contains(address)
        case .invalid:
            return false
        }
    }

    private func compare(_ requested: Double, _ policy: Double) -> Bool {
        switch conditionOperator.test {
        case .equals: requested == policy
        case .lessThan: requested < policy
        case .lessThanEquals: requested <= policy
        case .greaterThan: requested > policy
        case .greaterThanEquals: requested >= policy
        default: false
        }
    }
}
