import Foundation
import LZSim

extension StepOperations {
    /// CloudTrail calls: what a guardrail protecting the organization trail must refuse.
    static let cloudTrailCalls: [String: Entry] = [
        "cloudtrail:StopLogging": trailCall { world, session, name throws(AWSError) in
            try world.stopLogging(name: name, as: session)
        },
        "cloudtrail:StartLogging": trailCall { world, session, name throws(AWSError) in
            try world.startLogging(name: name, as: session)
        },
        "cloudtrail:DeleteTrail": trailCall { world, session, name throws(AWSError) in
            try world.deleteTrail(name: name, as: session)
        },
        "cloudtrail:UpdateTrail": Entry(
            parameters: [
                "Name", "S3BucketName", "S3KeyPrefix", "IsMultiRegionTrail", "EnableLogFileValidation", "KmsKeyId",
                "IsOrganizationTrail", "CloudWatchLogsLogGroupArn", "CloudWatchLogsRoleArn",
            ]
        ) { world, session, with throws(StepFailure) in
            let (name, bucket, prefix, multiRegion, validation) = try read { () throws(ScenarioError) in
                (
                    try with.required("Name"), try with.string("S3BucketName"), try with.string("S3KeyPrefix"),
                    try with.bool("IsMultiRegionTrail"), try with.bool("EnableLogFileValidation")
                )
            }
            let (key, organization, group, role) = try read { () throws(ScenarioError) in
                (
                    try with.string("KmsKeyId"), try with.bool("IsOrganizationTrail"),
                    try with.string("CloudWatchLogsLogGroupArn"), try with.string("CloudWatchLogsRoleArn")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.updateTrail(
                        name: name, s3BucketName: bucket, s3KeyPrefix: prefix, isMultiRegionTrail: multiRegion,
                        enableLogFileValidation: validation, kmsKeyID: key, isOrganizationTrail: organization,
                        cloudWatchLogsLogGroupARN: group, cloudWatchLogsRoleARN: role, as: session
                    ).trailARN
                })
        },
    ]

    /// A call on one trail by `Name` (its name or ARN).
    private static func trailCall(_ body: @escaping @Sendable (inout World, Session, String) throws(AWSError) -> Void)
        -> Entry
    {
        Entry(parameters: ["Name"]) { world, session, with throws(StepFailure) in
            let name = try read { () throws(ScenarioError) in try with.required("Name") }
            try aws { () throws(AWSError) in try body(&world, session, name) }
            return .none
        }
    }
}

extension StepOperations {
    /// The calls on certificates, keys' management, EBS, RDS, trails and buckets' settings.
    static let workloadCalls: [String: Entry] = [
        certificateCalls, kmsManagementCalls, ec2Calls, rdsCalls, cloudTrailCalls, s3ManagementCalls, route53Calls,
        resourceShareCalls,
    ].reduce(into: [:]) { all, calls in all.merge(calls) { first, _ in first } }
}
