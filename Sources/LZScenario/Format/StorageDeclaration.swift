/// An account's S3, EBS and RDS resources as a scenario declares them.
struct StorageDeclaration: Sendable {
    /// The four Block Public Access settings.
    struct PublicAccessBlock: Sendable {
        var blockPublicAcls: Bool
        var ignorePublicAcls: Bool
        var blockPublicPolicy: Bool
        var restrictPublicBuckets: Bool
        var location: SourceLocation
    }

    struct Bucket: Sendable {
        var name: Named
        /// The bucket's S3 name (after substitution); the scenario name when not given.
        var bucketName: Named
        var region: String?
        /// `AES256` or `aws:kms`.
        var algorithm: String?
        var key: Named?
        var bucketKey: Bool
        var publicAccessBlock: PublicAccessBlock?
        var policy: DocumentSource?
        var tags: [String: String]
    }

    /// EBS encryption by default and the default key in one Region.
    struct EBSDefaults: Sendable {
        var region: Named
        var encryptionByDefault: Bool?
        var defaultKey: Named?
    }

    struct Volume: Sendable {
        var name: Named
        var size: Int
        var encrypted: Bool?
        var key: Named?
        /// Whether the volume is attached: it is then the root volume of an instance.
        var attached: Bool
        var region: String?
        var availabilityZone: String?
    }

    struct DBInstance: Sendable {
        var name: Named
        var identifier: String
        var engine: String
        var instanceClass: String
        var allocatedStorage: Int
        var storageEncrypted: Bool
        var key: Named?
        var region: String?
    }

    var publicAccessBlock: PublicAccessBlock?
    var buckets: [Bucket] = []
    var ebsDefaults: [EBSDefaults] = []
    var volumes: [Volume] = []
    var dbInstances: [DBInstance] = []

    var isEmpty: Bool {
        publicAccessBlock == nil && buckets.isEmpty && ebsDefaults.isEmpty && volumes.isEmpty && dbInstances.isEmpty
    }
}

/// A CloudTrail trail of an account.
struct TrailDeclaration: Sendable {
    var name: Named
    /// The bucket: a scenario bucket name (`NAME` or `ACCOUNT/NAME`) or an S3 bucket name.
    var bucket: Named
    var prefix: String?
    var organization: Bool
    var multiRegion: Bool
    var logFileValidation: Bool
    var key: Named?
    var cloudWatchLogGroup: String?
    var cloudWatchRole: Named?
    /// `All`, `ReadOnly`, `WriteOnly`, or `none` for no management events.
    var managementEvents: Named?
    var logging: Bool
    var region: String?
}
