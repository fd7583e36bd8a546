extension ChainEvaluation {
    /// Explains one statement against the request: action, resource, principal and each condition clause.
    func trace(
        _ statement: CompiledStatement, in policy: Policy, _ source: PolicySource, level: Int?,
        principal checkPrincipal: Bool
    ) -> StatementTrace {
        var reasons: [String] = []
        let actionMatches = statement.matchesAction(action)
        reasons.append(
            describeList(
                statement.source.action, subject: "action \"\(request.action)\"", matched: actionMatches,
                entry: statement.firstMatchingAction(action)))
        var matched = actionMatches
        if let element = statement.source.resource {
            let resourceMatches = statement.matchesResource(request.resource, request.context)
            reasons.append(
                describeList(
                    element, subject: "resource \"\(request.resource)\"", matched: resourceMatches,
                    entry: statement.firstMatchingResource(request.resource, request.context)))
            matched = matched && resourceMatches
            reasons += statement.unresolvedResourceVariables(request.context).map {
                "\($0) has no value in the request, so its Resource entry matches nothing"
            }
        }
        if checkPrincipal {
            let grant = statement.principalGrant(principal)
            let element = statement.principalsNegated ? "NotPrincipal" : "Principal"
            let text: String
            switch grant {
            case .none: text = "\(element) does not cover the caller \"\(principal.arn)\""
            case .account: text = "\(element) names the caller's account (a delegation to its IAM policies)"
            case .role: text = "\(element) names the role of the session \"\(principal.arn)\""
            case .direct: text = "\(element) covers the caller \"\(principal.arn)\""
            }
            reasons.append(text)
            matched = matched && grant != .none
        }
        for condition in statement.conditions {
            let holds = condition.evaluate(request.context)
            reasons.append(condition.explain(request.context, holds: holds))
            matched = matched && holds
        }
        return StatementTrace(
            source: source, policyName: policy.name, level: level, statement: statement.label,
            position: statement.position, effect: statement.effect, matched: matched, reasons: reasons)
    }

    /// One line about an `Action`/`Resource` element; `entry` is the first entry that matched, if any.
    private func describeList(_ element: ListElement, subject: String, matched: Bool, entry: Int?) -> String {
        let kind = (element.isNegated ? "Not" : "") + (subject.hasPrefix("action") ? "Action" : "Resource")
        let entries = element.values.map { "\"\($0.value)\"" }.joined(separator: ", ")
        if let entry, entry < element.values.count {
            let written = "\"\(element.values[entry].value)\""
            return element.isNegated
                ? "\(subject) is excluded by \(kind) \(written)" : "\(subject) matches \(kind) \(written)"
        }
        return element.isNegated
            ? "\(subject) is not among \(kind) \(entries)" : "\(subject) matches none of \(kind) \(entries)"
    }

    func traces(_ list: [Policy], _ source: PolicySource, level: Int?, principal: Bool) -> [StatementTrace] {
        list.flatMap { policy in
            policy.statements.map { trace($0, in: policy, source, level: level, principal: principal) }
        }
    }

    /// The statements of a chain position, for explaining a missing Allow.
    func traces(of source: PolicySource) -> [StatementTrace] {
        switch source {
        case .identity:
            return traces(policies.identityPolicies, .identity, level: nil, principal: false)
                + traces(policies.groupPolicies, .group, level: nil, principal: false)
        case .group: return traces(policies.groupPolicies, .group, level: nil, principal: false)
        case .boundary:
            return traces(policies.permissionsBoundary.map { [$0] } ?? [], .boundary, level: nil, principal: false)
        case .session: return traces(policies.sessionPolicies ?? [], .session, level: nil, principal: false)
        case .resource:
            return traces(policies.resourcePolicy.map { [$0] } ?? [], .resource, level: nil, principal: true)
        case .vpcEndpoint:
            return traces(policies.vpcEndpointPolicy.map { [$0] } ?? [], .vpcEndpoint, level: nil, principal: true)
        case .scp, .rcp: return []
        }
    }

    /// The Allow statements that granted an allowed request, one per chain position that took part.
    func decidingAllows(grant: PrincipalMatcher.Grant) -> [StatementTrace] {
        var result: [StatementTrace] = []
        func first(_ list: [Policy], _ source: PolicySource, principal: Bool = false) {
            for policy in list {
                for statement in policy.allows where applies(statement) {
                    if principal && statement.principalGrant(self.principal) == .none { continue }
                    result.append(trace(statement, in: policy, source, level: nil, principal: principal))
                    return
                }
            }
        }
        if hasIdentityPolicies {
            first(policies.identityPolicies + policies.groupPolicies, .identity)
            if let boundary = policies.permissionsBoundary { first([boundary], .boundary) }
            if sessionPoliciesApply, let session = policies.sessionPolicies { first(session, .session) }
        }
        if grant != .none, let policy = policies.resourcePolicy { first([policy], .resource, principal: true) }
        return result
    }

    /// Every statement of every applicable policy, in chain order.
    func fullTrace() -> [StatementTrace] {
        var result: [StatementTrace] = []
        if scpsApply, let levels = policies.serviceControlPolicies {
            for (level, list) in levels.enumerated() { result += traces(list, .scp, level: level, principal: false) }
        }
        if rcpsApply, let levels = policies.resourceControlPolicies {
            for (level, list) in levels.enumerated() { result += traces(list, .rcp, level: level, principal: true) }
        }
        result += traces(of: .vpcEndpoint) + traces(of: .resource)
        if hasIdentityPolicies {
            result += traces(of: .identity) + traces(of: .boundary)
            if sessionPoliciesApply { result += traces(of: .session) }
        }
        return result
    }
}
