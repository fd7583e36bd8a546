import Crypto
import Foundation
import LZPolicy

/// A CloudTrail trail, modelled as far as where and how its logs are delivered.
public struct Trail: Sendable, Hashable {
    /// The name.
    public let name: String
    /// `arn:aws:cloudtrail:REGION:ACCOUNT:trail/NAME`.
    public let trailARN: String
    /// The owning account.
    public let accountID: String
    /// The Region it was created in.
    public let homeRegion: String
    /// The bucket logs go to.
    public internal(set) var s3BucketName: String
    /// The prefix of log objects.
    public internal(set) var s3KeyPrefix: String?
    /// Whether it logs every Region.
    public internal(set) var isMultiRegionTrail: Bool
    /// Whether CloudTrail writes digest files to validate log files.
    public internal(set) var logFileValidationEnabled: Bool
    /// The ARN of the KMS key log files are encrypted with (SSE-KMS); `nil` for SSE-S3.
    public internal(set) var kmsKeyID: String?
    /// Whether it is the organization's trail.
    public internal(set) var isOrganizationTrail: Bool
    /// How many log files have been delivered.
    public internal(set) var deliveredLogFiles: Int
    /// The CloudWatch Logs log group events are also delivered to, and the role CloudTrail assumes to write there.
    public internal(set) var cloudWatchLogs: TrailCloudWatchLogs?
    /// Which management events it records; a new trail records all of them, read and write.
    public internal(set) var eventSelectors: [EventSelector] = [EventSelector()]
    /// Whether it is recording: a trail made with `CreateTrail` records nothing until `StartLogging`
    /// (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html).
    public internal(set) var isLogging = false
}

/// CloudTrail's state in the world.
public struct CloudTrailStorage: Sendable {
    /// Trails by ARN.
    public internal(set) var trails: [String: Trail] = [:]
}

extension World {
    /// `CreateTrail`. CloudTrail checks, as `cloudtrail.amazonaws.com` with `aws:SourceArn` set to
    /// the trail's ARN and `aws:SourceAccount` to its account, that the bucket policy lets it call
    /// `s3:GetBucketAcl` and `s3:PutObject` under `PREFIX/AWSLogs/ACCOUNT/`, and, with a KMS key,
    /// that the key policy lets it call `kms:GenerateDataKey` with the encryption context
    /// `aws:cloudtrail:arn` (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html,
    /// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html).
    /// - Throws: `InvalidTrailNameException`, `TrailAlreadyExistsException`, `S3BucketDoesNotExistException`,
    ///   `InsufficientS3BucketPolicyException`, `KmsKeyNotFoundException`, `InsufficientEncryptionPolicyException`,
    ///   `KmsException` (a key that is not a usable symmetric key), `AccessDeniedException`.
    @discardableResult
    public mutating func createTrail(
        name: String,
        s3BucketName: String,
        s3KeyPrefix: String? = nil,
        isMultiRegionTrail: Bool = false,
        enableLogFileValidation: Bool = false,
        kmsKeyID: String? = nil,
        isOrganizationTrail: Bool = false,
        cloudWatchLogsLogGroupARN: String? = nil,
        cloudWatchLogsRoleARN: String? = nil,
        as session: Session
    ) throws(AWSError) -> Trail {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard (3...128).contains(name.count), name.allSatisfy(allowed.contains),
            name.first?.isLetter == true
                || name.first?.isNumber == true
        else {
            throw AWSError(
                .invalidTrailName,
                "trail name '\(name)' must be 3 to 128 letters, digits, periods, underscores and dashes")
        }
        let region = requestRegion(of: session)
        let arn = "arn:\(partition):cloudtrail:\(region):\(session.accountID):trail/\(name)"
        try requireAccess(
            AccessRequest(
                session: session, action: "cloudtrail:CreateTrail",
                resource: ResourceReference(arn: arn, accountID: session.accountID)),
            deniedCode: .accessDeniedException)
        guard cloudTrail.trails[arn] == nil else {
            throw AWSError(.trailAlreadyExists, "Trail \(name) already exists for customer: \(session.accountID)")
        }
        try requireTrailBucket(s3BucketName, prefix: s3KeyPrefix, trailARN: arn, session: session)
        let keyARN = try kmsKeyID.map { (keyID: String) throws(AWSError) -> String in
            try requireTrailKey(keyID, bucket: s3BucketName, trailARN: arn, operation: "CreateTrail", session: session)
        }
        let cloudWatchLogs = try trailCloudWatchLogs(
            logGroupARN: cloudWatchLogsLogGroupARN, roleARN: cloudWatchLogsRoleARN, trailARN: arn, session: session)
        var trail = Trail(
            name: name, trailARN: arn, accountID: session.accountID, homeRegion: region, s3BucketName: s3BucketName,
            s3KeyPrefix: s3KeyPrefix, isMultiRegionTrail: isMultiRegionTrail,
            logFileValidationEnabled: enableLogFileValidation, kmsKeyID: keyARN,
            isOrganizationTrail: isOrganizationTrail,
            deliveredLogFiles: 0)
        trail.cloudWatchLogs = cloudWatchLogs
        cloudTrail.trails[arn] = trail
        return trail
    }

