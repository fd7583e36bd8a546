public import Foundation

/// An EBS volume, modelled as far as its encryption goes.
public struct EBSVolume: Sendable, Hashable {
    /// `vol-` and 17 hexadecimal digits.
    public let volumeID: String
    /// `arn:aws:ec2:REGION:ACCOUNT:volume/ID`.
    public let arn: String
    /// The owning account.
    public let accountID: String
    /// The Region.
    public let region: String
    /// The Availability Zone.
    public let availabilityZone: String
    /// Size in GiB.
    public let size: Int
    /// Whether the volume is encrypted.
    public let encrypted: Bool
    /// The ARN of the KMS key that encrypts it.
    public let kmsKeyID: String?
    /// The volume's data key, encrypted under the KMS key with the context `aws:ebs:id`.
    let encryptedDataKey: Data?
    /// The grant EC2 made on the caller's behalf so it can decrypt the data key when attaching.
    public let grantID: String?
    /// `available` or `in-use`.
    public internal(set) var state: String
    /// The instance it is attached to.
    public internal(set) var attachedInstanceID: String?
    /// When it was created.
    public let createTime: Date
}

/// An EC2 instance, modelled as far as its root volume goes.
public struct EC2Instance: Sendable, Hashable {
    /// `i-` and 17 hexadecimal digits.
    public let instanceID: String
    /// The owning account.
    public let accountID: String
    /// The Region.
    public let region: String
    /// The instance type.
    public let instanceType: String
    /// The root volume.
    public let rootVolumeID: String
}

/// An account's EBS encryption defaults in one Region.
public struct EBSEncryptionDefaults: Sendable, Hashable {
    /// Whether new volumes are encrypted even when the request does not ask.
    public var encryptionByDefault = false
    /// The key new encrypted volumes use when the request names none; `nil` means `aws/ebs`.
    public var defaultKMSKeyID: String?
}

/// EC2's state in the world.
public struct EC2Storage: Sendable {
    /// Volumes by ID.
    public internal(set) var volumes: [String: EBSVolume] = [:]
    /// Instances by ID.
    public internal(set) var instances: [String: EC2Instance] = [:]
    /// Encryption defaults by `ACCOUNT/REGION`.
    var encryptionDefaults: [String: EBSEncryptionDefaults] = [:]

    /// The defaults of an account in a Region.
    public func encryptionDefaults(account: String, region: String) -> EBSEncryptionDefaults {
        encryptionDefaults["\(account)/\(region)"] ?? EBSEncryptionDefaults()
    }
}
