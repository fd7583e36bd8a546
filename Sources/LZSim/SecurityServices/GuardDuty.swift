public import Foundation

/// A GuardDuty detector: the service switched on in one account and Region.
public struct GuardDutyDetector: Sendable, Hashable {
    /// The detector's ID, 32 hexadecimal characters.
    public let detectorID: String
    /// Where the detector is.
    public let place: AccountRegion
    /// When it was created.
    public let createdAt: Date
    /// `ENABLED` or `SUSPENDED`.
    public internal(set) var status: GuardDutyDetectorStatus
    /// The GuardDuty administrator account this account is a member of, if any.
    public internal(set) var administratorAccountID: String?

    /// `arn:aws:guardduty:REGION:ACCOUNT:detector/ID`.
    public func arn(partition: String = "aws") -> String {
        "arn:\(partition):guardduty:\(place.region):\(place.accountID):detector/\(detectorID)"
    }
}

/// A detector's status.
public enum GuardDutyDetectorStatus: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case enabled = "ENABLED"
    case suspended = "SUSPENDED"
}

/// `AutoEnableOrganizationMembers`: which organization accounts GuardDuty switches on by itself
/// (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateOrganizationConfiguration.html).
public enum GuardDutyAutoEnable: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    /// Every member, existing and new.
    case all = "ALL"
    /// Accounts that join the organization from now on.
    case new = "NEW"
    /// None: the administrator adds members itself.
    case none = "NONE"
}

/// GuardDuty's state in the world.
public struct GuardDutyState: Sendable {
    /// Detectors by place.
    public internal(set) var detectors: [AccountRegion: GuardDutyDetector] = [:]
    /// The administrator's auto-enable setting per Region.
    public internal(set) var autoEnable: [String: GuardDutyAutoEnable] = [:]
}
