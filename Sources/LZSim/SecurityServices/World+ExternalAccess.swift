import LZPolicy

extension World {
    /// The external access a zone of trust has: for its S3 bucket policies, KMS key policies and
    /// grants, and IAM role trust policies, one finding per statement or grant that lets a
    /// principal outside the zone act. Computed from the policies as they are now, with or
    /// without an analyzer.
    /// - Parameters:
    ///   - zone: The account or organization whose principals are trusted.
    ///   - region: Only buckets and keys in this Region (roles are global); `nil` for every Region.
    public func externalAccess(in zone: ZoneOfTrust, region: String? = nil) -> [ExternalAccessFinding] {
        let analysis = ExternalAccessAnalysis(world: self, zone: zone)
        var findings: [ExternalAccessFinding] = []
        for bucket in s3.buckets.values.sorted(by: { $0.arn < $1.arn })
        where analysis.trusts(bucket.accountID) && (region == nil || bucket.region == region) {
            findings += bucketFindings(bucket, analysis)
        }
        for account in accounts where analysis.trusts(account.id) {
            for kmsRegion in account.kms.regions.sorted(by: { $0.key < $1.key })
            where region == nil || kmsRegion.key == region {
                for key in kmsRegion.value.keys.values.sorted(by: { $0.arn < $1.arn }) where key.keyManager == .customer
                {
                    findings += keyFindings(key, analysis)
                }
            }
            for role in account.iam.roles.values.sorted(by: { $0.arn < $1.arn }) {
                findings += analysis.findings(
                    role.trustPolicy,
                    .init(arn: role.arn, type: "AWS::IAM::Role", owner: account.id, services: ["sts"]))
            }
        }
        return findings
    }

    /// The external access one resource (a bucket, a key or a role, by ARN) gives outside a zone of trust.
    /// - Throws: `ResourceNotFoundException` when the world has no such bucket, key or role.
    public func externalAccess(of resourceARN: String, zone: ZoneOfTrust) throws(AWSError) -> [ExternalAccessFinding] {
        let analysis = ExternalAccessAnalysis(world: self, zone: zone)
        if let bucket = s3.buckets.values.first(where: { $0.arn == resourceARN }) {
            return bucketFindings(bucket, analysis)
        }
        for account in accounts {
            if let role = account.iam.roles.values.first(where: { $0.arn == resourceARN }) {
                return analysis.findings(
                    role.trustPolicy, .init(arn: role.arn, type: "AWS::IAM::Role", owner: account.id, services: ["sts"])
                )
            }
            for kmsRegion in account.kms.regions.values {
                if let key = kmsRegion.keys.values.first(where: { $0.arn == resourceARN }) {
                    return keyFindings(key, analysis)
                }
            }
        }
        throw AWSError(.resourceNotFound, "the world has no bucket, key or role '\(resourceARN)'")
    }

    /// The external access a bucket's policy gives outside a zone of trust.
    public func externalAccess(of bucket: S3Bucket, zone: ZoneOfTrust) -> [ExternalAccessFinding] {
        bucketFindings(bucket, ExternalAccessAnalysis(world: self, zone: zone))
    }

    /// The external access a key's policy and grants give outside a zone of trust.
    public func externalAccess(of key: KMSKey, zone: ZoneOfTrust) -> [ExternalAccessFinding] {
        keyFindings(key, ExternalAccessAnalysis(world: self, zone: zone))
    }

    /// The zone of trust an account's resources are analyzed in by default: its organization, else itself.
    public func defaultZone(of accountID: String) -> ZoneOfTrust {
        if let organization, organization.parents[accountID] != nil { return .organization(organization.id) }
        return .account(accountID)
    }

    private func bucketFindings(_ bucket: S3Bucket, _ analysis: ExternalAccessAnalysis) -> [ExternalAccessFinding] {
        guard let policy = bucket.policy else { return [] }
        return analysis.findings(
            policy, .init(arn: bucket.arn, type: "AWS::S3::Bucket", owner: bucket.accountID, services: ["s3"]))
    }

    /// The key policy's findings, then one per grant whose grantee is an account outside the zone;
    /// a grant's encryption-context constraint is the grantee's to satisfy, so it keeps no one out.
    private func keyFindings(_ key: KMSKey, _ analysis: ExternalAccessAnalysis) -> [ExternalAccessFinding] {
        var findings = analysis.findings(
            key.policy, .init(arn: key.arn, type: "AWS::KMS::Key", owner: key.accountID, services: ["kms"]))
        for grant in key.grants.sorted(by: { $0.grantID < $1.grantID }) {
            let account =
                grant.granteePrincipal.split(separator: ":", omittingEmptySubsequences: false)
                .dropFirst(4).first.map(String.init) ?? ""
            guard account.count == 12, !analysis.trusts(account) else { continue }
            findings.append(
                ExternalAccessFinding(
                    resourceARN: key.arn, resourceType: "AWS::KMS::Key", resourceOwnerAccount: key.accountID,
                    source: "grant \(grant.grantID)", principal: grant.granteePrincipal,
                    actions: grant.operations.map { "kms:\($0.rawValue)" },
                    condition: "the grant's grantee is in account \(account), outside the \(analysis.zone)",
                    isPublic: false))
        }
        return findings
    }
}
