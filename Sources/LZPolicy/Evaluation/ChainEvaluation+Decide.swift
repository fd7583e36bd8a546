extension ChainEvaluation {
    /// Runs the chain in AWS's documented order and returns the decision.
    func decide(explain: Bool) -> Decision {
        // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
        if action == "sts:getcalleridentity" {
            return Decision(
                outcome: .allowed, notes: ["sts:GetCallerIdentity needs no permission and cannot be denied"])
        }
        if let denied = explicitDenies() { return denied }
        if scpsApply, let levels = policies.serviceControlPolicies {
            for (level, list) in levels.enumerated() where !anyAllow(list) {
                return Decision(
                    outcome: .implicitlyDenied, implicitDenyIn: [.scp],
                    explanation: explain ? traces(list, .scp, level: level, principal: false) : [],
                    notes: ["no SCP at level \(level) (0 is the root) allows \(request.action)"])
            }
        }
        if let endpoint = policies.vpcEndpointPolicy,
            !endpoint.allows.contains(where: { $0.principalGrant(principal) != .none && applies($0) })
        {
            return Decision(
                outcome: .implicitlyDenied, implicitDenyIn: [.vpcEndpoint],
                explanation: explain ? traces([endpoint], .vpcEndpoint, level: nil, principal: true) : [],
                notes: ["the VPC endpoint policy does not allow \(request.action)"])
        }
        return decideAllow(explain: explain)
    }

    /// The explicit denies; the common case (none) allocates nothing.
    private func explicitDenies() -> Decision? {
        var found = false
        if hasIdentityPolicies {
            found =
                anyDeny(policies.identityPolicies) || anyDeny(policies.groupPolicies)
                || (policies.permissionsBoundary.map { anyApplies($0.denies) } ?? false)
                || (sessionPoliciesApply && anyDeny(policies.sessionPolicies ?? []))
        }
        if !found, scpsApply, let levels = policies.serviceControlPolicies {
            found = levels.contains { anyDeny($0) }
        }
        if !found, rcpsApply, let levels = policies.resourceControlPolicies {
            found = levels.contains { anyDeny($0) }
        }
        if !found, let policy = policies.resourcePolicy { found = anyDenyNaming(policy) }
        if !found, let policy = policies.vpcEndpointPolicy { found = anyDenyNaming(policy) }
        return found ? describeDenies() : nil
    }

    private func anyDenyNaming(_ policy: Policy) -> Bool {
        for statement in policy.denies where statement.principalGrant(principal) != .none && applies(statement) {
            return true
        }
        return false
    }

    private func anyDeny(_ list: [Policy]) -> Bool {
        list.withUnsafeBufferPointer { policies in
            for index in policies.indices where anyApplies(policies[index].denies) { return true }
            return false
        }
    }

    /// Collects every applicable Deny, with its explanation, once one is known to exist.
    private func describeDenies() -> Decision {
        var sources: [PolicySource] = []
        var deciding: [StatementTrace] = []
        func collect(_ list: [Policy], _ source: PolicySource, level: Int? = nil) {
            for policy in list {
                for statement in policy.denies where applies(statement) {
                    if !sources.contains(source) { sources.append(source) }
                    deciding.append(trace(statement, in: policy, source, level: level, principal: false))
                }
            }
        }
        if hasIdentityPolicies {
            collect(policies.identityPolicies, .identity)
            collect(policies.groupPolicies, .group)
            if let boundary = policies.permissionsBoundary { collect([boundary], .boundary) }
            if sessionPoliciesApply, let session = policies.sessionPolicies { collect(session, .session) }
        }
        if scpsApply, let levels = policies.serviceControlPolicies {
            for (level, list) in levels.enumerated() { collect(list, .scp, level: level) }
        }
        if rcpsApply, let levels = policies.resourceControlPolicies {
            for (level, list) in levels.enumerated() { collect(list, .rcp, level: level) }
        }
        let withPrincipals = [
            (policies.resourcePolicy, PolicySource.resource), (policies.vpcEndpointPolicy, .vpcEndpoint),
        ]
        for case (let policy?, let source) in withPrincipals {
            for statement in policy.denies where statement.principalGrant(principal) != .none && applies(statement) {
                if !sources.contains(source) { sources.append(source) }
                deciding.append(trace(statement, in: policy, source, level: nil, principal: true))
            }
        }
        return Decision(outcome: .explicitlyDenied, explicitDenyIn: sources.sorted(), explanation: deciding)
    }

    private func decideAllow(explain: Bool) -> Decision {
        let grant = resourceGrant()
        let grantAllows =
            resourcePolicyRole == .keyPolicy
            && policies.grants.contains { $0.allows(action, principal: principal, context: request.context) }
        var missing: [PolicySource] = []
        var notes: [String] = []
        switch principal.kind {
        case .service, .anonymous, .identityProvider:
            if grant != .direct && !grantAllows { missing = [.resource] }
        case .root:
            // The root user has full access in its own account, unless a key or trust policy must name it.
            if (isCrossAccount || resourcePolicyRole != .general) && grant == .none && !grantAllows {
                missing = [.resource]
            }
        default:
            missing = iamPrincipalMissing(grant: grant, grantAllows: grantAllows, notes: &notes)
        }
        if grantAllows { notes.append("a KMS grant allows \(request.action) to the caller") }
        if missing.isEmpty {
            return Decision(
                outcome: .allowed, explanation: explain ? decidingAllows(grant: grant) : [],
                notes: explain ? notes : [])
        }
        var explanation: [StatementTrace] = []
        if explain {
            for source in missing { explanation += traces(of: source) }
        }
        return Decision(
            outcome: .implicitlyDenied, implicitDenyIn: missing.sorted(), explanation: explanation,
            notes: explain ? notes : [])
    }

    /// The kinds lacking an Allow for an IAM user, role or session, following the resource-policy table
    /// of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
    /// and https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html.
    private func iamPrincipalMissing(grant: PrincipalMatcher.Grant, grantAllows: Bool, notes: inout [String])
        -> [PolicySource]
    {
        if grantAllows { return [] }
        let identity = identityAllows
        let boundary = boundaryAllows
        let session = sessionAllows
        func failing(identityNeeded: Bool) -> [PolicySource] {
            var result: [PolicySource] = []
            if identityNeeded && !identity { result.append(.identity) }
            if !boundary { result.append(.boundary) }
            if !session { result.append(.session) }
            return result
        }
        let chain = failing(identityNeeded: true)
        if isCrossAccount {
            // Cross-account: the resource's account must allow in its resource policy, and the caller's
            // own account must allow (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
            return (grant == .none ? [.resource] : []) + chain
        }
        var effective = grant
        if principal.kind == .role && effective == .direct { effective = .role }
        switch (resourcePolicyRole, effective) {
        case (.general, .direct):
            return []
        case (_, .role):
            notes.append(
                "the resource policy names the role or user behind the session, so the boundary and session policy still apply"
            )
            return failing(identityNeeded: false)
        case (.general, _):
            return chain
        case (_, .direct):
            return []
        case (_, .account):
            notes.append(
                "the \(resourcePolicyRole == .keyPolicy ? "key" : "trust") policy delegates to the account's IAM policies"
            )
            return chain
        case (_, .none):
            notes.append(
                "a \(resourcePolicyRole == .keyPolicy ? "key" : "trust") policy must allow the caller, even in its own account"
            )
            return [.resource]
        }
    }
}
