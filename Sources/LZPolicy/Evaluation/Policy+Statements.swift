extension Policy {
    /// One statement of a compiled policy, for analyses that reason about many possible callers
    /// rather than decide one request (IAM Access Analyzer-style external access, for one).
    ///
    /// Matching and condition evaluation are the engine's own, so an analysis never
    /// re-implements an operator.
    public struct StatementView: Sendable {
        let compiled: CompiledStatement

        /// The statement as written.
        public var statement: Statement { compiled.source }
        /// `Allow` or `Deny`.
        public var effect: Effect { compiled.effect }
        /// `Sid "X"` or `statement N`, for explanations.
        public var label: String { compiled.label }

        /// Whether `Action`/`NotAction` covers the action (`service:Name`, any case).
        public func matchesAction(_ action: String) -> Bool {
            compiled.matchesAction(action.lowercased())
        }

        /// Whether `Resource`/`NotResource` could cover the resource in some request; a statement
        /// without either (a trust policy's) covers every resource.
        public func mayMatchResource(_ resource: String) -> Bool {
            compiled.mayMatchResource(resource)
        }

        /// Whether the `Principal`/`NotPrincipal` element names the principal in any way: itself,
        /// its role, its account, or everyone. A statement without either names every principal.
        public func names(_ principal: Principal) -> Bool {
            compiled.principalGrant(principal) != .none
        }

        /// The statement's condition clauses, in document order.
        public var conditions: [ConditionView] {
            compiled.conditions.map(ConditionView.init)
        }
    }

    /// One condition clause of a statement, evaluated by the engine's operators.
    public struct ConditionView: Sendable {
        let compiled: CompiledCondition

        /// The context key as written.
        public var key: String { compiled.writtenKey }
        /// The operator.
        public var conditionOperator: ConditionOperator { compiled.conditionOperator }
        /// The values as written.
        public var values: [String] { compiled.writtenValues }

        /// Whether the clause holds for a request with this context.
        public func holds(in context: RequestContext) -> Bool {
            compiled.evaluate(context)
        }

        /// `Operator key [values]`, as a person would read it in the policy.
        public var description: String {
            "\(compiled.conditionOperator) \(compiled.writtenKey) [\(compiled.writtenValues.joined(separator: ", "))]"
        }
    }

    /// The statements in document order.
    public var statementViews: [StatementView] {
        statements.map(StatementView.init)
    }
}
