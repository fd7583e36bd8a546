/// One `"Operator": {"key": values}` pair of a `Condition` element.
public struct ConditionClause: Sendable {
    /// The operator.
    public var conditionOperator: ConditionOperator
    /// Where the operator name is.
    public var operatorPosition: SourcePosition
    /// The condition key as written (key names compare case-insensitively).
    public var key: Located<String>
    /// The policy values, each as text (`true`, `10` and `"10"` alike); ORed.
    public var values: [Located<String>]

    /// Creates a clause.
    public init(
        conditionOperator: ConditionOperator,
        operatorPosition: SourcePosition,
        key: Located<String>,
        values: [Located<String>]
    ) {
        self.conditionOperator = conditionOperator
        self.operatorPosition = operatorPosition
        self.key = key
        self.values = values
    }
}
