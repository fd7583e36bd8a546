extension CompiledCondition {
    /// One line saying what the clause compared and what came out, such as
    /// `StringNotEquals aws:RequestedRegion: request "us-east-1", policy "eu-west-1" → true`.
    func explain(_ context: RequestContext, holds: Bool) -> String {
        let policy = writtenValues.map { "\"\($0)\"" }.joined(separator: ", ")
        let request: String
        if let entry = context.entry(forLowercasedKey: key), !entry.values.isEmpty {
            request = "request " + entry.values.map { "\"\($0)\"" }.joined(separator: ", ")
        } else if context.entry(forLowercasedKey: key) != nil {
            request = "request has an empty set"
        } else {
            request = "key absent from the request"
        }
        var rule = ""
        if context.entry(forLowercasedKey: key) == nil {
            if conditionOperator.family == .null {
                rule = " (Null tests presence)"
            } else if conditionOperator.ifExists {
                rule = " (IfExists: an absent key passes)"
            } else if conditionOperator.qualifier == .forAllValues {
                rule = " (ForAllValues: an absent key passes)"
            } else if conditionOperator.isNegated {
                rule = " (a negated operator on an absent key passes)"
            }
        }
        return "\(conditionOperator) \(writtenKey): \(request), policy \(policy) → \(holds)\(rule)"
    }
}
