/// A statement compiled for evaluation: lowercased action patterns, split ARN patterns, typed conditions.
///
/// A class, so that walking a policy's statements retains one reference instead of every field.
final class CompiledStatement: Sendable {
    enum ResourceMatcher: Sendable {
        case fixed(ARNPattern)
        case template(PolicyTemplate)
    }

    let effect: Effect
    let label: String
    let index: Int
    let position: SourcePosition
    let actions: [WildcardPattern]
    let actionsNegated: Bool
    let resources: [ResourceMatcher]?
    let resourcesNegated: Bool
    let principals: [PrincipalMatcher]?
    let principalsNegated: Bool
    let conditions: [CompiledCondition]
    let source: Statement

    init(_ statement: Statement, version: PolicyVersion) {
        let variables = version.supportsVariables
        source = statement
        effect = statement.effect.value
        label = statement.label
        index = statement.index
        position = statement.position
        actions = statement.action.values.map { WildcardPattern($0.value.lowercased()) }
        actionsNegated = statement.action.isNegated
        resources = statement.resource.map { element in
            element.values.map { located in
                let template = PolicyTemplate(located.value, variablesEnabled: variables)
                return template.hasVariables ? .template(template) : .fixed(ARNPattern(located.value))
            }
        }
        resourcesNegated = statement.resource?.isNegated ?? false
        principals = statement.principal.map { $0.entries.map(PrincipalMatcher.init) }
        principalsNegated = statement.principal?.isNegated ?? false
        conditions = statement.conditions.map { CompiledCondition($0, variablesEnabled: variables) }
    }

    /// Whether `Action`/`NotAction` covers the (lowercased) action.
    func matchesAction(_ action: String) -> Bool {
        let any =
            action.utf8.withContiguousStorageIfAvailable { bytes in
                for pattern in actions where pattern.matches(bytes[...]) { return true }
                return false
            } ?? actions.contains { $0.matches(action) }
        return any != actionsNegated
    }

    /// Whether `Resource`/`NotResource` covers the resource; a statement without either (a trust policy) covers all.
    ///
    /// An entry whose variable has no value matches no resource
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
    func matchesResource(_ resource: String, _ context: RequestContext) -> Bool {
        guard resources != nil else { return true }
        let matched = resource.utf8.withContiguousStorageIfAvailable { bytes in
            matchesResource(bytes: bytes, context)
        }
        if let matched { return matched }
        var copy = resource
        return copy.withUTF8 { matchesResource(bytes: $0, context) }
    }

    /// Fixed patterns first: a template costs a substitution, so it is tried only when they all miss.
    private func matchesResource(bytes: UnsafeBufferPointer<UInt8>, _ context: RequestContext) -> Bool {
        guard let resources else { return true }
        var hasTemplates = false
        for matcher in resources {
            switch matcher {
            case .fixed(let pattern):
                if pattern.matches(bytes: bytes) { return !resourcesNegated }
            case .template:
                hasTemplates = true
            }
        }
        if hasTemplates {
            for case .template(let template) in resources {
                guard let tokens = template.tokens(in: context, wildcards: true) else { continue }
                if ARNPattern(tokens: tokens).matches(bytes: bytes) { return !resourcesNegated }
            }
        }
        return resourcesNegated
    }

    /// The first `Action`/`NotAction` entry that matches the (lowercased) action, for explanations.
    func firstMatchingAction(_ action: String) -> Int? {
        actions.firstIndex { $0.matches(action) }
    }

    /// The first `Resource`/`NotResource` entry that matches the resource, for explanations.
    func firstMatchingResource(_ resource: String, _ context: RequestContext) -> Int? {
        resources?.firstIndex { matcher in
            switch matcher {
            case .fixed(let pattern): return pattern.matches(resource)
            case .template(let template):
                guard let tokens = template.tokens(in: context, wildcards: true) else { return false }
                return ARNPattern(tokens: tokens).matches(resource)
            }
        }
    }

    /// The `${...}` variables of `Resource`/`NotResource` entries that the request cannot fill, for explanations.
    func unresolvedResourceVariables(_ context: RequestContext) -> [String] {
        var result: [String] = []
        for case .template(let template) in resources ?? [] where template.tokens(in: context, wildcards: true) == nil {
            result += template.variableKeys.filter { key in
                context.singleValue(forLowercasedKey: key.lowercased()) == nil
            }.map { "${\($0)}" }
        }
        return result
    }

    /// The index of the first condition clause that fails, or `nil` when all hold (they are ANDed).
    func failingCondition(_ context: RequestContext) -> Int? {
        var index = 0
        while index < conditions.count {
            if !conditions[index].evaluate(context) { return index }
            index += 1
        }
        return nil
    }

    /// How the `Principal` element names the caller; `NotPrincipal` covers a caller unless every link of its chain is listed.
    func principalGrant(_ principal: Principal) -> PrincipalMatcher.Grant {
        guard let principals else { return .direct }
        if principalsNegated {
            let chain = PrincipalMatcher.chain(of: principal)
            let exempt = chain.allSatisfy { link in
                principals.contains { $0 == link || $0 == .everyone }
            }
            return exempt ? .none : .direct
        }
        // Through a buffer pointer: iterating the array would copy (and retain) each matcher.
        return principals.withUnsafeBufferPointer { matchers in
            var best = PrincipalMatcher.Grant.none
            for index in matchers.indices {
                best = max(best, matchers[index].grant(for: principal))
                if best == .direct { break }
            }
            return best
        }
    }
}
