import Foundation
import LZSim

extension WorkloadsBuilder {
    // MARK: - S3, EBS, RDS

    func buildStorage(_ storage: StorageDeclaration, of account: Named, into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        if let block = storage.publicAccessBlock {
            try call(account, at: block.location, &built) { world, root throws(AWSError) in
                try world.putAccountPublicAccessBlock(configuration: Self.configuration(block), as: root)
            }
        }
        for bucket in storage.buckets { try buildBucket(bucket, of: account, into: &built) }
        for defaults in storage.ebsDefaults {
            let regions = defaults.region.text == "*" ? built.world.regions : [defaults.region.text]
            for region in regions {
                let key = try defaults.defaultKey.map { key throws(ScenarioError) in
                    try KeyReference.arn(key, account: account.text, region: region, built: built)
                }
                try call(account, region: region, at: defaults.region.location, &built) {
                    world, root throws(AWSError) in
                    switch defaults.encryptionByDefault {
                    case true?: try world.enableEbsEncryptionByDefault(as: root)
                    case false?: try world.disableEbsEncryptionByDefault(as: root)
                    case nil: break
                    }
                    if let key { try world.modifyEbsDefaultKmsKeyId(kmsKeyID: key, as: root) }
                }
            }
        }
        for volume in storage.volumes {
            let region = volume.region ?? built.world.regions[0]
            let key = try volume.key.map { key throws(ScenarioError) in
                try KeyReference.arn(key, account: account.text, region: region, built: built)
            }
            let id = try call(account, region: region, at: volume.name.location, &built) {
                world, root throws(AWSError) in
                guard volume.attached else {
                    return try world.createVolume(
                        size: volume.size, availabilityZone: volume.availabilityZone, encrypted: volume.encrypted,
                        kmsKeyID: key, as: root
                    ).volumeID
                }
                return try world.runInstances(
                    rootVolumeSize: volume.size, encrypted: volume.encrypted, kmsKeyID: key, as: root
                ).rootVolumeID
            }
            built.record("volumes", account, volume.name, id)
        }
        for instance in storage.dbInstances {
            let region = instance.region ?? built.world.regions[0]
            let key = try instance.key.map { key throws(ScenarioError) in
                try KeyReference.arn(key, account: account.text, region: region, built: built)
            }
            let arn = try call(account, region: region, at: instance.name.location, &built) {
                world, root throws(AWSError) in
                try world.createDBInstance(
                    dbInstanceIdentifier: instance.identifier, engine: instance.engine,
                    dbInstanceClass: instance.instanceClass, allocatedStorage: instance.allocatedStorage,
                    storageEncrypted: instance.storageEncrypted, kmsKeyID: key, as: root
                ).arn
            }
            built.record("db_instances", account, instance.name, arn)
        }
    }

    private func buildBucket(_ bucket: StorageDeclaration.Bucket, of account: Named, into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        let name = try built.substitute(bucket.bucketName.text, at: bucket.bucketName.location)
        let region = bucket.region ?? built.world.regions[0]
        let location = bucket.name.location
        let arn = try call(account, region: region, at: location, &built) { world, root throws(AWSError) in
            try world.createBucket(bucket: name, as: root).arn
        }
        built.record("buckets", account, bucket.name, arn)
        built.record("bucket_names", account, bucket.name, name)
        if let algorithm = bucket.algorithm {
            let key = try bucket.key.map { key throws(ScenarioError) in
                try KeyReference.arn(key, account: account.text, region: region, built: built)
            }
            let configuration = ServerSideEncryptionConfiguration(
                sseAlgorithm: algorithm == "aws:kms" ? .awsKMS : .aes256, kmsMasterKeyID: key,
                bucketKeyEnabled: bucket.bucketKey)
            try call(account, region: region, at: bucket.key?.location ?? location, &built) {
                world, root throws(AWSError) in
                try world.putBucketEncryption(bucket: name, configuration: configuration, as: root)
            }
        }
        if let block = bucket.publicAccessBlock {
            try call(account, region: region, at: block.location, &built) { world, root throws(AWSError) in
                try world.putPublicAccessBlock(bucket: name, configuration: Self.configuration(block), as: root)
            }
        }
        if let policy = bucket.policy {
            let text = try built.substitute(policy.text, at: policy.location)
            let root = try built.root(of: account, region: region)
            try WorldCall.run(document: policy, name: bucket.name, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.putBucketPolicy(bucket: name, policy: text, as: root)
            }
        }
        if !bucket.tags.isEmpty {
            try call(account, region: region, at: location, &built) { world, root throws(AWSError) in
                try world.putBucketTagging(bucket: name, tags: bucket.tags, as: root)
            }
        }
    }

