import LZPolicy

extension World {
    /// GuardDuty's service principal, under which its delegated administrator is registered.
    public static let guardDutyServicePrincipal = "guardduty.amazonaws.com"

    /// GuardDuty's `EnableOrganizationAdminAccount`, from the management account: registers the
    /// delegated administrator for `guardduty.amazonaws.com` and switches GuardDuty on in its
    /// account in the Region, as the console does
    /// (https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_organizations.html).
    /// - Throws: `BadRequestException` when another account administers GuardDuty, the account is
    ///   not a member, or the caller is not the management account; `AccessDeniedException`.
    public mutating func enableGuardDutyOrganizationAdminAccount(
        adminAccountID: String,
        region: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let region = try serviceRegion(region, of: session)
        try requireSecurityServiceAccess(
            "guardduty:EnableOrganizationAdminAccount", resource: "*",
            AccountRegion(accountID: session.accountID, region: region), as: session)
        try enableServiceAdministrator(
            accountID: adminAccountID, servicePrincipal: Self.guardDutyServicePrincipal, errorCode: .badRequest,
            as: session)
        let place = AccountRegion(accountID: adminAccountID, region: region)
        if securityServices.guardDuty.detectors[place] == nil {
            addDetector(at: place, status: .enabled)
        }
    }

    /// GuardDuty's `UpdateOrganizationConfiguration`, by the delegated administrator:
    /// `ALL` switches GuardDuty on for every member now and every account that joins later,
    /// `NEW` only for accounts that join later, `NONE` for none.
    /// - Throws: `BadRequestException` when the caller is not the delegated administrator or the
    ///   detector is not its own; `AccessDeniedException`.
    public mutating func updateGuardDutyOrganizationConfiguration(
        detectorID: String,
        autoEnableOrganizationMembers: GuardDutyAutoEnable,
        region: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let detector = try administratorDetector(
            detectorID, region: region, action: "guardduty:UpdateOrganizationConfiguration", as: session)
        securityServices.guardDuty.autoEnable[detector.place.region] = autoEnableOrganizationMembers
        if autoEnableOrganizationMembers == .all {
            for member in managedMembers(of: session.accountID) {
                enrollGuardDutyMember(member, region: detector.place.region, administrator: session.accountID)
            }
        }
    }

    /// GuardDuty's `DisassociateMembers`, by the administrator: the members' detectors stay, no
    /// longer managed, so the members may delete them.
    /// - Returns: The accounts that were not members of the administrator, with the reason.
    /// - Throws: `BadRequestException`, `AccessDeniedException`.
    @discardableResult
    public mutating func disassociateGuardDutyMembers(
        detectorID: String,
        accountIDs: [String],
        region: String? = nil,
        as session: Session
    ) throws(AWSError) -> [(accountID: String, result: String)] {
        let detector = try administratorDetector(
            detectorID, region: region, action: "guardduty:DisassociateMembers", as: session)
        var unprocessed: [(accountID: String, result: String)] = []
        for accountID in accountIDs {
            let place = AccountRegion(accountID: accountID, region: detector.place.region)
            guard securityServices.guardDuty.detectors[place]?.administratorAccountID == session.accountID else {
                unprocessed.append((accountID, "The request is rejected because the given account ID is not a member"))
                continue
            }
            securityServices.guardDuty.detectors[place]?.administratorAccountID = nil
        }
        return unprocessed
    }

    /// What GuardDuty does when an account joins the organization: with `ALL` or `NEW` in a
    /// Region, the account gets a detector managed by the administrator there.
    mutating func autoEnableGuardDuty(forNewAccount accountID: String) {
        guard let administrator = delegatedAdministrator(for: Self.guardDutyServicePrincipal) else { return }
        for (region, setting) in securityServices.guardDuty.autoEnable.sorted(by: { $0.key < $1.key })
        where setting != .none {
            enrollGuardDutyMember(accountID, region: region, administrator: administrator)
        }
    }

    private mutating func enrollGuardDutyMember(_ accountID: String, region: String, administrator: String) {
        let place = AccountRegion(accountID: accountID, region: region)
        if securityServices.guardDuty.detectors[place] == nil {
            addDetector(at: place, status: .enabled)
        }
        securityServices.guardDuty.detectors[place]?.administratorAccountID = administrator
        securityServices.guardDuty.detectors[place]?.status = .enabled
    }

    /// The caller's own detector, when the caller is GuardDuty's delegated administrator.
    private func administratorDetector(_ detectorID: String, region: String?, action: String, as session: Session)
        throws(AWSError) -> GuardDutyDetector
    {
        let detector = try ownDetector(detectorID, region: region, action: action, as: session)
        guard delegatedAdministrator(for: Self.guardDutyServicePrincipal) == session.accountID else {
            throw AWSError(
                .badRequest,
                "The request is rejected because account \(session.accountID) is not the GuardDuty delegated administrator"
            )
        }
        return detector
    }
}
