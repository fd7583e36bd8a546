import Foundation
import LZPolicy
import LZSim
import Testing

/// What a platform team's guardrails protect on a trail: that it logs, where, with what, and
/// that it exists at all.
@Suite struct TrailManagementTests {
    static func loggingBucketPolicy(_ bucket: String, account: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::\#(bucket)"},{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::\#(bucket)/AWSLogs/\#(account)/*"}]}"#
    }

    /// A zone with a logging bucket in prod, and prod's administrator.
    static func zoneWithBucket() throws -> (LandingZone, Session) {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        try zone.world.createBucket(bucket: "lz-logs", as: admin)
        try zone.world.putBucketPolicy(
            bucket: "lz-logs", policy: loggingBucketPolicy("lz-logs", account: zone.prod), as: admin)
        return (zone, admin)
    }

    @Test("a new trail logs nothing until StartLogging, and StopLogging stops it")
    func logging() throws {
        var (zone, admin) = try Self.zoneWithBucket()
        let trail = try zone.world.createTrail(name: "main", s3BucketName: "lz-logs", as: admin)
        #expect(trail.isLogging == false)
        #expect(trail.eventSelectors == [EventSelector(readWriteType: .all, includeManagementEvents: true)])
        try zone.world.startLogging(name: "main", as: admin)
        #expect(try zone.world.getTrailStatus(name: "main", as: admin))
        try zone.world.stopLogging(name: trail.trailARN, as: admin)
        #expect(try zone.world.getTrailStatus(name: "main", as: admin) == false)
        let missing = #expect(throws: AWSError.self) { try zone.world.stopLogging(name: "other", as: admin) }
        #expect(missing?.code == .trailNotFound)
    }

