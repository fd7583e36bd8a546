import LZPolicy

/// The policies that apply to a principal, grouped as the evaluation chain reads them, with names.
public struct EffectivePolicies: Sendable {
    /// One level of an SCP or RCP chain: the root, an OU or the account, and what is attached there.
    public struct Level: Sendable {
        /// The root, OU or account ID.
        public var target: String
        /// The policies' names.
        public var policyNames: [String]
    }

    /// SCPs from the root down; empty when SCPs do not apply.
    public var serviceControlPolicies: [Level]
    /// RCPs from the root down, `RCPFullAWSAccess` included; empty when RCPs do not apply.
    public var resourceControlPolicies: [Level]
    /// Identity policies by name: `inline:NAME` or a managed policy's ARN.
    public var identityPolicies: [String]
    /// Group policies, `GROUP/inline:NAME` or `GROUP/ARN`.
    public var groupPolicies: [String]
    /// The permissions boundary's ARN.
    public var permissionsBoundary: String?
}

extension World {
    /// The policies that apply to `principal`, for explanations and reports.
    public func effectivePolicies(of principal: PrincipalReference) throws(AWSError) -> EffectivePolicies {
        let iam = try requireAccount(principal.accountID).iam
        var result = EffectivePolicies(
            serviceControlPolicies: [], resourceControlPolicies: [], identityPolicies: [], groupPolicies: [],
            permissionsBoundary: nil)
        if let organization, principal.accountID != organization.managementAccountID,
            organization.parents[principal.accountID] != nil
        {
            for type in OrganizationPolicyType.allCases where organization.enabledPolicyTypes.contains(type) {
                let levels = organization.effectivePolicies(of: principal.accountID, type: type).map {
                    EffectivePolicies.Level(target: $0.target, policyNames: $0.policies.map(\.name))
                }
                if type == .serviceControlPolicy {
                    result.serviceControlPolicies = levels
                } else {
                    result.resourceControlPolicies = levels
                }
            }
        }
        func names(_ inline: [String: InlinePolicy], _ attached: [String]) -> [String] {
            inline.keys.sorted().map { "inline:\($0)" } + attached
        }
        switch principal.kind {
        case .root:
            break
        case .user:
            let user = try iam.user(named: principal.name)
            result.identityPolicies = names(user.inlinePolicies, user.attachedPolicyARNs)
            result.groupPolicies = user.groupNames.compactMap { iam.groups[$0] }.flatMap { group in
                names(group.inlinePolicies, group.attachedPolicyARNs).map { "\(group.name)/\($0)" }
            }
            result.permissionsBoundary = user.permissionsBoundaryARN
        case .role:
            let role = try iam.role(named: principal.name)
            result.identityPolicies = names(role.inlinePolicies, role.attachedPolicyARNs)
            result.permissionsBoundary = role.permissionsBoundaryARN
        }
        return result
    }
}