    /// CloudTrail acting for a trail: its service principal, with `aws:SourceArn` and `aws:SourceAccount`.
    func cloudTrailSession(trailARN: String, account: String, region: String) -> Session {
        Session(
            principal: Principal(arn: "cloudtrail.amazonaws.com")!, issuedAt: now,
            attributes: RequestAttributes(region: region, sourceARN: trailARN, sourceAccount: account))
    }

    /// A trail by name or ARN.
    public func trail(_ nameOrARN: String, account: String? = nil) throws(AWSError) -> Trail {
        if let trail = cloudTrail.trails[nameOrARN] { return trail }
        let found = cloudTrail.trails.values.filter {
            $0.name == nameOrARN && (account == nil || $0.accountID == account)
        }
        guard found.count == 1 else {
            throw AWSError(.trailNotFound, "Unknown trail: \(nameOrARN)")
        }
        return found[0]
    }

    /// Delivers one log file of a trail as CloudTrail would: as `cloudtrail.amazonaws.com`, it
    /// writes `PREFIX/AWSLogs/ACCOUNT/CloudTrail/REGION/...json.gz` to the trail's bucket, encrypted
    /// with SSE-KMS under the trail's key (encryption context `aws:cloudtrail:arn`) or SSE-S3, and,
    /// with log file validation, a digest file holding the log file's SHA-256. Changes to the
    /// bucket or key policies after `CreateTrail` show here, as failed deliveries do in AWS.
    /// - Returns: The log file's object key.
    /// - Throws: `AccessDenied` and KMS errors as S3 reports them.
    @discardableResult
    public mutating func deliverLogFile(trailARN: String, events: String = #"{"Records":[]}"#) throws(AWSError)
        -> String
    {
        let trail = try self.trail(trailARN)
        let bucket = try self.bucket(trail.s3BucketName)
        let service = cloudTrailSession(trailARN: trail.trailARN, account: trail.accountID, region: bucket.region)
        let sequence = trail.deliveredLogFiles + 1
        let prefix = (trail.s3KeyPrefix.map { "\($0)/" } ?? "") + "AWSLogs/\(trail.accountID)/"
        let stamp = Int(now.timeIntervalSince1970)
        let logKey =
            prefix + "CloudTrail/\(trail.homeRegion)/\(trail.accountID)_CloudTrail_\(stamp)_\(sequence).json.gz"
        let body = Data(events.utf8)
        try putObject(
            bucket: bucket.name, key: logKey, body: body,
            serverSideEncryption: trail.kmsKeyID == nil ? .aes256 : .awsKMS,
            sseKMSKeyID: trail.kmsKeyID,
            encryptionContext: trail.kmsKeyID == nil ? [:] : ["aws:cloudtrail:arn": trail.trailARN],
            acl: "bucket-owner-full-control", as: service)
        if trail.logFileValidationEnabled {
            let digest = SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
            let digestKey =
                prefix
                + "CloudTrail-Digest/\(trail.homeRegion)/\(trail.accountID)_CloudTrail-Digest_\(stamp)_\(sequence).json.gz"
            try putObject(
                bucket: bucket.name, key: digestKey,
                body: Data(
                    #"{"logFiles":[{"s3Object":"\#(logKey)","hashValue":"\#(digest)","hashAlgorithm":"SHA-256"}]}"#.utf8
                ),
                serverSideEncryption: .aes256, acl: "bucket-owner-full-control", as: service)
        }
        cloudTrail.trails[trail.trailARN]?.deliveredLogFiles = sequence
        return logKey
    }
}
