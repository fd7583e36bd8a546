import LZSim

/// Security Hub's S3 and RDS controls on encryption and public access
/// (https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html,
/// https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html).
extension ControlCatalog {
    static let storage: [Control] = [
        Control(
            id: "S3.1", title: "S3 general purpose buckets should have block public access settings enabled",
            service: "s3", severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "S3.1"), .init(framework: .cis30, reference: "2.1.4")],
            parameters: [], resourceType: "AWS::::Account", needs: "accounts",
            logic: "Each account: NON_COMPLIANT unless the account-level Block Public Access has BlockPublicAcls, "
                + "IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true "
                + "(s3-account-level-public-access-blocks-periodic).",
            requirement: "all four account-level Block Public Access settings true",
            remediation: "Turn on all four settings with PutPublicAccessBlock on the account",
            evaluate: { input in
                input.accounts.map { account in
                    let off = offSettings(input.world.s3.accountPublicAccessBlocks[account.id])
                    let status: ControlStatus =
                        off.isEmpty
                        ? .compliant("account Block Public Access is fully on")
                        : .nonCompliant("account Block Public Access has \(off.joined(separator: ", ")) off")
                    return input.finding(
                        account.name, "account", "s3-public-access-block", id: account.id, status, tags: nil)
                }
            }),
        Control(
            id: "S3.5", title: "S3 general purpose buckets should require requests to use SSL", service: "s3",
            severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "S3.5"), .init(framework: .cis30, reference: "2.1.1")],
            parameters: [], resourceType: "AWS::S3::Bucket", needs: "S3 buckets",
            logic: "Each bucket: NON_COMPLIANT unless its bucket policy denies s3:* (or *) when aws:SecureTransport "
                + "is false (s3-bucket-ssl-requests-only).",
            requirement: "a Deny on s3:* with Bool aws:SecureTransport false in the bucket policy",
            remediation: "Add a Deny statement for s3:* with the condition Bool aws:SecureTransport false",
            evaluate: { input in
                buckets(input).map { account, bucket in
                    let status: ControlStatus =
                        bucket.policy.map(PolicyStatements.deniesInsecureTransport) == true
                        ? .compliant("bucket \(bucket.name) denies requests without TLS")
                        : .nonCompliant(
                            "bucket \(bucket.name) \(bucket.policy == nil ? "has no bucket policy" : "policy does not deny requests with aws:SecureTransport false")"
                        )
                    return input.finding(account, "bucket", bucket.name, id: bucket.arn, status, tags: bucket.tags)
                }
            }),
        Control(
            id: "S3.8", title: "S3 general purpose buckets should block public access", service: "s3", severity: .high,
            mappings: [.init(framework: .fsbp, reference: "S3.8"), .init(framework: .cis30, reference: "2.1.4")],
            parameters: [], resourceType: "AWS::S3::Bucket", needs: "S3 buckets",
            logic: "Each bucket: NON_COMPLIANT if a bucket-level Block Public Access setting is off or missing "
                + "(s3-bucket-level-public-access-prohibited).",
            requirement: "all four bucket-level Block Public Access settings true",
            remediation: "Turn on all four settings with PutPublicAccessBlock on the bucket",
            evaluate: { input in
                buckets(input).map { account, bucket in
                    let off = offSettings(bucket.publicAccessBlock)
                    let status: ControlStatus =
                        off.isEmpty
                        ? .compliant("bucket \(bucket.name) blocks public access")
                        : .nonCompliant("bucket \(bucket.name) has \(off.joined(separator: ", ")) off")
                    return input.finding(account, "bucket", bucket.name, id: bucket.arn, status, tags: bucket.tags)
                }
            }),
        Control(
            id: "S3.17", title: "S3 general purpose buckets should be encrypted at rest with AWS KMS keys",
            service: "s3", severity: .medium, mappings: [.init(framework: .fsbp, reference: "S3.17")], parameters: [],
            resourceType: "AWS::S3::Bucket", needs: "S3 buckets",
            logic: "Each bucket: NON_COMPLIANT unless its default encryption is SSE-KMS (aws:kms or aws:kms:dsse).",
            requirement: "default encryption aws:kms",
            remediation: "Set the bucket's default encryption to aws:kms with a customer managed key",
            evaluate: { input in
                buckets(input).map { account, bucket in
                    let algorithm = bucket.encryption.sseAlgorithm
                    let status: ControlStatus =
                        algorithm == .awsKMS
                        ? .compliant("bucket \(bucket.name) encrypts with aws:kms")
                        : .nonCompliant("bucket \(bucket.name) encrypts with \(algorithm.rawValue), expected aws:kms")
                    return input.finding(account, "bucket", bucket.name, id: bucket.arn, status, tags: bucket.tags)
                }
            }),
        Control(
            id: "RDS.3", title: "RDS DB instances should have encryption at-rest enabled", service: "rds",
            severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "RDS.3"), .init(framework: .cis30, reference: "2.3.1")],
            parameters: [], resourceType: "AWS::RDS::DBInstance", needs: "RDS DB instances",
            logic: "Each DB instance: NON_COMPLIANT if StorageEncrypted is false (rds-storage-encrypted).",
            requirement: "StorageEncrypted true",
            remediation:
                "Restore an encrypted copy of a snapshot into a new instance; encryption cannot be turned on in place",
            evaluate: { input in
                input.world.rds.instances.values.compactMap { instance in
                    input.account(instance.accountID).map { (account: $0, instance: instance) }
                }.sorted { $0.instance.dbInstanceIdentifier < $1.instance.dbInstanceIdentifier }.map {
                    account, instance in
                    let name = instance.dbInstanceIdentifier
                    let status: ControlStatus =
                        instance.storageEncrypted
                        ? .compliant("DB instance \(name) encrypts its storage")
                        : .nonCompliant("DB instance \(name) does not encrypt its storage")
                    return input.finding(account, "db-instance", name, id: instance.arn, status)
                }
            }),
    ]

    /// Buckets of the accounts in scope, sorted by name.
    static func buckets(_ input: ControlInput) -> [(String, S3Bucket)] {
        input.world.s3.buckets.values.compactMap { bucket in input.account(bucket.accountID).map { ($0, bucket) } }
            .sorted { $0.1.name < $1.1.name }
    }

    /// The Block Public Access settings that are off (all four when there is no configuration).
    static func offSettings(_ block: PublicAccessBlockConfiguration?) -> [String] {
        guard let block else {
            return ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]
        }
        return [
            ("BlockPublicAcls", block.blockPublicAcls), ("IgnorePublicAcls", block.ignorePublicAcls),
            ("BlockPublicPolicy", block.blockPublicPolicy), ("RestrictPublicBuckets", block.restrictPublicBuckets),
        ].filter { !$0.1 }.map(\.0)
    }
}
