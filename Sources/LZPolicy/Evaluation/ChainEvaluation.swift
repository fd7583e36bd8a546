/// One request evaluated against one policy set: the facts every step needs, computed once.
///
/// It borrows the request and the policy set through pointers that live only for the duration of
/// ``Authorizer/evaluate(_:against:options:)``: copying them would retain every field, which was
/// most of the cost of a simple decision.
struct ChainEvaluation {
    private let requestPointer: UnsafePointer<AuthorizationRequest>
    private let policiesPointer: UnsafePointer<PolicySet>
    let isCrossAccount: Bool
    let hasIdentityPolicies: Bool
    let scpsApply: Bool
    let rcpsApply: Bool
    let resourcePolicyRole: ResourcePolicyRole

    enum ResourcePolicyRole {
        case general, roleTrust, keyPolicy
    }

    var request: AuthorizationRequest { _read { yield requestPointer.pointee } }
    var policies: PolicySet { _read { yield policiesPointer.pointee } }
    var principal: Principal { _read { yield requestPointer.pointee.principal } }
    var action: String { _read { yield requestPointer.pointee.loweredAction } }

    init(
        request requestPointer: UnsafePointer<AuthorizationRequest>, policies policiesPointer: UnsafePointer<PolicySet>
    ) {
        self.requestPointer = requestPointer
        self.policiesPointer = policiesPointer
        let kind = requestPointer.pointee.principal.kind
        let principalAccount = requestPointer.pointee.principal.accountID
        if let principalAccount, kind != .identityProvider {
            let owner =
                policiesPointer.pointee.resourceAccount ?? requestPointer.pointee.resourceARNAccount ?? principalAccount
            isCrossAccount = principalAccount != owner
        } else {
            isCrossAccount = true
        }
        let serviceLinked = requestPointer.pointee.principal.isServiceLinkedRole
        let iamPrincipal: Bool
        switch kind {
        case .user, .role, .roleSession, .federatedUser: iamPrincipal = true
        case .root, .service, .anonymous, .identityProvider: iamPrincipal = false
        }
        hasIdentityPolicies = iamPrincipal
        // SCPs govern IAM users and roles and the root user of member accounts, not service-linked roles
        // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
        scpsApply =
            policiesPointer.pointee.serviceControlPolicies != nil && !serviceLinked && (iamPrincipal || kind == .root)
        // RCPs do not cover kms:RetireGrant (https://docs.aws.amazon.com/kms/latest/developerguide/resource-control-policies.html)
        // nor AWS managed keys, nor service-linked roles.
        rcpsApply =
            policiesPointer.pointee.resourceControlPolicies != nil && !serviceLinked
            && !policiesPointer.pointee.isAWSManagedKey
            && requestPointer.pointee.loweredAction != "kms:retiregrant"
        if requestPointer.pointee.isKMSKey {
            resourcePolicyRole = .keyPolicy
        } else if requestPointer.pointee.isRoleTrust {
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
        list.withUnsafeBufferPointer { policies in
            for index in policies.indices where anyApplies(policies[index].allows) { return true }
            return false
        }
    }

    /// Walks the statements through a buffer pointer: iterating the array would retain each one.
    func anyApplies(_ statements: [CompiledStatement]) -> Bool {
        statements.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where applies(buffer[index]) { return true }
            return false
        }
    }

    /// The strongest way an applicable Allow of the resource policy names the caller.
    func resourceGrant() -> PrincipalMatcher.Grant {
        guard let policy = policies.resourcePolicy else { return .none }
        return policy.allows.withUnsafeBufferPointer { statements in
            var best = PrincipalMatcher.Grant.none
            for index in statements.indices {
                let statement = statements[index]
                let grant = statement.principalGrant(principal)
                if grant > best, applies(statement) {
                    best = grant
                    if best == .direct { break }
                }
            }
            return best
        }
    }

    var identityAllows: Bool { anyAllow(policies.identityPolicies) || anyAllow(policies.groupPolicies) }

    var boundaryAllows: Bool { policies.permissionsBoundary.map { anyAllow([$0]) } ?? true }

    /// Session policies: a role session without one keeps its role's permissions; a federated-user
    /// session without one has none (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
    var sessionAllows: Bool {
        switch principal.kind {
        case .roleSession, .role: policies.sessionPolicies.map(anyAllow) ?? true
        case .federatedUser: policies.sessionPolicies.map(anyAllow) ?? false
        default: true
        }
    }

    /// Session policies apply to sessions, and to a role given with session policies, which
    /// stands for a session of that role.
    var sessionPoliciesApply: Bool {
        principal.isSession || (principal.kind == .role && policies.sessionPolicies != nil)
    }
}
