import Crypto
public import Foundation
import LZPolicy

/// What `PutObject` returns.
public struct PutObjectResult: Sendable, Hashable {
    /// How the object is encrypted.
    public var serverSideEncryption: ServerSideEncryption
    /// For SSE-KMS, the key's ARN.
    public var sseKMSKeyID: String?
    /// Whether a bucket key encrypted it.
    public var bucketKeyEnabled: Bool
}

extension World {
    /// `PutObject`. The body is encrypted for real: with SSE-S3 under a key S3 keeps; with SSE-KMS
    /// under a data key that S3 asks KMS for *as the caller* (`aws:CalledVia` `s3.amazonaws.com`,
    /// `kms:ViaService` `s3.REGION.amazonaws.com`, encryption context `aws:s3:arn`), so the caller
    /// needs `kms:GenerateDataKey` on the key as well as `s3:PutObject`
    /// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html).
    ///
    /// With an S3 Bucket Key the encryption context is the bucket's ARN and the data key is made
    /// once per bucket; lzsim still authorizes `kms:GenerateDataKey` for every upload, as if S3's
    /// cache of the bucket key were empty, so access is judged the same whichever principal uploads first.
    /// - Parameters:
    ///   - serverSideEncryption: The `x-amz-server-side-encryption` header; the bucket's default when `nil`.
    ///   - sseKMSKeyID: The KMS key for `aws:kms`; the bucket's default, else `aws/s3`.
    ///   - encryptionContext: Extra encryption context for SSE-KMS.
    ///   - bucketKeyEnabled: Overrides the bucket's setting.
    ///   - acl: A canned ACL (`bucket-owner-full-control`), seen by policies as `s3:x-amz-acl`.
    /// - Throws: `NoSuchBucket`, `InvalidArgument`, `AccessDenied` (from S3 or from KMS),
    ///   `KMS.DisabledException`, `KMS.NotFoundException`, `KMS.KMSInvalidStateException`.
    @discardableResult
    public mutating func putObject(
        bucket name: String,
        key objectKey: String,
        body: Data,
        serverSideEncryption: ServerSideEncryption? = nil,
        sseKMSKeyID: String? = nil,
        encryptionContext: EncryptionContext = [:],
        bucketKeyEnabled: Bool? = nil,
        acl: String? = nil,
        as session: Session
    ) throws(AWSError) -> PutObjectResult {
        guard !objectKey.isEmpty, objectKey.utf8.count <= 1_024 else {
            throw AWSError(.invalidArgument, "object key '\(objectKey.prefix(64))' must be 1 to 1024 bytes")
        }
        let bucket = try self.bucket(name)
        var context: [String: [String]] = [:]
        if let acl { context["s3:x-amz-acl"] = [acl] }
        if let serverSideEncryption { context["s3:x-amz-server-side-encryption"] = [serverSideEncryption.rawValue] }
        if let sseKMSKeyID { context["s3:x-amz-server-side-encryption-aws-kms-key-id"] = [sseKMSKeyID] }
        try requireBucketAccess("s3:PutObject", bucket: bucket, objectKey: objectKey, as: session, context: context)
        let algorithm = serverSideEncryption ?? bucket.encryption.sseAlgorithm
        if algorithm == .aes256, sseKMSKeyID != nil {
            throw AWSError(.invalidArgument, "a KMS key is given only with aws:kms, not AES256")
        }
        let objectARN = "\(bucket.arn)/\(objectKey)"
        let object: S3Object
        switch algorithm {
        case .aes256:
            object = S3Object(
                key: objectKey, size: body.count, serverSideEncryption: .aes256, sseKMSKeyID: nil,
                bucketKeyEnabled: false, encryptionContext: [:], encryptedDataKey: nil,
                sealedBody: try Self.sealBody(body, key: s3ManagedKey(bucket: bucket), aad: objectARN),
                lastModified: now)
        case .awsKMS:
            let useBucketKey = bucketKeyEnabled ?? bucket.encryption.bucketKeyEnabled
            let viaS3 = session.with {
                $0.calledVia.append("s3.amazonaws.com")
                $0.region = bucket.region
            }
            let keyID: String
            if let given = sseKMSKeyID ?? (serverSideEncryption == nil ? bucket.encryption.kmsMasterKeyID : nil) {
                keyID = given
            } else {
                keyID = try awsManagedKey(service: "s3", accountID: bucket.accountID, region: bucket.region).arn
            }
            var kmsContext = encryptionContext
            kmsContext["aws:s3:arn"] = useBucketKey ? bucket.arn : objectARN
            let caller = prepare(viaS3, memoizingDecisions: false)
            let dataKey: (plaintext: Data, ciphertext: Data, keyARN: String)
            do {
                if useBucketKey, let cached = bucket.bucketKey,
                    (try? resolveKey(keyID, for: viaS3, operation: "GenerateDataKey", rules: .cryptographic).key.arn)
                        == cached.kmsKeyARN
                {
                    let key = try resolveKey(keyID, for: viaS3, operation: "GenerateDataKey", rules: .cryptographic).key
                    try requireKeyAccess(
                        "kms:GenerateDataKey", on: key, as: caller, context: Self.contextKeys(kmsContext))
                    try requireUsable(key, usage: .encryptDecrypt, operation: "GenerateDataKey")
                    let plaintext = try open(
                        cached.ciphertext, keyID: nil, context: kmsContext, algorithm: .symmetricDefault,
                        grantTokens: [], action: "kms:Decrypt", operation: "Decrypt", as: caller)
                    dataKey = (plaintext.0, cached.ciphertext, cached.kmsKeyARN)
                } else {
                    let generated = try generateDataKey(
                        keyID: keyID, keySpec: .aes256, numberOfBytes: nil, encryptionContext: kmsContext,
                        grantTokens: [], withPlaintext: true, as: caller)
                    dataKey = (generated.plaintext ?? Data(), generated.ciphertextBlob, generated.keyID)
                }
            } catch {
                throw Self.s3Error(fromKMS: error)
            }
            if useBucketKey {
                try updateBucket(name) { (bucket: inout S3Bucket) throws(AWSError) in
                    bucket.bucketKey = (dataKey.keyARN, dataKey.ciphertext)
                }
            }
            object = S3Object(
                key: objectKey, size: body.count, serverSideEncryption: .awsKMS, sseKMSKeyID: dataKey.keyARN,
                bucketKeyEnabled: useBucketKey, encryptionContext: kmsContext, encryptedDataKey: dataKey.ciphertext,
                sealedBody: try Self.sealBody(body, key: SymmetricKey(data: dataKey.plaintext), aad: objectARN),
                lastModified: now)
        }
        try updateBucket(name) { (bucket: inout S3Bucket) throws(AWSError) in bucket.objects[objectKey] = object }
        return PutObjectResult(
            serverSideEncryption: object.serverSideEncryption, sseKMSKeyID: object.sseKMSKeyID,
            bucketKeyEnabled: object.bucketKeyEnabled)
    }

