import LZPolicy

extension World {
    /// Security Hub's service principal, under which its delegated administrator is registered.
    public static let securityHubServicePrincipal = "securityhub.amazonaws.com"

    /// Security Hub's `EnableOrganizationAdminAccount`, from the management account: registers
    /// the delegated administrator for `securityhub.amazonaws.com` and enables Security Hub (with
    /// the default standards) in its account in the Region when it has not yet
    /// (https://docs.aws.amazon.com/securityhub/latest/userguide/designate-orgs-admin-account.html).
    /// - Throws: `InvalidInputException` when another account administers Security Hub, the
    ///   account is not a member, or the caller is not the management account; `AccessDeniedException`.
    public mutating func enableSecurityHubOrganizationAdminAccount(
        adminAccountID: String,
        region: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let caller = try securityHubPlace(region, "securityhub:EnableOrganizationAdminAccount", as: session)
        try enableServiceAdministrator(
            accountID: adminAccountID, servicePrincipal: Self.securityHubServicePrincipal, errorCode: .invalidInput,
            as: session)
        let place = AccountRegion(accountID: adminAccountID, region: caller.region)
        if securityServices.securityHub.hubs[place] == nil {
            addHub(at: place, defaultStandards: true)
        }
    }

    /// Security Hub's `UpdateOrganizationConfiguration`, by the delegated administrator:
    /// `autoEnable` enables Security Hub in accounts that join the organization from now on
    /// (existing accounts are added with ``createSecurityHubMembers(accountIDs:region:as:)``),
    /// with the default standards when `autoEnableStandards` is `DEFAULT`.
    /// - Throws: `InvalidAccessException` when the caller is not the administrator, `AccessDeniedException`.
    public mutating func updateSecurityHubOrganizationConfiguration(
        autoEnable: Bool,
        autoEnableStandards: Bool = true,
        region: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let hub = try administratorHub(region, "securityhub:UpdateOrganizationConfiguration", as: session)
        securityServices.securityHub.autoEnable[hub.place.region] = (autoEnable, autoEnableStandards)
    }

    /// Security Hub's `CreateMembers`, by the delegated administrator: organization accounts
    /// become members, with Security Hub enabled in them where it was not.
    /// - Returns: The accounts that could not be added (not in the organization, or another
    ///   administrator's member), with the reason.
    /// - Throws: `InvalidAccessException`, `AccessDeniedException`.
    @discardableResult
    public mutating func createSecurityHubMembers(accountIDs: [String], region: String? = nil, as session: Session)
        throws(AWSError) -> [(accountID: String, reason: String)]
    {
        let hub = try administratorHub(region, "securityhub:CreateMembers", as: session)
        var unprocessed: [(accountID: String, reason: String)] = []
        for accountID in accountIDs {
            guard organization?.parents[accountID] != nil, accountID != session.accountID else {
                unprocessed.append((accountID, "account \(accountID) is not a member account of the organization"))
                continue
            }
            enrollSecurityHubMember(
                accountID, region: hub.place.region, administrator: session.accountID, defaultStandards: true)
        }
        return unprocessed
    }

    /// Security Hub's `DisassociateMembers`, by the administrator: the members keep Security Hub, unmanaged.
    /// - Throws: `InvalidInputException` for an account that is not its member, `InvalidAccessException`,
    ///   `AccessDeniedException`.
    public mutating func disassociateSecurityHubMembers(
        accountIDs: [String],
        region: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let hub = try administratorHub(region, "securityhub:DisassociateMembers", as: session)
        for accountID in accountIDs {
            let place = AccountRegion(accountID: accountID, region: hub.place.region)
            guard securityServices.securityHub.hubs[place]?.administratorAccountID == session.accountID else {
                throw AWSError(
                    .invalidInput, "account \(accountID) is not a Security Hub member of \(session.accountID)")
            }
            securityServices.securityHub.hubs[place]?.administratorAccountID = nil
        }
    }

    /// What Security Hub does when an account joins the organization: with auto-enable on in a
    /// Region, the account becomes a member there.
    mutating func autoEnableSecurityHub(forNewAccount accountID: String) {
        guard let administrator = delegatedAdministrator(for: Self.securityHubServicePrincipal) else { return }
        for (region, setting) in securityServices.securityHub.autoEnable.sorted(by: { $0.key < $1.key })
        where setting.enable {
            enrollSecurityHubMember(
                accountID, region: region, administrator: administrator, defaultStandards: setting.defaultStandards)
        }
    }

    private mutating func enrollSecurityHubMember(
        _ accountID: String,
        region: String,
        administrator: String,
        defaultStandards: Bool
    ) {
        let place = AccountRegion(accountID: accountID, region: region)
        if securityServices.securityHub.hubs[place] == nil {
            addHub(at: place, defaultStandards: defaultStandards)
        }
        securityServices.securityHub.hubs[place]?.administratorAccountID = administrator
    }

    /// The caller's hub, when the caller is Security Hub's delegated administrator.
    private func administratorHub(_ region: String?, _ action: String, as session: Session) throws(AWSError)
        -> SecurityHubHub
    {
        let hub = try ownHub(region, action, as: session)
        guard delegatedAdministrator(for: Self.securityHubServicePrincipal) == session.accountID else {
            throw AWSError(
                .invalidAccess, "Account \(session.accountID) is not the Security Hub delegated administrator")
        }
        return hub
    }
}
