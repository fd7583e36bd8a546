extension EvaluationCase {
    /// One output line of `lzsim evaluate` in the contract's field order.
    /// - Parameters:
    ///   - id: The case's `id`, or `nil`.
    ///   - expected: The case's `expected`, or `nil`.
    ///   - decision: The decision, or `nil` when the case was malformed.
    ///   - error: The one-line error of a malformed case.
    ///   - explain: Whether to add the `explanation` array.
    public static func outputLine(
        id: JSONNode?, expected: JSONNode?, decision: Decision?, error: String?, explain: Bool
    ) -> String {
        var fields: [String] = []
        fields.append("\"id\": " + (id.map(JSONWriter.write) ?? "null"))
        fields.append("\"decision\": " + (decision.map { JSONWriter.quote($0.outcome.rawValue) } ?? "null"))
        fields.append("\"allowed\": " + (decision.map { $0.isAllowed ? "true" : "false" } ?? "null"))
        fields.append("\"explicit_deny_in\": " + JSONWriter.strings(decision?.explicitDenyIn.map(\.rawValue) ?? []))
        fields.append("\"implicit_deny_in\": " + JSONWriter.strings(decision?.implicitDenyIn.map(\.rawValue) ?? []))
        fields.append("\"expected\": " + (expected.map(JSONWriter.write) ?? "null"))
        fields.append("\"error\": " + (error.map(JSONWriter.quote) ?? "null"))
        if explain, let decision {
            fields.append(
                "\"explanation\": [" + decision.explanation.map(explanationObject).joined(separator: ", ") + "]")
            fields.append("\"notes\": " + JSONWriter.strings(decision.notes))
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func explanationObject(_ trace: StatementTrace) -> String {
        var fields = ["\"kind\": " + JSONWriter.quote(trace.source.rawValue)]
        if let level = trace.level { fields.append("\"level\": \(level)") }
        fields += [
            "\"policy\": " + JSONWriter.quote(trace.policyName),
            "\"statement\": " + JSONWriter.quote(trace.statement),
            "\"line\": \(trace.position.line)",
            "\"column\": \(trace.position.column)",
            "\"effect\": " + JSONWriter.quote(trace.effect.rawValue),
            "\"matched\": " + (trace.matched ? "true" : "false"),
            "\"why\": " + JSONWriter.strings(trace.reasons),
        ]
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