    /// `GetObject`. An SSE-KMS object's data key is decrypted by KMS as the caller through S3, so
    /// the caller needs `kms:Decrypt` on the key as well as `s3:GetObject`.
    /// - Throws: `NoSuchBucket`, `NoSuchKey`, `AccessDenied` (from S3 or KMS), KMS state errors.
    public func getObject(bucket name: String, key objectKey: String, as session: Session) throws(AWSError)
        -> GetObjectResult
    {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:GetObject", bucket: bucket, objectKey: objectKey, as: session)
        guard let object = bucket.objects[objectKey] else {
            throw AWSError(.noSuchKey, "The specified key does not exist: \(objectKey)")
        }
        let objectARN = "\(bucket.arn)/\(objectKey)"
        let body: Data
        switch object.serverSideEncryption {
        case .aes256:
            body = try Self.openBody(object.sealedBody, key: s3ManagedKey(bucket: bucket), aad: objectARN)
        case .awsKMS:
            let viaS3 = session.with {
                $0.calledVia.append("s3.amazonaws.com")
                $0.region = bucket.region
            }
            let dataKey: Data
            do {
                dataKey = try decrypt(
                    ciphertextBlob: object.encryptedDataKey ?? Data(), encryptionContext: object.encryptionContext,
                    as: prepare(viaS3, memoizingDecisions: false)
                ).plaintext
            } catch {
                throw Self.s3Error(fromKMS: error)
            }
            body = try Self.openBody(object.sealedBody, key: SymmetricKey(data: dataKey), aad: objectARN)
        }
        return GetObjectResult(
            body: body, serverSideEncryption: object.serverSideEncryption, sseKMSKeyID: object.sseKMSKeyID,
            bucketKeyEnabled: object.bucketKeyEnabled)
    }

    // MARK: - Helpers

    /// The key SSE-S3 uses for a bucket, derived from the world's seed and the bucket's name.
    func s3ManagedKey(bucket: S3Bucket) -> SymmetricKey {
        var seedBytes = seed.bigEndian
        let ikm = withUnsafeBytes(of: &seedBytes) { SymmetricKey(data: Data("lzsim-s3-managed".utf8) + Data($0)) }
        return HKDF<SHA256>.deriveKey(
            inputKeyMaterial: ikm, salt: Data(bucket.name.utf8), info: Data("sse-s3".utf8), outputByteCount: 32)
    }

    static func sealBody(_ body: Data, key: SymmetricKey, aad: String) throws(AWSError) -> Data {
        do {
            guard let combined = try AES.GCM.seal(body, using: key, authenticating: Data(aad.utf8)).combined else {
                throw AWSError(.kmsInternal, "could not seal the object body")
            }
            return combined
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(.kmsInternal, "could not seal the object body: \(error)")
        }
    }

    static func openBody(_ sealed: Data, key: SymmetricKey, aad: String) throws(AWSError) -> Data {
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: key, authenticating: Data(aad.utf8))
        } catch {
            throw AWSError(.invalidArgument, "the object body does not decrypt: \(error)")
        }
    }

    /// The encryption-context condition keys of a context.
    static func contextKeys(_ context: EncryptionContext) -> [String: [String]] {
        var keys: [String: [String]] = [:]
        encryptionContextKeys(context, into: &keys)
        return keys
    }

    /// KMS errors as S3 reports them: denials as `AccessDenied` (KMS's message kept), other KMS
    /// errors with S3's `KMS.` prefix.
    static func s3Error(fromKMS error: AWSError) -> AWSError {
        var mapped = error
        switch error.code {
        case .accessDeniedException: mapped.code = .accessDenied
        case .disabled: mapped.code = .kmsDisabled
        case .notFound: mapped.code = .kmsNotFound
        case .kmsInvalidState: mapped.code = .kmsInvalidStateS3
        default: break
        }
        return mapped
    }
}
