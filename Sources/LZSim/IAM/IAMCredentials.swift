public import Foundation

/// The credentials of an account's IAM users and root user that the credential report shows:
/// access keys with their status and age, console passwords (login profiles), and the root
/// user's MFA device (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html).
public struct IAMCredentials: Sendable {
    /// Access keys by ID, the root user's included.
    public internal(set) var accessKeys: [String: AccessKeyMetadata] = [:]
    /// Console passwords by user name.
    public internal(set) var loginProfiles: [String: LoginProfile] = [:]
    /// The root user's MFA device, once one is assigned.
    public internal(set) var rootMFADevice: MFADevice?

    /// No credentials: a new account's state.
    public init() {}

    /// The access keys of a user (`nil` for the root user), oldest first.
    public func accessKeys(of userName: String?) -> [AccessKeyMetadata] {
        accessKeys.values.filter { $0.userName == userName }.sorted {
            ($0.createDate, $0.accessKeyId) < ($1.createDate, $1.accessKeyId)
        }
    }
}

/// What `ListAccessKeys` returns for one key.
public struct AccessKeyMetadata: Sendable, Hashable {
    /// `Active` or `Inactive`: an inactive key cannot sign requests.
    public enum Status: String, Sendable, Hashable {
        case active = "Active"
        case inactive = "Inactive"
    }

    /// `AKIA` and 16 characters.
    public let accessKeyId: String
    /// The user the key belongs to; `nil` for the root user's keys.
    public let userName: String?
    /// Whether the key can be used.
    public internal(set) var status: Status
    /// When the key was made.
    public let createDate: Date

    /// Whole days from creation to `date`.
    public func age(at date: Date) -> Int { Int((date.timeIntervalSince(createDate) / 86_400).rounded(.down)) }
}

/// A user's console password, as `GetLoginProfile` shows it.
public struct LoginProfile: Sendable, Hashable {
    /// The user.
    public let userName: String
    /// When the password was set.
    public let createDate: Date
    /// Whether the user must choose a new password at the next sign-in.
    public let passwordResetRequired: Bool
}

/// An MFA device assigned to the root user.
public struct MFADevice: Sendable, Hashable {
    /// The serial number: the device's ARN for a virtual device, the hardware token's serial otherwise.
    public let serialNumber: String

    /// A device with this serial number.
    public init(serialNumber: String) { self.serialNumber = serialNumber }

    /// Whether the device is virtual: virtual devices have ARN serials
    /// (`arn:aws:iam::ACCOUNT:mfa/NAME`), as `ListVirtualMFADevices` lists them.
    public var isVirtual: Bool { serialNumber.hasPrefix("arn:") }
}