    @Test("an SCP denying StopLogging and DeleteTrail protects the trail even from the account's administrator")
    func guardrail() throws {
        var (zone, admin) = try Self.zoneWithBucket()
        let trail = try zone.world.createTrail(name: "main", s3BucketName: "lz-logs", as: admin)
        let root = try zone.managementRoot
        let policy = try zone.world.createOrganizationPolicy(
            name: "protect-trail", description: "", type: .serviceControlPolicy,
            content: Fixture.deny("cloudtrail:*", "arn:aws:cloudtrail:*:*:trail/main"), as: root)
        try zone.world.attachPolicy(policyID: policy.id, targetID: zone.prod, as: root)
        let stop = #expect(throws: AWSError.self) { try zone.world.stopLogging(name: "main", as: admin) }
        let delete = #expect(throws: AWSError.self) { try zone.world.deleteTrail(name: "main", as: admin) }
        let update = #expect(throws: AWSError.self) {
            try zone.world.updateTrail(name: "main", enableLogFileValidation: false, as: admin)
        }
        #expect([stop?.code, delete?.code, update?.code] == Array(repeating: .accessDeniedException, count: 3))
        #expect(zone.world.cloudTrail.trails[trail.trailARN] != nil)
    }

    @Test("UpdateTrail changes only what it names, and checks a new key as CreateTrail does")
    func update() throws {
        var (zone, admin) = try Self.zoneWithBucket()
        try zone.world.createTrail(name: "main", s3BucketName: "lz-logs", as: admin)
        let updated = try zone.world.updateTrail(
            name: "main", isMultiRegionTrail: true, enableLogFileValidation: true, as: admin)
        #expect(updated.isMultiRegionTrail && updated.logFileValidationEnabled && updated.s3BucketName == "lz-logs")
        let keyWithoutCloudTrail = try zone.world.createKey(as: admin)
        let refused = #expect(throws: AWSError.self) {
            try zone.world.updateTrail(name: "main", kmsKeyID: keyWithoutCloudTrail.arn, as: admin)
        }
        #expect(refused?.code == .insufficientEncryptionPolicy)
        let noBucket = #expect(throws: AWSError.self) {
            try zone.world.updateTrail(name: "main", s3BucketName: "gone", as: admin)
        }
        #expect(noBucket?.code == .s3BucketDoesNotExist)
        try zone.world.putEventSelectors(
            trailName: "main", eventSelectors: [EventSelector(readWriteType: .writeOnly)], as: admin)
        #expect(try zone.world.trail("main").eventSelectors == [EventSelector(readWriteType: .writeOnly)])
        let tooMany = #expect(throws: AWSError.self) {
            try zone.world.putEventSelectors(trailName: "main", eventSelectors: [], as: admin)
        }
        #expect(tooMany?.code == .invalidEventSelectors)
        try zone.world.deleteTrail(name: "main", as: admin)
        #expect(zone.world.cloudTrail.trails.isEmpty)
    }

    @Test("CloudWatch Logs delivery needs both ARNs and a role CloudTrail may assume")
    func cloudWatchLogs() throws {
        var (zone, admin) = try Self.zoneWithBucket()
        let group = "arn:aws:logs:us-east-1:\(zone.prod):log-group:trail:*"
        let onlyGroup = #expect(throws: AWSError.self) {
            try zone.world.createTrail(
                name: "main", s3BucketName: "lz-logs", cloudWatchLogsLogGroupARN: group, as: admin)
        }
        #expect(onlyGroup?.code == .invalidCloudWatchLogsRoleARN)
        try zone.world.createRole(
            roleName: "NotForCloudTrail",
            assumeRolePolicyDocument: Fixture.trust(principal: "arn:aws:iam::\(zone.prod):root"), as: admin)
        let untrusted = #expect(throws: AWSError.self) {
            try zone.world.createTrail(
                name: "main", s3BucketName: "lz-logs", cloudWatchLogsLogGroupARN: group,
                cloudWatchLogsRoleARN: "arn:aws:iam::\(zone.prod):role/NotForCloudTrail", as: admin)
        }
        #expect(untrusted?.code == .invalidCloudWatchLogsRoleARN)
        try zone.world.createRole(
            roleName: "CloudTrailToLogs",
            assumeRolePolicyDocument:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
            as: admin)
        let badGroup = #expect(throws: AWSError.self) {
            try zone.world.createTrail(
                name: "main", s3BucketName: "lz-logs", cloudWatchLogsLogGroupARN: "arn:aws:logs:us-east-1:1:x",
                cloudWatchLogsRoleARN: "arn:aws:iam::\(zone.prod):role/CloudTrailToLogs", as: admin)
        }
        #expect(badGroup?.code == .invalidCloudWatchLogsLogGroupARN)
        let trail = try zone.world.createTrail(
            name: "main", s3BucketName: "lz-logs", cloudWatchLogsLogGroupARN: group,
            cloudWatchLogsRoleARN: "arn:aws:iam::\(zone.prod):role/CloudTrailToLogs", as: admin)
        #expect(trail.cloudWatchLogs?.logGroupARN == group)
    }

    @Test("DeleteBucket refuses a bucket with objects, and PutBucketTagging refuses AWS's own prefix")
    func buckets() throws {
        var (zone, admin) = try Self.zoneWithBucket()
        try zone.world.putObject(bucket: "lz-logs", key: "a", body: Data("x".utf8), as: admin)
        let notEmpty = #expect(throws: AWSError.self) { try zone.world.deleteBucket(bucket: "lz-logs", as: admin) }
        #expect(notEmpty?.code == .bucketNotEmpty)
        try zone.world.createBucket(bucket: "empty-bucket", as: admin)
        try zone.world.putBucketTagging(bucket: "empty-bucket", tags: ["env": "prod"], as: admin)
        #expect(try zone.world.bucket("empty-bucket").tags == ["env": "prod"])
        let reserved = #expect(throws: AWSError.self) {
            try zone.world.putBucketTagging(bucket: "empty-bucket", tags: ["aws:x": "y"], as: admin)
        }
        #expect(reserved?.code == .invalidS3Tag)
        try zone.world.deleteBucket(bucket: "empty-bucket", as: admin)
        let gone = #expect(throws: AWSError.self) { try zone.world.bucket("empty-bucket") }
        #expect(gone?.code == .noSuchBucket)
    }
}