    static func configuration(_ block: StorageDeclaration.PublicAccessBlock) -> PublicAccessBlockConfiguration {
        PublicAccessBlockConfiguration(
            blockPublicAcls: block.blockPublicAcls, ignorePublicAcls: block.ignorePublicAcls,
            blockPublicPolicy: block.blockPublicPolicy, restrictPublicBuckets: block.restrictPublicBuckets)
    }

    // MARK: - CloudTrail

    func buildTrail(_ trail: TrailDeclaration, of account: Named, into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        let region = trail.region ?? built.world.regions[0]
        let bucket = try bucketName(trail.bucket, of: account, built)
        let key = try trail.key.map { key throws(ScenarioError) in
            try KeyReference.arn(key, account: account.text, region: region, built: built)
        }
        var roleARN: String?
        if let role = trail.cloudWatchRole {
            roleARN =
                role.text.hasPrefix("arn:")
                ? role.text
                : try built.principalARN(
                    Named(
                        text: role.text.contains("/") ? role.text : "\(account.text)/role/\(role.text)",
                        location: role.location))
        }
        let logGroup = try trail.cloudWatchLogGroup.map { text throws(ScenarioError) in
            try built.substitute(text, at: trail.name.location)
        }
        let arn = try call(account, region: region, at: trail.name.location, &built) { world, root throws(AWSError) in
            try world.createTrail(
                name: trail.name.text, s3BucketName: bucket, s3KeyPrefix: trail.prefix,
                isMultiRegionTrail: trail.multiRegion, enableLogFileValidation: trail.logFileValidation, kmsKeyID: key,
                isOrganizationTrail: trail.organization, cloudWatchLogsLogGroupARN: logGroup,
                cloudWatchLogsRoleARN: roleARN, as: root
            ).trailARN
        }
        if let events = trail.managementEvents {
            let selector =
                events.text == "none"
                ? EventSelector(includeManagementEvents: false)
                : EventSelector(readWriteType: EventSelector.ReadWriteType(rawValue: events.text)!)
            try call(account, region: region, at: events.location, &built) { world, root throws(AWSError) in
                try world.putEventSelectors(trailName: arn, eventSelectors: [selector], as: root)
            }
        }
        if trail.logging {
            try call(account, region: region, at: trail.name.location, &built) { world, root throws(AWSError) in
                try world.startLogging(name: arn, as: root)
            }
        }
        built.record("trails", account, trail.name, arn)
    }

    /// A bucket by its scenario name (`NAME` in this account, `ACCOUNT/NAME`) or its S3 name.
    private func bucketName(_ reference: Named, of account: Named, _ built: BuiltFoundation) throws(ScenarioError)
        -> String
    {
        let text = try built.substitute(reference.text, at: reference.location)
        if let name = built.workloadID("bucket_names", named: text, of: account.text) { return name }
        if built.world.s3.buckets[text] != nil { return text }
        throw ScenarioError(
            "no bucket named '\(text)'; expected a bucket's scenario name, ACCOUNT/NAME or its S3 name",
            at: reference.location,
            hint: Suggestion.hint(
                for: text,
                among: built.workloadIDs.keys.filter { $0.hasPrefix("bucket_names.") }.map { key in
                    let name = key.dropFirst("bucket_names.".count).replacingOccurrences(of: ".", with: "/")
                    return name.hasPrefix(account.text + "/") ? String(name.dropFirst(account.text.count + 1)) : name
                }))
    }
}
