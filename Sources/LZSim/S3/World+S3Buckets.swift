import Foundation
public import LZPolicy

extension World {
    /// `CreateBucket` in the caller's Region. New buckets block public access and encrypt with
    /// SSE-S3, as S3 has done since 2023.
    /// - Throws: `InvalidBucketName`, `BucketAlreadyExists`, `BucketAlreadyOwnedByYou`, `AccessDenied`.
    @discardableResult
    public mutating func createBucket(bucket: String, as session: Session) throws(AWSError) -> S3Bucket {
        try Self.validate(bucketName: bucket)
        let arn = "arn:\(partition):s3:::\(bucket)"
        try requireAccess(
            AccessRequest(
                session: session, action: "s3:CreateBucket",
                resource: ResourceReference(arn: arn, accountID: session.accountID)))
        if let existing = s3.buckets[bucket] {
            if existing.accountID == session.accountID {
                throw AWSError(.bucketAlreadyOwnedByYou, "you already own the bucket \(bucket)")
            }
            throw AWSError(.bucketAlreadyExists, "the bucket name \(bucket) is taken by another account")
        }
        var created = S3Bucket(
            name: bucket, accountID: session.accountID, region: requestRegion(of: session), creationDate: now,
            partition: partition)
        created.publicAccessBlock = .allBlocked
        s3.buckets[bucket] = created
        return created
    }

    /// A bucket by name.
    /// - Throws: `NoSuchBucket`.
    public func bucket(_ name: String) throws(AWSError) -> S3Bucket {
        guard let bucket = s3.buckets[name] else {
            throw AWSError(.noSuchBucket, "The specified bucket does not exist: \(name)")
        }
        return bucket
    }

    mutating func updateBucket(_ name: String, _ change: (inout S3Bucket) throws(AWSError) -> Void) throws(AWSError) {
        guard s3.buckets[name] != nil else {
            throw AWSError(.noSuchBucket, "The specified bucket does not exist: \(name)")
        }
        try change(&s3.buckets[name]!)
    }

    /// `PutBucketPolicy`. A public policy is refused while Block Public Access's
    /// `BlockPublicPolicy` is on for the bucket or its account.
    /// - Throws: `MalformedPolicy`, `NoSuchBucket`, `AccessDenied`.
    public mutating func putBucketPolicy(bucket name: String, policy: String, as session: Session) throws(AWSError) {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:PutBucketPolicy", bucket: bucket, as: session)
        let compiled = try compilePolicy(
            policy, kind: .resource, name: "bucket policy of \(name)",
            codes: DocumentErrorCodes(malformed: .malformedPolicy, tooLarge: .malformedPolicy))
        if effectivePublicAccessBlock(of: bucket).blockPublicPolicy, Self.isPublic(compiled) {
            throw AWSError(
                .accessDenied,
                "User: \(session.arn) is not authorized to perform: s3:PutBucketPolicy on resource: \(bucket.arn)"
                    + " because public policies are blocked by the BlockPublicPolicy block public access setting.")
        }
        try updateBucket(name) { (bucket: inout S3Bucket) throws(AWSError) in
            bucket.policyText = policy
            bucket.policy = compiled
        }
    }

    /// `GetBucketPolicy`.
    /// - Throws: `NoSuchBucketPolicy` when the bucket has none.
    public func getBucketPolicy(bucket name: String, as session: Session) throws(AWSError) -> String {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:GetBucketPolicy", bucket: bucket, as: session)
        guard let text = bucket.policyText else {
            throw AWSError(.noSuchBucketPolicy, "The bucket policy does not exist: \(name)")
        }
        return text
    }

    /// `DeleteBucketPolicy`.
    public mutating func deleteBucketPolicy(bucket name: String, as session: Session) throws(AWSError) {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:DeleteBucketPolicy", bucket: bucket, as: session)
        try updateBucket(name) { (bucket: inout S3Bucket) throws(AWSError) in
            bucket.policyText = nil
            bucket.policy = nil
        }
    }

    /// `PutBucketEncryption`: the bucket's default encryption (action `s3:PutEncryptionConfiguration`).
    public mutating func putBucketEncryption(
        bucket name: String,
        configuration: ServerSideEncryptionConfiguration,
        as session: Session
    ) throws(AWSError) {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:PutEncryptionConfiguration", bucket: bucket, as: session)
        if configuration.sseAlgorithm == .aes256, configuration.kmsMasterKeyID != nil {
            throw AWSError(.invalidArgument, "a KMS key is given only with SSEAlgorithm aws:kms, not AES256")
        }
        try updateBucket(name) { (bucket: inout S3Bucket) throws(AWSError) in
            bucket.encryption = configuration
            bucket.bucketKey = nil
        }
    }

