import Foundation
import LZSim

extension StepOperations {
    /// S3 calls that change a bucket's policy, encryption or existence.
    static let s3ManagementCalls: [String: Entry] = [
        "s3:PutBucketPolicy": Entry(parameters: ["Bucket", "Policy"]) { world, session, with throws(StepFailure) in
            let (bucket, policy) = try read { () throws(ScenarioError) in
                (try with.required("Bucket"), try with.requiredDocument("Policy"))
            }
            try aws { () throws(AWSError) in try world.putBucketPolicy(bucket: bucket, policy: policy, as: session) }
            return .none
        },
        "s3:DeleteBucketPolicy": Entry(parameters: ["Bucket"]) { world, session, with throws(StepFailure) in
            let bucket = try read { () throws(ScenarioError) in try with.required("Bucket") }
            try aws { () throws(AWSError) in try world.deleteBucketPolicy(bucket: bucket, as: session) }
            return .none
        },
        "s3:DeleteBucket": Entry(parameters: ["Bucket"]) { world, session, with throws(StepFailure) in
            let bucket = try read { () throws(ScenarioError) in try with.required("Bucket") }
            try aws { () throws(AWSError) in try world.deleteBucket(bucket: bucket, as: session) }
            return .none
        },
        "s3:PutBucketEncryption": Entry(parameters: ["Bucket", "ServerSideEncryptionConfiguration"]) {
            world, session, with throws(StepFailure) in
            let (bucket, configuration) = try read { () throws(ScenarioError) in
                (try with.required("Bucket"), try encryptionConfiguration(with))
            }
            try aws { () throws(AWSError) in
                try world.putBucketEncryption(bucket: bucket, configuration: configuration, as: session)
            }
            return .none
        },
    ]

    /// AWS's shape: `{Rules: [{ApplyServerSideEncryptionByDefault: {SSEAlgorithm, KMSMasterKeyID}, BucketKeyEnabled}]}`.
    private static func encryptionConfiguration(_ with: StepParameters) throws(ScenarioError)
        -> ServerSideEncryptionConfiguration
    {
        guard let node = with.node("ServerSideEncryptionConfiguration") else {
            throw ScenarioError("the call needs 'ServerSideEncryptionConfiguration' in 'with'", at: with.location)
        }
        let fields = try Fields(node, "the ServerSideEncryptionConfiguration", allowed: ["Rules"])
        guard let rule = fields["Rules"]?.elements?.first else {
            throw ScenarioError(
                "the ServerSideEncryptionConfiguration needs 'Rules', a list of one rule", at: node.location)
        }
        let ruleFields = try Fields(
            rule, "a rule", allowed: ["ApplyServerSideEncryptionByDefault", "BucketKeyEnabled"])
        guard let defaults = ruleFields["ApplyServerSideEncryptionByDefault"] else {
            throw ScenarioError("a rule needs 'ApplyServerSideEncryptionByDefault'", at: rule.location)
        }
        let values = try Fields(
            defaults, "ApplyServerSideEncryptionByDefault", allowed: ["SSEAlgorithm", "KMSMasterKeyID"])
        let algorithm = try values.choice("SSEAlgorithm", ["AES256", "aws:kms"]) ?? "AES256"
        let key = try values["KMSMasterKeyID"].map { node throws(ScenarioError) in
            try with.text(node, "KMSMasterKeyID")
        }
        return ServerSideEncryptionConfiguration(
            sseAlgorithm: algorithm == "aws:kms" ? .awsKMS : .aes256, kmsMasterKeyID: key,
            bucketKeyEnabled: try ruleFields.bool("BucketKeyEnabled") ?? false)
    }
}
