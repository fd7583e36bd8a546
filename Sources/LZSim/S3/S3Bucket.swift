public import Foundation
public import LZPolicy

/// A general purpose S3 bucket, modelled as far as its access and encryption go.
public struct S3Bucket: Sendable {
    /// The bucket's globally unique name.
    public let name: String
    /// The owning account.
    public let accountID: String
    /// The bucket's Region.
    public let region: String
    /// When it was created.
    public let creationDate: Date
    /// `arn:aws:s3:::NAME`.
    public let arn: String
    /// The bucket policy as written.
    public internal(set) var policyText: String?
    /// The bucket policy, compiled: the resource policy of every request on the bucket and its objects.
    public internal(set) var policy: Policy?
    /// Default encryption (SSE-S3 unless configured).
    public internal(set) var encryption: ServerSideEncryptionConfiguration
    /// The bucket's Block Public Access settings.
    public internal(set) var publicAccessBlock: PublicAccessBlockConfiguration?
    /// Tags.
    public internal(set) var tags: [String: String]
    /// Objects by key.
    public internal(set) var objects: [String: S3Object]
    /// The bucket-level data key of SSE-KMS with bucket keys: the key's ARN and the data key
    /// encrypted under it, made on the first upload.
    var bucketKey: (kmsKeyARN: String, ciphertext: Data)?

    init(name: String, accountID: String, region: String, creationDate: Date, partition: String) {
        self.name = name
        self.accountID = accountID
        self.region = region
        self.creationDate = creationDate
        self.arn = "arn:\(partition):s3:::\(name)"
        self.encryption = ServerSideEncryptionConfiguration()
        self.tags = [:]
        self.objects = [:]
    }
}

/// Server-side encryption algorithms.
public enum ServerSideEncryption: String, Sendable, Hashable, AWSEnumeration {
    /// SSE-S3: keys S3 manages.
    case aes256 = "AES256"
    /// SSE-KMS.
    case awsKMS = "aws:kms"
}

/// A bucket's default encryption (`PutBucketEncryption`).
public struct ServerSideEncryptionConfiguration: Sendable, Hashable {
    /// `AES256` (the default since January 2023) or `aws:kms`.
    public var sseAlgorithm: ServerSideEncryption
    /// For `aws:kms`, the key (ID, ARN or alias); `nil` means the AWS managed key `aws/s3`.
    public var kmsMasterKeyID: String?
    /// Whether SSE-KMS uses an S3 Bucket Key.
    public var bucketKeyEnabled: Bool

    /// Creates a configuration; SSE-S3 by default.
    public init(
        sseAlgorithm: ServerSideEncryption = .aes256, kmsMasterKeyID: String? = nil, bucketKeyEnabled: Bool = false
    ) {
        self.sseAlgorithm = sseAlgorithm
        self.kmsMasterKeyID = kmsMasterKeyID
        self.bucketKeyEnabled = bucketKeyEnabled
    }
}

/// Block Public Access, for an account or a bucket
/// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html).
public struct PublicAccessBlockConfiguration: Sendable, Hashable {
    public var blockPublicAcls: Bool
    public var ignorePublicAcls: Bool
    /// Refuse bucket policies that grant public access.
    public var blockPublicPolicy: Bool
    /// Let only the owner's principals and AWS services use a bucket whose policy is public.
    public var restrictPublicBuckets: Bool

    /// Every setting on, as AWS recommends and new buckets get.
    public static let allBlocked = PublicAccessBlockConfiguration(
        blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true)

    /// Creates a configuration.
    public init(blockPublicAcls: Bool, ignorePublicAcls: Bool, blockPublicPolicy: Bool, restrictPublicBuckets: Bool) {
        self.blockPublicAcls = blockPublicAcls
        self.ignorePublicAcls = ignorePublicAcls
        self.blockPublicPolicy = blockPublicPolicy
        self.restrictPublicBuckets = restrictPublicBuckets
    }

    /// Either setting on wins (the account's and the bucket's are combined).
    func union(_ other: PublicAccessBlockConfiguration?) -> PublicAccessBlockConfiguration {
        guard let other else { return self }
        return PublicAccessBlockConfiguration(
            blockPublicAcls: blockPublicAcls || other.blockPublicAcls,
            ignorePublicAcls: ignorePublicAcls || other.ignorePublicAcls,
            blockPublicPolicy: blockPublicPolicy || other.blockPublicPolicy,
            restrictPublicBuckets: restrictPublicBuckets || other.restrictPublicBuckets)
    }
}

/// An object, stored encrypted for real.
public struct S3Object: Sendable {
    /// The object key.
    public let key: String
    /// The plaintext size in bytes.
    public let size: Int
    /// How it is encrypted.
    public let serverSideEncryption: ServerSideEncryption
    /// For SSE-KMS, the key's ARN.
    public let sseKMSKeyID: String?
    /// Whether a bucket key encrypted it.
    public let bucketKeyEnabled: Bool
    /// The encryption context S3 sent to KMS (`aws:s3:arn` of the object, or of the bucket with a bucket key).
    let encryptionContext: EncryptionContext
    /// For SSE-KMS without a bucket key, the object's data key, encrypted under the KMS key.
    let encryptedDataKey: Data?
    /// The body, AES-256-GCM sealed under the data key.
    let sealedBody: Data
    /// When it was written.
    public let lastModified: Date
}

/// S3's state in the world: buckets by name (bucket names are global) and each account's Block
/// Public Access settings.
public struct S3Storage: Sendable {
    /// Buckets by name.
    public internal(set) var buckets: [String: S3Bucket] = [:]
    /// Account-level Block Public Access by account ID.
    public internal(set) var accountPublicAccessBlocks: [String: PublicAccessBlockConfiguration] = [:]
}

/// What `GetObject` returns.
public struct GetObjectResult: Sendable, Hashable {
    /// The body, decrypted.
    public var body: Data
    /// How it was stored.
    public var serverSideEncryption: ServerSideEncryption
    /// For SSE-KMS, the key's ARN.
    public var sseKMSKeyID: String?
    /// Whether a bucket key encrypted it.
    public var bucketKeyEnabled: Bool
}
