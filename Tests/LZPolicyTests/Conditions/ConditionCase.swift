import LZPolicy
import Testing

/// One row of a condition-operator table: a clause, a request context and whether the clause holds.
struct ConditionCase: Sendable, CustomTestStringConvertible {
    var label: String
    var op: String
    var key: String
    var values: [String]
    var context: [String: [String]]
    var multivalued: Set<String> = []
    var holds: Bool
    var version = "2012-10-17"

    var testDescription: String { label }

    /// Evaluates the clause in an Allow statement: the request is allowed exactly when the clause holds.
    func evaluate(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let quoted = values.map { "\"\($0)\"" }.joined(separator: ", ")
        let condition = "{\"\(op)\": {\"\(key)\": [\(quoted)]}}"
        let policy = Fixture.statement(condition: condition, version: version, sourceLocation: sourceLocation)
        var requestContext = RequestContext()
        for (name, entries) in context {
            requestContext.set(name, values: entries, multivalued: multivalued.contains(name) || entries.count != 1)
        }
        let request = Fixture.request(context: requestContext, sourceLocation: sourceLocation)
        return Authorizer.evaluate(request, against: PolicySet(identityPolicies: [policy])).isAllowed
    }
}

/// Citations for the condition tables.
enum Page {
    static let operators = "reference_policies_elements_condition_operators.html"
    static let condition = "reference_policies_elements_condition.html"
    static let multivalued = "reference_policies_condition-single-vs-multi-valued-context-keys.html"
    static let variables = "reference_policies_variables.html"
    static let globalKeys = "reference_policies_condition-keys.html"
}
