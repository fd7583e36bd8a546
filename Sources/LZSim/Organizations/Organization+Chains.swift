public import LZPolicy

extension Organization {
    /// The SCPs that govern an account's principals, one array per level from the root down to
    /// the account; `nil` when SCPs do not apply: the type is disabled, or the account is the
    /// management account or not a member
    /// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_inheritance_auth.html).
    public func serviceControlChain(of accountID: String) -> [[Policy]]? {
        chain(of: accountID, type: .serviceControlPolicy)
    }

    /// The RCPs that govern an account's resources, per level from the root down, without the
    /// implicit `RCPFullAWSAccess` (which allows everything and so decides nothing); `nil` when
    /// RCPs do not apply (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
    public func resourceControlChain(of accountID: String) -> [[Policy]]? {
        chain(of: accountID, type: .resourceControlPolicy)
    }

    private func chain(of accountID: String, type: OrganizationPolicyType) -> [[Policy]]? {
        guard enabledPolicyTypes.contains(type), accountID != managementAccountID, parents[accountID] != nil else {
            return nil
        }
        return path(to: accountID).map { target in
            (attachments[target] ?? []).compactMap { id in
                guard let policy = policies[id], policy.type == type,
                    id != AWSManagedPolicies.rcpFullAWSAccess.id
                else { return nil }
                return policy.policy
            }
        }
    }

    /// The attached policies of one type per level, root first, with the target each is attached to.
    public func effectivePolicies(
        of accountID: String,
        type: OrganizationPolicyType
    ) -> [(target: String, policies: [OrganizationPolicy])] {
        path(to: accountID).map { target in
            (target, (attachments[target] ?? []).compactMap { policies[$0] }.filter { $0.type == type })
        }
    }
}
