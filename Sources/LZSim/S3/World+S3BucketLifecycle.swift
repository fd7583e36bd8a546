import Foundation

extension AWSError.Code {
    /// S3: a bucket must be empty to be deleted.
    public static let bucketNotEmpty = AWSError.Code(rawValue: "BucketNotEmpty")
    /// S3: a tag set breaks S3's tagging rules.
    public static let invalidS3Tag = AWSError.Code(rawValue: "InvalidTag")
}

extension World {
    /// `DeleteBucket`: only an empty bucket can be deleted
    /// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html). A trail that
    /// delivered to it keeps its name and fails its next delivery, as in AWS.
    /// - Throws: `NoSuchBucket`, `BucketNotEmpty`, `AccessDenied`.
    public mutating func deleteBucket(bucket name: String, as session: Session) throws(AWSError) {
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:DeleteBucket", bucket: bucket, as: session)
        guard bucket.objects.isEmpty else {
            throw AWSError(.bucketNotEmpty, "The bucket you tried to delete is not empty: \(name)")
        }
        s3.buckets[name] = nil
    }

    /// `PutBucketTagging` (action `s3:PutBucketTagging`): replaces the bucket's tags; at most 50,
    /// keys of at most 128 characters and values of at most 256, no key starting `aws:`
    /// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketTagging.html).
    /// - Throws: `InvalidTag`, `NoSuchBucket`, `AccessDenied`.
    public mutating func putBucketTagging(bucket name: String, tags: [String: String], as session: Session)
        throws(AWSError)
    {
        guard tags.count <= 50 else {
            throw AWSError(.invalidS3Tag, "a bucket has at most 50 tags, not \(tags.count)")
        }
        for (key, value) in tags {
            guard (1...128).contains(key.count), value.count <= 256, !key.lowercased().hasPrefix("aws:") else {
                throw AWSError(
                    .invalidS3Tag,
                    "tag '\(key)' must have a key of 1 to 128 characters not starting with aws: and a value of at most 256"
                )
            }
        }
        let bucket = try self.bucket(name)
        try requireBucketAccess("s3:PutBucketTagging", bucket: bucket, as: session)
        try updateBucket(name) { (bucket: inout S3Bucket) throws(AWSError) in bucket.tags = tags }
    }
}
