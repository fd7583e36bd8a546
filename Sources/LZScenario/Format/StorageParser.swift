/// Reads an account's `s3`, `ebs` and `rds` sections, its trails, and the grants under `kms`.
struct StorageParser {
    let resolver: PathResolver

    func parse(_ fields: Fields, account: Named) throws(ScenarioError) -> StorageDeclaration {
        var storage = StorageDeclaration()
        let owner = "'\(account.text)'"
        if let node = fields["s3"] {
            let s3 = try Fields(node, "the S3 of \(owner)", allowed: ["public_access_block", "buckets"])
            storage.publicAccessBlock = try s3["public_access_block"].map { node throws(ScenarioError) in
                try publicAccessBlock(node, of: "the S3 of \(owner)")
            }
            for (name, location, value) in try s3.named("buckets") {
                storage.buckets.append(try bucket(Named(text: name, location: location), value))
            }
        }
        if let node = fields["ebs"] {
            let what = "the EBS of \(owner)"
            let ebs = try Fields(
                node, what, allowed: ["encryption_by_default", "default_key", "regions", "by_region", "volumes"])
            // `by_region` sets each Region on its own: {eu-west-1: {encryption_by_default, default_key}}.
            for (region, location, value) in try ebs.named("by_region") {
                let settings = try Fields(
                    value, "the EBS of \(owner) in \(region)", allowed: ["encryption_by_default", "default_key"])
                storage.ebsDefaults.append(
                    .init(
                        region: Named(text: region, location: location),
                        encryptionByDefault: try settings.bool("encryption_by_default"),
                        defaultKey: try settings.name("default_key")))
            }
            if ebs.has("encryption_by_default") || ebs.has("default_key") {
                let regions = try ebs.strings("regions").map { Named(text: $0.text, location: $0.location) }
                for region in regions.isEmpty ? [Named(text: "*", location: node.location)] : regions {
                    storage.ebsDefaults.append(
                        .init(
                            region: region, encryptionByDefault: try ebs.bool("encryption_by_default"),
                            defaultKey: try ebs.name("default_key")))
                }
            }
            for (name, location, value) in try ebs.named("volumes") {
                let volume = try Fields(
                    value, "volume '\(name)'",
                    allowed: ["size", "encrypted", "key", "attached", "region", "availability_zone"])
                storage.volumes.append(
                    .init(
                        name: Named(text: name, location: location), size: try volume.int("size") ?? 8,
                        encrypted: try volume.bool("encrypted"), key: try volume.name("key"),
                        attached: try volume.bool("attached") ?? false, region: try volume.string("region"),
                        availabilityZone: try volume.string("availability_zone")))
            }
        }
        if let node = fields["rds"] {
            let rds = try Fields(node, "the RDS of \(owner)", allowed: ["instances"])
            for (name, location, value) in try rds.named("instances") {
                let instance = try Fields(
                    value, "DB instance '\(name)'",
                    allowed: [
                        "identifier", "engine", "instance_class", "allocated_storage", "storage_encrypted", "key",
                        "region",
                    ])
                storage.dbInstances.append(
                    .init(
                        name: Named(text: name, location: location),
                        identifier: try instance.string("identifier") ?? name,
                        engine: try instance.string("engine") ?? "postgres",
                        instanceClass: try instance.string("instance_class") ?? "db.t3.micro",
                        allocatedStorage: try instance.int("allocated_storage") ?? 20,
                        storageEncrypted: try instance.bool("storage_encrypted") ?? false,
                        key: try instance.name("key"), region: try instance.string("region")))
            }
        }
        return storage
    }

