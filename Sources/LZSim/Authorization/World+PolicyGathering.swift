import Foundation
import LZPolicy

extension World {
    /// Gathers everything about a caller that does not depend on the request, once, for many requests.
    /// - Parameter memoizingDecisions: Whether the caller remembers its decisions on KMS keys for
    ///   identical inputs (see ``PreparedCaller``).
    public func prepare(_ session: Session, memoizingDecisions: Bool = true) -> PreparedCaller {
        prepare(
            session, accountContext: accountContext(of: session),
            ownAccountResource: resourceAccountSide(session.principal.accountID), memoizingDecisions: memoizingDecisions
        )
    }

    /// Prepares a caller on an account context (and resource side) shared with the other callers of its account.
    func prepare(
        _ session: Session, accountContext: RequestContext, ownAccountResource: ResourceAccountSide,
        memoizingDecisions: Bool = false
    ) -> PreparedCaller {
        var principal = session.principal
        principal.tags = principalTags(of: session)
        principal.id = uniqueID(of: session)
        let accountID = session.principal.accountID
        var kmsContext = RequestContext(minimumCapacity: 2)
        if let accountID { kmsContext["kms:CallerAccount"] = [accountID] }
        if let via = viaService(of: session) { kmsContext["kms:ViaService"] = [via] }
        return PreparedCaller(
            session: session, principal: principal, policies: callerPolicies(of: session),
            context: callerContext(of: session, principal: principal, accountContext: accountContext).layered(),
            problem: sessionProblem(session), ownAccountResource: ownAccountResource,
            kmsContext: kmsContext, memo: memoizingDecisions ? DecisionMemo() : nil)
    }

    /// The resource-account keys of a request (`aws:ResourceAccount`, `aws:ResourceOrgID`,
    /// `aws:ResourceOrgPaths`), added over the caller's context.
    static func applyResourceSide(_ side: ResourceAccountSide, to context: inout RequestContext) {
        context.merge(side.context)
    }

    /// A resource without an account (an S3 object by ARN): no resource keys, no RCPs.
    static let noResourceAccount = ResourceAccountSide(
        accountID: nil, context: RequestContext(), resourceControlPolicies: nil)

    /// The keys and RCPs the gateway adds for the account that owns a resource.
    func resourceAccountSide(_ accountID: String?) -> ResourceAccountSide {
        guard accountID != nil else { return Self.noResourceAccount }
        var context = RequestContext(minimumCapacity: 4)
        if let accountID {
            context["aws:ResourceAccount"] = [accountID]
            if let organization, let path = organization.organizationPath(of: accountID) {
                context["aws:ResourceOrgID"] = [organization.id]
                context.set("aws:ResourceOrgPaths", values: [path], multivalued: true)
            }
        }
        return ResourceAccountSide(
            accountID: accountID, context: context,
            resourceControlPolicies: accountID.flatMap { organization?.resourceControlChain(of: $0) })
    }

    /// A managed policy by ARN: AWS's own, or a customer managed policy of `accountID`.
    func managedPolicy(arn: String, in accountID: String) -> ManagedPolicy? {
        AWSManagedPolicies.iam[arn] ?? accountsByID[accountID]?.iam.policies[arn]
    }

    /// `aws:PrincipalTag/*`: a user's tags, or a role's tags overridden by the session's tags.
    func principalTags(of session: Session) -> [String: String] {
        let iam = accountsByID[session.accountID]?.iam
        switch session.principal.kind {
        case .user:
            return iam?.users[session.principal.name]?.tags ?? [:]
        case .roleSession:
            let roleTags = iam?.roles[session.principal.name]?.tags ?? [:]
            return roleTags.merging(session.sessionTags) { _, sessionTag in sessionTag }
        default:
            return session.sessionTags
        }
    }

    /// The unique ID behind `aws:userid`: the user's `AIDA...` or the role's `AROA...`.
    func uniqueID(of session: Session) -> String? {
        let iam = accountsByID[session.accountID]?.iam
        switch session.principal.kind {
        case .user: return iam?.users[session.principal.name]?.userID
        case .roleSession: return iam?.roles[session.principal.name]?.roleID
        default: return session.principal.id
        }
    }

    /// The caller's identity-based policies, its groups' included: what must allow a request
    /// unless a resource policy or grant does.
    func identityPolicies(of session: Session) -> [Policy] {
        let set = callerPolicies(of: session, includingOrganization: false)
        return set.identityPolicies + set.groupPolicies
    }

    /// The caller's side of the policy set: identity, group, boundary and session policies, and
    /// the SCP chain of its account.
    private func callerPolicies(of session: Session, includingOrganization: Bool = true) -> PolicySet {
        var set = PolicySet()
        if includingOrganization {
            set.serviceControlPolicies = organization?.serviceControlChain(of: session.accountID)
        }
        set.sessionPolicies = session.sessionPolicies
        guard let iam = accountsByID[session.accountID]?.iam else { return set }
        let accountID = session.accountID
        func policies(inline: [String: InlinePolicy], attached: [String]) -> [Policy] {
            inline.keys.sorted().compactMap { inline[$0]?.policy }
                + attached.compactMap { managedPolicy(arn: $0, in: accountID)?.policy }
        }
        switch session.principal.kind {
        case .user:
            guard let user = iam.users[session.principal.name] else { break }
            set.identityPolicies = policies(inline: user.inlinePolicies, attached: user.attachedPolicyARNs)
            set.groupPolicies = user.groupNames.compactMap { iam.groups[$0] }.flatMap {
                policies(inline: $0.inlinePolicies, attached: $0.attachedPolicyARNs)
            }
            set.permissionsBoundary = user.permissionsBoundaryARN.flatMap {
                managedPolicy(arn: $0, in: accountID)?.policy
            }
        case .roleSession:
            guard let role = iam.roles[session.principal.name] else { break }
            set.identityPolicies = policies(inline: role.inlinePolicies, attached: role.attachedPolicyARNs)
            set.permissionsBoundary = role.permissionsBoundaryARN.flatMap {
                managedPolicy(arn: $0, in: accountID)?.policy
            }
        default:
            break
        }
        return set
    }
}
