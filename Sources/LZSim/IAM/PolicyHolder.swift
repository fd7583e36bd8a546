import LZPolicy

/// The IAM identities that hold inline policies and attached managed policies: users, groups
/// and roles share one set of rules for both, so the operations on them share one implementation.
protocol PolicyHolder {
    var arn: String { get }
    var inlinePolicies: [String: InlinePolicy] { get set }
    var attachedPolicyARNs: [String] { get set }
}

extension IAMUser: PolicyHolder {}
extension IAMGroup: PolicyHolder {}
extension IAMRole: PolicyHolder {}

/// A user, group or role of one account, by name.
enum IAMIdentity: Sendable {
    case user(String)
    case group(String)
    case role(String)

    /// `user`, `group` or `role`, as IAM's action names and messages spell the type.
    var typeName: String {
        switch self {
        case .user: "User"
        case .group: "Group"
        case .role: "Role"
        }
    }

    var name: String {
        switch self {
        case .user(let name), .group(let name), .role(let name): name
        }
    }

    /// The inline-policy kind, which sets the size quota of each identity type.
    var inlineKind: PolicyKind {
        switch self {
        case .user: .userInline
        case .group: .groupInline
        case .role: .roleInline
        }
    }
}

/// One change to an identity's policies.
enum PolicyEdit {
    case putInline(InlinePolicy)
    case deleteInline(String)
    case attach(String)
    case detach(String)

    /// The IAM action suffix, such as `PutRolePolicy` for a role.
    func action(for identity: IAMIdentity) -> String {
        switch self {
        case .putInline: "iam:Put\(identity.typeName)Policy"
        case .deleteInline: "iam:Delete\(identity.typeName)Policy"
        case .attach: "iam:Attach\(identity.typeName)Policy"
        case .detach: "iam:Detach\(identity.typeName)Policy"
        }
    }

    /// Applies the edit with IAM's rules: inline policy sizes summed per identity, at most ten
    /// attached managed policies, errors for missing names.
    func apply<Holder: PolicyHolder>(to holder: inout Holder, identity: IAMIdentity) throws(AWSError) {
        switch self {
        case .putInline(let inline):
            var policies = holder.inlinePolicies
            policies[inline.name] = inline
            let limit = identity.inlineKind.sizeLimit.limit
            let total = policies.values.reduce(0) { $0 + $1.policy.document.size.charactersWithoutWhitespace }
            guard total <= limit else {
                throw AWSError(
                    .limitExceeded,
                    "Maximum policy size of \(limit) bytes exceeded for \(identity.typeName.lowercased()) "
                        + "\(identity.name): its inline policies would total \(total)")
            }
            holder.inlinePolicies = policies
        case .deleteInline(let name):
            guard holder.inlinePolicies.removeValue(forKey: name) != nil else {
                throw AWSError(
                    .noSuchEntity, "\(identity.typeName.lowercased()) \(identity.name) has no inline policy '\(name)'")
            }
        case .attach(let arn):
            // Attaching a policy that is already attached succeeds and changes nothing, as in IAM.
            guard !holder.attachedPolicyARNs.contains(arn) else { return }
            guard holder.attachedPolicyARNs.count < IAMAccount.Quota.managedPoliciesPerIdentity else {
                throw AWSError(
                    .limitExceeded,
                    "Cannot exceed quota for PoliciesPerRole: \(IAMAccount.Quota.managedPoliciesPerIdentity) "
                        + "managed policies are already attached to \(identity.name)")
            }
            holder.attachedPolicyARNs.append(arn)
        case .detach(let arn):
            guard let index = holder.attachedPolicyARNs.firstIndex(of: arn) else {
                throw AWSError(.noSuchEntity, "policy \(arn) is not attached to \(identity.name)")
            }
            holder.attachedPolicyARNs.remove(at: index)
        }
    }
}
