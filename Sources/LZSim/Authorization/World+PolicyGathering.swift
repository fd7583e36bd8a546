import Foundation
import LZPolicy

extension World {
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

    /// Every policy that applies to a request by `session` on `resource`.
    func policySet(for session: Session, resource: ResourceReference, resourceAccount: String?) -> PolicySet {
        var set = PolicySet(resourcePolicy: resource.policy, resourceAccount: resourceAccount, grants: resource.grants)
        set.serviceControlPolicies = organization?.serviceControlChain(of: session.accountID)
        set.resourceControlPolicies = resourceAccount.flatMap { organization?.resourceControlChain(of: $0) }
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
