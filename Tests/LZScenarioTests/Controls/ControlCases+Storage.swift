import Foundation
import LZSim

@testable import LZScenario

/// The S3 and CloudTrail controls' fixtures.
extension ControlCase {
    static let storage: [ControlCase] = [
        ControlCase(
            id: "S3.1",
            compliant: { fixture in
                try fixture.world.putAccountPublicAccessBlock(configuration: .allBlocked, as: fixture.admin)
                return .init(
                    resource: "app/account/s3-public-access-block",
                    status: .compliant("account Block Public Access is fully on"))
            },
            nonCompliant: { fixture in
                try fixture.world.putAccountPublicAccessBlock(
                    configuration: .init(
                        blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false,
                        restrictPublicBuckets: false), as: fixture.admin)
                return .init(
                    resource: "app/account/s3-public-access-block",
                    status: .nonCompliant(
                        "account Block Public Access has BlockPublicPolicy, RestrictPublicBuckets off"))
            }),
        ControlCase(
            id: "S3.5",
            compliant: { fixture in
                try fixture.world.createBucket(bucket: "app-data", as: fixture.admin)
                try fixture.world.putBucketPolicy(
                    bucket: "app-data",
                    policy:
                        #"{"Version":"2012-10-17","Statement":[{"Sid":"TLS","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::app-data","arn:aws:s3:::app-data/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
                    as: fixture.admin)
                return .init(
                    resource: "app/bucket/app-data", status: .compliant("bucket app-data denies requests without TLS"))
            },
            nonCompliant: { fixture in
                try fixture.world.createBucket(bucket: "app-data", as: fixture.admin)
                return .init(
                    resource: "app/bucket/app-data", status: .nonCompliant("bucket app-data has no bucket policy"))
            }),
        ControlCase(
            id: "S3.8",
            compliant: { fixture in
                try fixture.world.createBucket(bucket: "app-data", as: fixture.admin)
                return .init(
                    resource: "app/bucket/app-data", status: .compliant("bucket app-data blocks public access"))
            },
            nonCompliant: { fixture in
                try fixture.world.createBucket(bucket: "app-data", as: fixture.admin)
                try fixture.world.putPublicAccessBlock(
                    bucket: "app-data",
                    configuration: .init(
                        blockPublicAcls: false, ignorePublicAcls: true, blockPublicPolicy: true,
                        restrictPublicBuckets: true), as: fixture.admin)
                return .init(
                    resource: "app/bucket/app-data", status: .nonCompliant("bucket app-data has BlockPublicAcls off"))
            }),
        ControlCase(
            id: "S3.17",
            compliant: { fixture in
                try fixture.world.createBucket(bucket: "app-data", as: fixture.admin)
                try fixture.world.putBucketEncryption(
                    bucket: "app-data", configuration: .init(sseAlgorithm: .awsKMS), as: fixture.admin)
                return .init(
                    resource: "app/bucket/app-data", status: .compliant("bucket app-data encrypts with aws:kms"))
            },
            nonCompliant: { fixture in
                try fixture.world.createBucket(bucket: "app-data", as: fixture.admin)
                return .init(
                    resource: "app/bucket/app-data",
                    status: .nonCompliant("bucket app-data encrypts with AES256, expected aws:kms"))
            }),
        ControlCase(
            id: "CloudTrail.1",
            compliant: { fixture in
                _ = try fixture.trail("audit", multiRegion: true)
                return .init(
                    resource: "app/account/cloudtrail", status: .compliant("multi-Region trail audit logs the account"))
            },
            nonCompliant: { fixture in
                _ = try fixture.trail("audit", multiRegion: false)
                return .init(
                    resource: "app/account/cloudtrail",
                    status: .nonCompliant("no multi-Region trail logs the account's management events"))
            }),
        ControlCase(
            id: "CloudTrail.2",
            compliant: { fixture in
                let key = try fixture.world.createKey(policy: trailKeyPolicy(fixture.app), as: fixture.admin)
                _ = try fixture.trail("audit", kmsKeyID: key.arn)
                return .init(
                    resource: "app/trail/audit",
                    status: .compliant("trail audit encrypts its log files with \(key.arn)"))
            },
            nonCompliant: { fixture in
                _ = try fixture.trail("audit")
                return .init(
                    resource: "app/trail/audit",
                    status: .nonCompliant("trail audit does not encrypt its log files with a KMS key"))
            }),
        ControlCase(
            id: "CloudTrail.4",
            compliant: { fixture in
                _ = try fixture.trail("audit", validation: true)
                return .init(resource: "app/trail/audit", status: .compliant("trail audit writes digest files"))
            },
            nonCompliant: { fixture in
                _ = try fixture.trail("audit")
                return .init(
                    resource: "app/trail/audit", status: .nonCompliant("trail audit has log file validation off"))
            }),
        ControlCase(
            id: "CloudTrail.5",
            compliant: { fixture in
                let group = "arn:aws:logs:eu-west-1:\(fixture.app):log-group:trail:*"
                _ = try fixture.trail("audit", logGroup: group)
                return .init(resource: "app/trail/audit", status: .compliant("trail audit delivers to \(group)"))
            },
            nonCompliant: { fixture in
                _ = try fixture.trail("audit")
                return .init(
                    resource: "app/trail/audit",
                    status: .nonCompliant("trail audit delivers to no CloudWatch Logs log group"))
            }),
    ]

    /// A key policy for the account's root that lets CloudTrail encrypt the account's trails' logs.
    static func trailKeyPolicy(_ account: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(account):root"},"Action":"kms:*","Resource":"*"},{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"kms:GenerateDataKey*","Resource":"*","Condition":{"StringLike":{"kms:EncryptionContext:aws:cloudtrail:arn":"arn:aws:cloudtrail:*:\#(account):trail/*"}}}]}"#
    }
}
