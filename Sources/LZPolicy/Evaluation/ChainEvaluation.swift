/// One request evaluated against one policy set: the facts every step needs, computed once.
struct ChainEvaluation {
    let request: AuthorizationRequest
    let policies: PolicySet
    let principal: Principal
    let action: String
    let resourceAccount: String?
    let isCrossAccount: Bool
    let hasIdentityPolicies: Bool
    let scpsApply: Bool
    let rcpsApply: Bool
    let resourcePolicyRole: ResourcePolicyRole

    enum ResourcePolicyRole {
        case general, roleTrust, keyPolicy
    }

    init(request: AuthorizationRequest, policies: PolicySet) {
        self.request = request
        self.policies = policies
        principal = request.principal
        action = request.loweredAction
        resourceAccount = policies.resourceAccount ?? request.resourceARNAccount ?? principal.accountID
        isCrossAccount = principal.accountID == nil || principal.accountID != resourceAccount
        let iamPrincipal = [.user, .role, .roleSession, .federatedUser].contains(principal.kind)
        hasIdentityPolicies = iamPrincipal
        // SCPs govern IAM users and roles and the root user of member accounts, not service-linked roles
        // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
        scpsApply =
            policies.serviceControlPolicies != nil && !principal.isServiceLinkedRole
            && (iamPrincipal || principal.kind == .root)
        // RCPs do not cover kms:RetireGrant (https://docs.aws.amazon.com/kms/latest/developerguide/resource-control-policies.html)
        // nor service-linked roles.
        rcpsApply =
            policies.resourceControlPolicies != nil && !principal.isServiceLinkedRole && action != "kms:retiregrant"
        if request.isKMSKey {
            resourcePolicyRole = .keyPolicy
        } else if request.isRoleTrust {
            resourcePolicyRole = .roleTrust
        } else {
            resourcePolicyRole = .general
        }
    }

    /// Whether a statement's action, resource and conditions apply (the principal is checked separately).
    @inline(__always)
    func applies(_ statement: CompiledStatement) -> Bool {
        statement.matchesAction(action) && statement.matchesResource(request.resource, request.context)
            && statement.failingCondition(request.context) == nil
    }

    func anyAllow(_ list: [Policy]) -> Bool {
        for policy in list {
            for statement in policy.allows where applies(statement) { return true }
        }
        return false
    }

    /// The strongest way an applicable Allow of the resource policy names the caller.
    func resourceGrant() -> PrincipalMatcher.Grant {
        guard let policy = policies.resourcePolicy else { return .none }
        var best = PrincipalMatcher.Grant.none
        for statement in policy.allows {
            let grant = statement.principalGrant(principal)
            if grant > best, applies(statement) {
                best = grant
                if best == .direct { break }
            }
        }
        return best
    }

    var identityAllows: Bool { anyAllow(policies.identityPolicies) || anyAllow(policies.groupPolicies) }

    var boundaryAllows: Bool { policies.permissionsBoundary.map { anyAllow([$0]) } ?? true }

    /// Session policies: a role session without one keeps its role's permissions; a federated-user
    /// session without one has none (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
    var sessionAllows: Bool {
        switch principal.kind {
        case .roleSession: policies.sessionPolicies.map(anyAllow) ?? true
        case .federatedUser: policies.sessionPolicies.map(anyAllow) ?? false
        default: true
        }
    }
}