    /// `GetBucketEncryption` (action `s3:GetEncryptionConfiguration`).
    public func getBucketEncryption(bucket name: String, as session: Session) throws(AWSError)
        -> ServerSideEncryptionConfiguration
    {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:GetEncryptionConfiguration", bucket: bucket, as: session)
        return bucket.encryption
    }

    /// `PutPublicAccessBlock` on a bucket (action `s3:PutBucketPublicAccessBlock`).
    public mutating func putPublicAccessBlock(
        bucket name: String,
        configuration: PublicAccessBlockConfiguration,
        as session: Session
    ) throws(AWSError) {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:PutBucketPublicAccessBlock", bucket: bucket, as: session)
        try updateBucket(name) { (bucket: inout S3Bucket) throws(AWSError) in bucket.publicAccessBlock = configuration }
    }

    /// `PutPublicAccessBlock` for the caller's account (S3 Control, action `s3:PutAccountPublicAccessBlock`).
    public mutating func putAccountPublicAccessBlock(
        configuration: PublicAccessBlockConfiguration,
        as session: Session
    ) throws(AWSError) {
        try requireAccess(
            AccessRequest(
                session: session, action: "s3:PutAccountPublicAccessBlock",
                resource: ResourceReference(arn: "*", accountID: session.accountID)))
        s3.accountPublicAccessBlocks[session.accountID] = configuration
    }

    /// The Block Public Access in force for a bucket: the account's and the bucket's settings combined.
    public func effectivePublicAccessBlock(of bucket: S3Bucket) -> PublicAccessBlockConfiguration {
        let none = PublicAccessBlockConfiguration(
            blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false)
        return (bucket.publicAccessBlock ?? none).union(s3.accountPublicAccessBlocks[bucket.accountID])
    }

    // MARK: - Authorization

    /// Authorizes an S3 action on a bucket or one of its objects, with the bucket policy as the
    /// resource policy. With `RestrictPublicBuckets` in force and a public policy, the policy's
    /// public statements grant nothing to principals outside the bucket's account.
    func requireBucketAccess(
        _ action: String,
        bucket: S3Bucket,
        objectKey: String? = nil,
        as session: Session,
        context: [String: [String]] = [:]
    ) throws(AWSError) {
        var policy = bucket.policy
        if let current = policy, session.accountID != bucket.accountID, session.principal.kind != .service,
            effectivePublicAccessBlock(of: bucket).restrictPublicBuckets, Self.isPublic(current)
        {
            var document = current.document
            document.statements = document.statements.filter { !Self.isPublic($0) }
            policy = Policy(document: document, kind: .resource, name: current.name)
        }
        let arn = objectKey.map { "\(bucket.arn)/\($0)" } ?? bucket.arn
        try requireAccess(
            AccessRequest(
                session: session, action: action,
                resource: ResourceReference(
                    arn: arn, accountID: bucket.accountID, tags: objectKey == nil ? bucket.tags : [:], policy: policy),
                context: context, region: bucket.region))
    }

    // MARK: - Public policies

    /// Condition keys that pin a wildcard principal to known callers, making a statement non-public
    /// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status).
    static let restrictingConditionKeys: Set<String> = [
        "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourcevpc", "aws:sourcevpce",
        "aws:principalorgid", "aws:principalaccount", "aws:principalarn", "aws:userid", "aws:sourceorgid",
        "aws:sourceorgpaths", "aws:principalorgpaths", "s3:dataaccesspointaccount", "s3:dataaccesspointarn",
    ]

    /// Whether a resource policy grants access to everyone.
    public static func isPublic(_ policy: Policy) -> Bool {
        policy.document.statements.contains(where: isPublic)
    }

    /// Whether one statement allows a wildcard principal without a condition fixing who calls.
    static func isPublic(_ statement: Statement) -> Bool {
        guard statement.effect.value == .allow, let principal = statement.principal, !principal.isNegated,
            principal.entries.contains(where: { $0.type == .everyone || ($0.type == .aws && $0.value == "*") })
        else { return false }
        let restricted = statement.conditions.contains { clause in
            restrictingConditionKeys.contains(clause.key.value.lowercased()) && !clause.conditionOperator.isNegated
                && clause.conditionOperator.family != .null
                && clause.values.allSatisfy { !$0.value.contains("*") && !$0.value.contains("?") }
        }
        return !restricted
    }

    /// Bucket names: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with
    /// a letter or digit (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
    static func validate(bucketName name: String) throws(AWSError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
        let alphanumeric = Set("abcdefghijklmnopqrstuvwxyz0123456789")
        guard (3...63).contains(name.count), name.allSatisfy(allowed.contains), let first = name.first,
            let last = name.last, alphanumeric.contains(first), alphanumeric.contains(last), !name.contains("..")
        else {
            throw AWSError(
                .invalidBucketName,
                "'\(name)' is not a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, starting and"
                    + " ending with a letter or digit")
        }
    }
}
