import Foundation
import LZPolicy

/// Where a trail also delivers its events: a CloudWatch Logs log group, written by a role CloudTrail assumes.
public struct TrailCloudWatchLogs: Sendable, Hashable {
    /// `arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*`.
    public var logGroupARN: String
    /// The role CloudTrail assumes to write to the log group.
    public var roleARN: String
}

/// Which events a trail records (`PutEventSelectors`), as far as management events go.
public struct EventSelector: Sendable, Hashable {
    /// Read events, write events, or both.
    public enum ReadWriteType: String, Sendable, Hashable, CaseIterable {
        case readOnly = "ReadOnly"
        case writeOnly = "WriteOnly"
        case all = "All"
    }

    /// `ReadOnly`, `WriteOnly` or `All` (the default).
    public var readWriteType: ReadWriteType
    /// Whether management events are recorded at all.
    public var includeManagementEvents: Bool

    /// Creates a selector; by default every management event, read and write.
    public init(readWriteType: ReadWriteType = .all, includeManagementEvents: Bool = true) {
        self.readWriteType = readWriteType
        self.includeManagementEvents = includeManagementEvents
    }
}

extension AWSError.Code {
    /// CloudTrail: the log group ARN is malformed, or given without a role.
    public static let invalidCloudWatchLogsLogGroupARN = AWSError.Code(
        rawValue: "InvalidCloudWatchLogsLogGroupArnException")
    /// CloudTrail: the role does not exist, or CloudTrail cannot assume it.
    public static let invalidCloudWatchLogsRoleARN = AWSError.Code(rawValue: "InvalidCloudWatchLogsRoleArnException")
    /// CloudTrail: the event selectors are not valid.
    public static let invalidEventSelectors = AWSError.Code(rawValue: "InvalidEventSelectorsException")
}

extension World {
    /// The bucket checks of `CreateTrail` and `UpdateTrail`: CloudTrail, as its service principal
    /// for the trail, must be allowed `s3:GetBucketAcl` and `s3:PutObject` under `PREFIX/AWSLogs/ACCOUNT/`.
    func requireTrailBucket(_ name: String, prefix: String?, trailARN: String, session: Session) throws(AWSError) {
        guard let bucket = s3.buckets[name] else {
            throw AWSError(.s3BucketDoesNotExist, "S3 bucket \(name) does not exist.")
        }
        let service = cloudTrailSession(trailARN: trailARN, account: session.accountID, region: bucket.region)
        let objectPrefix = (prefix.map { "\($0)/" } ?? "") + "AWSLogs/\(session.accountID)/"
        do {
            try requireBucketAccess("s3:GetBucketAcl", bucket: bucket, as: service)
            try requireBucketAccess(
                "s3:PutObject", bucket: bucket, objectKey: objectPrefix + "CloudTrail/x.json.gz", as: service,
                context: ["s3:x-amz-acl": ["bucket-owner-full-control"]])
        } catch {
            throw AWSError(
                .insufficientS3BucketPolicy, "Incorrect S3 bucket policy is detected for bucket: \(name)",
                decision: error.decision)
        }
    }

    /// The key checks of `CreateTrail` and `UpdateTrail`: an enabled symmetric key whose policy lets
    /// CloudTrail call `kms:GenerateDataKey` for the trail.
    /// - Returns: The key's ARN.
    func requireTrailKey(
        _ keyID: String,
        bucket: String,
        trailARN: String,
        operation: String,
        session: Session
    ) throws(AWSError) -> String {
        let key: KMSKey
        do {
            key = try resolveKey(keyID, for: session, operation: operation, rules: .cryptographic).key
        } catch {
            throw AWSError(.kmsKeyNotFound, "KMS key \(keyID) does not exist: \(error.message)")
        }
        guard key.keySpec == .symmetricDefault, keyState(key) == .enabled else {
            throw AWSError(.kmsException, "\(key.arn) is not an enabled symmetric encryption key")
        }
        let region = s3.buckets[bucket]?.region ?? key.region
        let service = cloudTrailSession(trailARN: trailARN, account: session.accountID, region: region)
        let decision = authorize(
            AccessRequest(
                session: service, action: "kms:GenerateDataKey", resource: key.resource,
                context: ["kms:EncryptionContext:aws:cloudtrail:arn": [trailARN]], region: key.region))
        guard decision.isAllowed else {
            throw AWSError(
                .insufficientEncryptionPolicy,
                "Insufficient permissions to access S3 bucket \(bucket) or KMS key \(key.arn): the key policy"
                    + " does not let cloudtrail.amazonaws.com call kms:GenerateDataKey for \(trailARN)",
                decision: decision)
        }
        return key.arn
    }

    /// Checks a trail's CloudWatch Logs delivery as CloudTrail does: both ARNs or neither, a log
    /// group ARN of the trail's account, and a role of that account whose trust policy lets
    /// `cloudtrail.amazonaws.com` assume it
    /// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html).
    func trailCloudWatchLogs(logGroupARN: String?, roleARN: String?, trailARN: String, session: Session)
        throws(AWSError) -> TrailCloudWatchLogs?
    {
        guard logGroupARN != nil || roleARN != nil else { return nil }
        guard let logGroupARN, let roleARN else {
            throw AWSError(
                logGroupARN == nil ? .invalidCloudWatchLogsLogGroupARN : .invalidCloudWatchLogsRoleARN,
                "You must specify both a log group ARN and a role ARN for CloudWatch Logs delivery")
        }
        let fields = logGroupARN.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count >= 7, fields[0] == "arn", fields[2] == "logs", fields[4] == session.accountID,
            fields[5] == "log-group", !fields[6].isEmpty
        else {
            throw AWSError(
                .invalidCloudWatchLogsLogGroupARN,
                "\(logGroupARN) is not the ARN of a log group of account \(session.accountID)")
        }
        let roleFields = roleARN.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let roleName = roleARN.split(separator: "/").last.map(String.init) ?? ""
        guard roleFields.count == 6, roleFields[2] == "iam", roleFields[4] == session.accountID,
            let role = accountsByID[session.accountID]?.iam.roles[roleName]
        else {
            throw AWSError(
                .invalidCloudWatchLogsRoleARN, "Access denied. Verify in IAM that the role \(roleARN) exists.")
        }
        let service = cloudTrailSession(
            trailARN: trailARN, account: session.accountID, region: requestRegion(of: session))
        let decision = authorize(
            AccessRequest(
                session: service, action: "sts:AssumeRole",
                resource: ResourceReference(
                    arn: role.arn, accountID: session.accountID, tags: role.tags, policy: role.trustPolicy)))
        guard decision.isAllowed else {
            throw AWSError(
                .invalidCloudWatchLogsRoleARN,
                "Access denied. The trust policy of \(roleARN) does not let cloudtrail.amazonaws.com assume it.",
                decision: decision)
        }
        return TrailCloudWatchLogs(logGroupARN: logGroupARN, roleARN: role.arn)
    }
}