    private func bucket(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> StorageDeclaration.Bucket {
        let what = "bucket '\(name.text)'"
        let fields = try Fields(
            node, what, allowed: ["name", "region", "encryption", "public_access_block", "policy", "tags"])
        var algorithm: String?
        var key: Named?
        var bucketKey = false
        if let node = fields["encryption"] {
            let encryption = try Fields(
                node, "the encryption of \(what)", allowed: ["algorithm", "key", "bucket_key"])
            algorithm = try encryption.choice("algorithm", ["AES256", "aws:kms"])
            key = try encryption.name("key")
            if key != nil, algorithm == nil { algorithm = "aws:kms" }
            bucketKey = try encryption.bool("bucket_key") ?? false
        }
        return .init(
            name: name, bucketName: try fields.name("name") ?? name, region: try fields.string("region"),
            algorithm: algorithm, key: key, bucketKey: bucketKey,
            publicAccessBlock: try fields["public_access_block"].map { node throws(ScenarioError) in
                try publicAccessBlock(node, of: what)
            },
            policy: try fields["policy"].map { node throws(ScenarioError) in
                try DocumentSource.read(node, what: "the bucket policy of \(what)", resolver: resolver)
            }, tags: try fields.stringMap("tags"))
    }

    /// `true` or `false` for all four settings, or a mapping of them (absent ones off).
    private func publicAccessBlock(_ node: YAMLNode, of what: String) throws(ScenarioError)
        -> StorageDeclaration.PublicAccessBlock
    {
        if let text = node.scalar?.lowercased(), ["true", "false"].contains(text) {
            let on = text == "true"
            return .init(
                blockPublicAcls: on, ignorePublicAcls: on, blockPublicPolicy: on, restrictPublicBuckets: on,
                location: node.location)
        }
        let fields = try Fields(
            node, "the public access block of \(what)",
            allowed: ["block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets"])
        return .init(
            blockPublicAcls: try fields.bool("block_public_acls") ?? false,
            ignorePublicAcls: try fields.bool("ignore_public_acls") ?? false,
            blockPublicPolicy: try fields.bool("block_public_policy") ?? false,
            restrictPublicBuckets: try fields.bool("restrict_public_buckets") ?? false, location: node.location)
    }

    func trail(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> TrailDeclaration {
        let what = "trail '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: [
                "bucket", "prefix", "organization", "multi_region", "log_file_validation", "key", "cloudwatch_logs",
                "management_events", "logging", "region",
            ])
        guard let bucket = try fields.name("bucket") else {
            throw ScenarioError("\(what) needs 'bucket', where it delivers its logs", at: node.location)
        }
        var group: String?
        var role: Named?
        if let node = fields["cloudwatch_logs"] {
            let logs = try Fields(node, "the CloudWatch Logs of \(what)", allowed: ["log_group", "role"])
            group = try logs.string("log_group")
            role = try logs.name("role")
        }
        let events = try fields.choice("management_events", ["All", "ReadOnly", "WriteOnly", "none"])
        return .init(
            name: name, bucket: bucket, prefix: try fields.string("prefix"),
            organization: try fields.bool("organization") ?? false,
            multiRegion: try fields.bool("multi_region") ?? false,
            logFileValidation: try fields.bool("log_file_validation") ?? false, key: try fields.name("key"),
            cloudWatchLogGroup: group, cloudWatchRole: role,
            managementEvents: events.map { Named(text: $0, location: fields["management_events"]!.location) },
            logging: try fields.bool("logging") ?? true, region: try fields.string("region"))
    }

    /// `grants:` under an account's `kms`.
    func grants(_ fields: Fields) throws(ScenarioError) -> [WorkloadsDeclaration.Grant] {
        var grants: [WorkloadsDeclaration.Grant] = []
        for (name, location, value) in try fields.named("grants") {
            let what = "grant '\(name)'"
            let grant = try Fields(value, what, allowed: ["key", "grantee", "operations", "retiring", "constraints"])
            guard let key = try grant.name("key"), let grantee = try grant.name("grantee") else {
                throw ScenarioError("\(what) needs 'key' and 'grantee'", at: value.location)
            }
            let operations = try grant.strings("operations").map { Named(text: $0.text, location: $0.location) }
            guard !operations.isEmpty else {
                throw ScenarioError("\(what) needs 'operations', such as [Decrypt]", at: value.location)
            }
            var constraint: (String, [String: String])?
            if let node = grant["constraints"] {
                let kinds = ["encryption_context_equals", "encryption_context_subset"]
                let constraints = try Fields(node, "the constraints of \(what)", allowed: kinds)
                for kind in kinds where constraints.has(kind) {
                    constraint = (kind, try constraints.stringMap(kind))
                }
            }
            grants.append(
                .init(
                    name: Named(text: name, location: location), key: key, grantee: grantee, operations: operations,
                    retiringPrincipal: try grant.name("retiring"), constraint: constraint))
        }
        return grants
    }

}
