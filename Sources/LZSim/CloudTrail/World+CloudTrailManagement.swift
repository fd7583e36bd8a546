import Foundation
import LZPolicy

extension AWSError.Code {
    /// CloudTrail: only the management account changes an organization trail.
    public static let notOrganizationMasterAccount = AWSError.Code(rawValue: "NotOrganizationMasterAccountException")
}

extension World {
    /// `StartLogging`: the trail records events again.
    /// - Throws: `TrailNotFoundException`, `NotOrganizationMasterAccountException`, `AccessDeniedException`.
    public mutating func startLogging(name: String, as session: Session) throws(AWSError) {
        let trail = try managedTrail(name, action: "cloudtrail:StartLogging", as: session)
        cloudTrail.trails[trail.trailARN]?.isLogging = true
    }

    /// `StopLogging`: the trail stops recording; what it recorded stays in its bucket.
    /// - Throws: `TrailNotFoundException`, `NotOrganizationMasterAccountException`, `AccessDeniedException`.
    public mutating func stopLogging(name: String, as session: Session) throws(AWSError) {
        let trail = try managedTrail(name, action: "cloudtrail:StopLogging", as: session)
        cloudTrail.trails[trail.trailARN]?.isLogging = false
    }

    /// `DeleteTrail`.
    /// - Throws: `TrailNotFoundException`, `NotOrganizationMasterAccountException`, `AccessDeniedException`.
    public mutating func deleteTrail(name: String, as session: Session) throws(AWSError) {
        let trail = try managedTrail(name, action: "cloudtrail:DeleteTrail", as: session)
        cloudTrail.trails[trail.trailARN] = nil
    }

    /// `GetTrailStatus`: whether the trail is logging.
    public func getTrailStatus(name: String, as session: Session) throws(AWSError) -> Bool {
        let trail = try visibleTrail(name, as: session)
        try requireTrailAccess("cloudtrail:GetTrailStatus", trail, as: session)
        return trail.isLogging
    }

    /// `PutEventSelectors` for management events: at most five selectors
    /// (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutEventSelectors.html).
    /// - Throws: `InvalidEventSelectorsException`, `TrailNotFoundException`, `AccessDeniedException`.
    public mutating func putEventSelectors(trailName: String, eventSelectors: [EventSelector], as session: Session)
        throws(AWSError)
    {
        guard (1...5).contains(eventSelectors.count) else {
            throw AWSError(
                .invalidEventSelectors, "A trail has 1 to 5 event selectors, not \(eventSelectors.count)")
        }
        let trail = try managedTrail(trailName, action: "cloudtrail:PutEventSelectors", as: session)
        cloudTrail.trails[trail.trailARN]?.eventSelectors = eventSelectors
    }

    /// `UpdateTrail`: changes only what the request names, with the checks `CreateTrail` makes
    /// on a new bucket, key or CloudWatch Logs delivery. An empty `kmsKeyID` turns SSE-KMS off.
    /// - Throws: the errors of `CreateTrail`, `TrailNotFoundException`, `AccessDeniedException`.
    @discardableResult
    public mutating func updateTrail(
        name: String,
        s3BucketName: String? = nil,
        s3KeyPrefix: String? = nil,
        isMultiRegionTrail: Bool? = nil,
        enableLogFileValidation: Bool? = nil,
        kmsKeyID: String? = nil,
        isOrganizationTrail: Bool? = nil,
        cloudWatchLogsLogGroupARN: String? = nil,
        cloudWatchLogsRoleARN: String? = nil,
        as session: Session
    ) throws(AWSError) -> Trail {
        var trail = try managedTrail(name, action: "cloudtrail:UpdateTrail", as: session)
        if s3BucketName != nil || s3KeyPrefix != nil {
            trail.s3BucketName = s3BucketName ?? trail.s3BucketName
            trail.s3KeyPrefix = s3KeyPrefix ?? trail.s3KeyPrefix
            try requireTrailBucket(
                trail.s3BucketName, prefix: trail.s3KeyPrefix, trailARN: trail.trailARN, session: session)
        }
        if let kmsKeyID {
            trail.kmsKeyID =
                kmsKeyID.isEmpty
                ? nil
                : try requireTrailKey(
                    kmsKeyID, bucket: trail.s3BucketName, trailARN: trail.trailARN, operation: "UpdateTrail",
                    session: session)
        }
        if cloudWatchLogsLogGroupARN != nil || cloudWatchLogsRoleARN != nil {
            trail.cloudWatchLogs = try trailCloudWatchLogs(
                logGroupARN: cloudWatchLogsLogGroupARN, roleARN: cloudWatchLogsRoleARN, trailARN: trail.trailARN,
                session: session)
        }
        trail.isMultiRegionTrail = isMultiRegionTrail ?? trail.isMultiRegionTrail
        trail.logFileValidationEnabled = enableLogFileValidation ?? trail.logFileValidationEnabled
        trail.isOrganizationTrail = isOrganizationTrail ?? trail.isOrganizationTrail
        cloudTrail.trails[trail.trailARN] = trail
        return trail
    }

    /// A trail the caller can see: by ARN, or by name in the caller's account and Region.
    private func visibleTrail(_ nameOrARN: String, as session: Session) throws(AWSError) -> Trail {
        if nameOrARN.hasPrefix("arn:") {
            guard let trail = cloudTrail.trails[nameOrARN] else {
                throw AWSError(.trailNotFound, "Unknown trail: \(nameOrARN) for the user: \(session.accountID)")
            }
            return trail
        }
        let arn = "arn:\(partition):cloudtrail:\(requestRegion(of: session)):\(session.accountID):trail/\(nameOrARN)"
        guard
            let trail = cloudTrail.trails[arn]
                ?? cloudTrail.trails.values.first(where: {
                    $0.name == nameOrARN && $0.accountID == session.accountID
                })
        else {
            throw AWSError(.trailNotFound, "Unknown trail: \(nameOrARN) for the user: \(session.accountID)")
        }
        return trail
    }

    /// A trail the caller changes: authorized first (so a guardrail's denial shows), then only
    /// in the trail's own account; an organization trail seen from a member account is the
    /// management account's to change.
    private func managedTrail(_ nameOrARN: String, action: String, as session: Session) throws(AWSError) -> Trail {
        let trail = try visibleTrail(nameOrARN, as: session)
        try requireTrailAccess(action, trail, as: session)
        guard trail.accountID == session.accountID else {
            throw AWSError(
                trail.isOrganizationTrail ? .notOrganizationMasterAccount : .trailNotFound,
                "\(trail.trailARN) belongs to account \(trail.accountID); only that account can change it")
        }
        return trail
    }

    private func requireTrailAccess(_ action: String, _ trail: Trail, as session: Session) throws(AWSError) {
        try requireAccess(
            AccessRequest(
                session: session, action: action,
                resource: ResourceReference(arn: trail.trailARN, accountID: trail.accountID)),
            deniedCode: .accessDeniedException)
    }
}
