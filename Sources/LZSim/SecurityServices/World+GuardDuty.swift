import LZPolicy

extension World {
    /// `CreateDetector`: switches GuardDuty on in the caller's account and Region; one detector
    /// per account and Region (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html).
    /// - Returns: The detector's ID.
    /// - Throws: `BadRequestException` when the account has a detector in the Region, `AccessDeniedException`.
    @discardableResult
    public mutating func createDetector(enable: Bool = true, region: String? = nil, as session: Session)
        throws(AWSError) -> String
    {
        let place = AccountRegion(accountID: session.accountID, region: try serviceRegion(region, of: session))
        try requireSecurityServiceAccess("guardduty:CreateDetector", resource: "*", place, as: session)
        guard securityServices.guardDuty.detectors[place] == nil else {
            throw AWSError(
                .badRequest,
                "The request is rejected because a detector already exists for the current account (\(place))")
        }
        return addDetector(at: place, status: enable ? .enabled : .suspended)
    }

    /// `DeleteDetector`. A member account cannot delete its detector while an administrator
    /// manages it; the administrator disassociates it first.
    /// - Throws: `BadRequestException` for an unknown detector or a managed member, `AccessDeniedException`.
    public mutating func deleteDetector(detectorID: String, region: String? = nil, as session: Session)
        throws(AWSError)
    {
        let detector = try ownDetector(detectorID, region: region, action: "guardduty:DeleteDetector", as: session)
        if let administrator = detector.administratorAccountID {
            throw AWSError(
                .badRequest,
                "The request is rejected because account \(detector.place.accountID) is a member of the GuardDuty "
                    + "administrator \(administrator); only the administrator can disassociate it")
        }
        securityServices.guardDuty.detectors[detector.place] = nil
    }

    /// `ListDetectors`: the caller's detector IDs in the Region (none or one).
    public func listDetectors(region: String? = nil, as session: Session) throws(AWSError) -> [String] {
        let place = AccountRegion(accountID: session.accountID, region: try serviceRegion(region, of: session))
        try requireSecurityServiceAccess("guardduty:ListDetectors", resource: "*", place, as: session)
        return securityServices.guardDuty.detectors[place].map { [$0.detectorID] } ?? []
    }

    /// `GetDetector`.
    /// - Throws: `BadRequestException` for a detector the caller does not have, `AccessDeniedException`.
    public func getDetector(detectorID: String, region: String? = nil, as session: Session) throws(AWSError)
        -> GuardDutyDetector
    {
        try ownDetector(detectorID, region: region, action: "guardduty:GetDetector", as: session)
    }

    /// The account's detector in a Region, enabled or suspended, without authorization (for checks and controls).
    public func detector(account accountID: String, region: String) -> GuardDutyDetector? {
        securityServices.guardDuty.detectors[AccountRegion(accountID: accountID, region: region)]
    }

    @discardableResult
    mutating func addDetector(at place: AccountRegion, status: GuardDutyDetectorStatus) -> String {
        let id = ids.hexadecimal(32)
        securityServices.guardDuty.detectors[place] = GuardDutyDetector(
            detectorID: id, place: place, createdAt: now, status: status)
        return id
    }

    /// The caller's detector with this ID in the Region, after authorizing `action` on it.
    func ownDetector(_ detectorID: String, region: String?, action: String, as session: Session) throws(AWSError)
        -> GuardDutyDetector
    {
        let place = AccountRegion(accountID: session.accountID, region: try serviceRegion(region, of: session))
        let arn = "arn:\(partition):guardduty:\(place.region):\(place.accountID):detector/\(detectorID)"
        try requireSecurityServiceAccess(action, resource: arn, place, as: session)
        guard let detector = securityServices.guardDuty.detectors[place], detector.detectorID == detectorID else {
            throw AWSError(
                .badRequest,
                "The request is rejected because the input detectorId '\(detectorID)' is not owned by "
                    + "the current account (\(place))")
        }
        return detector
    }
}
