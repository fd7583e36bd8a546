import Foundation
import LZSim

extension StepOperations {
    /// S3 calls: objects go through the bucket's policy and default encryption, and SSE-KMS
    /// objects call KMS as the caller, through S3.
    static let s3Calls: [String: Entry] = [
        "s3:CreateBucket": Entry(parameters: ["Bucket"]) { world, session, with throws(StepFailure) in
            let bucket = try read { () throws(ScenarioError) in try with.required("Bucket") }
            return .text(try aws { () throws(AWSError) in try world.createBucket(bucket: bucket, as: session).arn })
        },
        "s3:PutObject": Entry(parameters: ["Bucket", "Key", "Body", "ServerSideEncryption", "SSEKMSKeyId"]) {
            world, session, with throws(StepFailure) in
            let (bucket, key, body, algorithm, keyID) = try read { () throws(ScenarioError) in
                (
                    try with.required("Bucket"), try with.required("Key"), try with.string("Body") ?? "",
                    try with.string("ServerSideEncryption"), try with.string("SSEKMSKeyId")
                )
            }
            var encryption: ServerSideEncryption?
            if let algorithm {
                guard let parsed = ServerSideEncryption(rawValue: algorithm) else {
                    throw .scenario(
                        ScenarioError(
                            "expected AES256 or aws:kms for 'ServerSideEncryption', found '\(algorithm)'",
                            at: with.location))
                }
                encryption = parsed
            }
            let result = try aws { () throws(AWSError) in
                try world.putObject(
                    bucket: bucket, key: key, body: Data(body.utf8), serverSideEncryption: encryption,
                    sseKMSKeyID: keyID,
                    as: session)
            }
            return .text(result.sseKMSKeyID ?? result.serverSideEncryption.rawValue)
        },
        "s3:GetObject": Entry(parameters: ["Bucket", "Key"]) { world, session, with throws(StepFailure) in
            let (bucket, key) = try read { () throws(ScenarioError) in
                (try with.required("Bucket"), try with.required("Key"))
            }
            return .text(
                String(
                    decoding: try aws { () throws(AWSError) in
                        try world.getObject(bucket: bucket, key: key, as: session)
                    }.body, as: UTF8.self))
        },
    ]
}
