public import Foundation

/// What `DescribeKey` and `CreateKey` return about a key
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html), seen at the
/// world's current time.
public struct KeyMetadata: Sendable, Hashable {
    /// The owning account.
    public var awsAccountID: String
    /// The key ID.
    public var keyID: String
    /// The key ARN.
    public var arn: String
    /// When the key was created.
    public var creationDate: Date
    /// Whether the key state is `Enabled`.
    public var enabled: Bool
    /// The description.
    public var description: String
    /// What the key is for.
    public var keyUsage: KeyUsage
    /// The state now.
    public var keyState: KeyState
    /// When a scheduled deletion takes effect.
    public var deletionDate: Date?
    /// The waiting period of a scheduled deletion.
    public var pendingDeletionWindowInDays: Int?
    /// When imported material expires.
    public var validTo: Date?
    /// Where the material comes from.
    public var origin: KeyOrigin
    /// `AWS` or `CUSTOMER`.
    public var keyManager: KeyManagerType
    /// The type of material.
    public var keySpec: KeySpec
    /// The encryption algorithms the key supports.
    public var encryptionAlgorithms: [EncryptionAlgorithmSpec]
    /// The signing algorithms the key supports.
    public var signingAlgorithms: [SigningAlgorithmSpec]
    /// The MAC algorithms the key supports.
    public var macAlgorithms: [MacAlgorithmSpec]
    /// The key agreement algorithms the key supports.
    public var keyAgreementAlgorithms: [KeyAgreementAlgorithmSpec]
    /// Whether the key is a multi-Region key.
    public var multiRegion: Bool
    /// The primary and replicas of a multi-Region key.
    public var multiRegionConfiguration: MultiRegionConfiguration?

    /// The keys of a multi-Region key set.
    public struct MultiRegionConfiguration: Sendable, Hashable {
        /// Whether this key is the primary or a replica.
        public var multiRegionKeyType: MultiRegionKeyType
        /// The primary key's ARN and Region.
        public var primaryKey: MultiRegionKey
        /// The replicas' ARNs and Regions.
        public var replicaKeys: [MultiRegionKey]
    }

    /// One key of a multi-Region key set.
    public struct MultiRegionKey: Sendable, Hashable {
        /// The key's ARN.
        public var arn: String
        /// Its Region.
        public var region: String
    }
}

extension KeySpec {
    /// The algorithms of a key of this spec and usage, as `KeyMetadata` lists them.
    func algorithms(for usage: KeyUsage) -> (
        encryption: [EncryptionAlgorithmSpec], signing: [SigningAlgorithmSpec], mac: [MacAlgorithmSpec],
        agreement: [KeyAgreementAlgorithmSpec]
    ) {
        switch (self, usage) {
        case (.symmetricDefault, _): ([.symmetricDefault], [], [], [])
        case (_, .encryptDecrypt) where isRSA: ([.rsaesOAEPSHA1, .rsaesOAEPSHA256], [], [], [])
        case (_, .signVerify) where isRSA:
            (
                [],
                [
                    .rsassaPSSSHA256, .rsassaPSSSHA384, .rsassaPSSSHA512, .rsassaPKCS1v15SHA256,
                    .rsassaPKCS1v15SHA384, .rsassaPKCS1v15SHA512,
                ], [], []
            )
        case (.eccNISTP256, .signVerify), (.eccSECGP256K1, .signVerify): ([], [.ecdsaSHA256], [], [])
        case (.eccNISTP384, .signVerify): ([], [.ecdsaSHA384], [], [])
        case (.eccNISTP521, .signVerify): ([], [.ecdsaSHA512], [], [])
        case (_, .keyAgreement): ([], [], [], [.ecdh])
        case (.hmac224, _): ([], [], [.hmacSHA224], [])
        case (.hmac256, _): ([], [], [.hmacSHA256], [])
        case (.hmac384, _): ([], [], [.hmacSHA384], [])
        case (.hmac512, _): ([], [], [.hmacSHA512], [])
        case (.sm2, .encryptDecrypt): ([.sm2PKE], [], [], [])
        case (.sm2, .signVerify): ([], [.sm2DSA], [], [])
        default: ([], [], [], [])
        }
    }
}
