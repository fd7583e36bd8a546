import Foundation
import LZPolicy

/// The principals of a key split by what they may do with it: administer it, use it, or both.
public struct KeyDuties: Sendable {
    /// The key.
    public var keyARN: String
    /// Principals allowed at least one administrative action and no cryptographic one.
    public var administrators: [PrincipalReference]
    /// Principals allowed at least one cryptographic action and no administrative one.
    public var users: [PrincipalReference]
    /// Principals allowed both: a breach of separation of duties, unless intended.
    public var administratorsAndUsers: [PrincipalReference]
}

extension World {
    /// The administrative actions of a key (the console's key-administrator set).
    public static let keyAdministrationActions = [
        "kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:EnableKey", "kms:CancelKeyDeletion",
        "kms:DisableKeyRotation", "kms:UpdateKeyDescription", "kms:TagResource", "kms:RevokeGrant",
    ]

    /// The cryptographic actions of a symmetric encryption key (the console's key-user set).
    public static let keyUseActions = [
        "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext",
        "kms:ReEncryptFrom", "kms:ReEncryptTo",
    ]

    /// A key by ARN, key ID in an account and Region, or alias, without authorization; deleted keys are not found.
    /// - Throws: `NotFoundException`.
    public func key(_ identifier: String, account: String? = nil, region: String? = nil) throws(AWSError) -> KMSKey {
        var accountID = account
        var regionName = region ?? regions[0]
        var resource = identifier
        if identifier.hasPrefix("arn:") {
            let fields = identifier.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6 else { throw AWSError(.notFound, "Invalid keyId '\(identifier)'") }
            regionName = String(fields[3])
            accountID = String(fields[4])
            resource = String(fields[5])
        }
        guard let accountID, let account = self.account(accountID) else {
            throw AWSError(.notFound, "no account given or known for the key '\(identifier)'")
        }
        if resource.hasPrefix("alias/") {
            guard let target = kmsRegion(account.id, regionName)?.aliases[resource]?.targetKeyID,
                let key = liveKey(account.id, regionName, target)
            else { throw AWSError(.notFound, "Alias \(aliasARN(account.id, regionName, resource)) is not found.") }
            return key
        }
        let keyID = resource.hasPrefix("key/") ? String(resource.dropFirst(4)) : resource
        guard let key = liveKey(account.id, regionName, keyID) else {
            throw AWSError(.notFound, "Key '\(keyARN(account.id, regionName, keyID))' does not exist")
        }
        return key
    }

    /// Every live key of the world (or of one account), sorted by ARN.
    public func keys(in account: String? = nil) -> [KMSKey] {
        let accounts = account.flatMap { self.account($0) }.map { [$0] } ?? Array(accountsByID.values)
        return accounts.flatMap { account in
            account.kms.regions.values.flatMap { $0.keys.values }.filter { !isDeleted($0) }
        }.sorted { $0.arn < $1.arn }
    }

    /// Who can perform `action` (by default `kms:Decrypt`) with a key: every principal of the
    /// organization (or of the accounts given), each with the deciding statements. The key's
    /// policy, grants, tags and aliases, the RCPs of its account and the SCPs of each caller apply;
    /// requests go to the key's Region and carry `kms:CallerAccount`.
    public func whoCan(
        _ action: String = "kms:Decrypt",
        withKey key: KMSKey,
        in accounts: [String]? = nil,
        includeDenied: Bool = false
    ) throws(AWSError) -> [AccessFinding] {
        try whoCan(action, on: key.resource, in: accounts, includeDenied: includeDenied, region: key.region)
    }

    /// Key administrators versus key users, for separation-of-duties checks.
    public func keyDuties(of key: KMSKey, in accounts: [String]? = nil) throws(AWSError) -> KeyDuties {
        func allowed(_ actions: [String]) throws(AWSError) -> Set<PrincipalReference> {
            var found = Set<PrincipalReference>()
            for action in actions {
                for finding in try whoCan(action, withKey: key, in: accounts) { found.insert(finding.principal) }
            }
            return found
        }
        let administrators = try allowed(Self.keyAdministrationActions)
        let users = try allowed(key.keyUsage == .encryptDecrypt ? Self.keyUseActions : ["kms:Sign", "kms:GenerateMac"])
        return KeyDuties(
            keyARN: key.arn, administrators: administrators.subtracting(users).sorted(),
            users: users.subtracting(administrators).sorted(),
            administratorsAndUsers: administrators.intersection(users).sorted())
    }
}

/// How a resource is encrypted at rest, and by whose key.
public struct ResourceEncryption: Sendable, Hashable {
    /// The resource.
    public var resourceARN: String
    /// Whether it is encrypted with a KMS key (SSE-S3 counts as not).
    public var encryptedWithKMS: Bool
    /// The key's ARN.
    public var keyARN: String?
    /// The account that owns the key.
    public var keyOwnerAccount: String?
    /// `CUSTOMER` or `AWS`.
    public var keyManager: KeyManagerType?

    /// Whether the resource is encrypted with a customer managed key of `account`.
    public func isEncrypted(withCustomerManagedKeyOf account: String) -> Bool {
        encryptedWithKMS && keyManager == .customer && keyOwnerAccount == account
    }
}

extension World {
    /// The key protecting a resource, and its owner: an S3 bucket (its default encryption) or
    /// object, an EBS volume, an RDS DB instance or a CloudTrail trail, by ARN.
    /// - Throws: `NotFoundException` for a resource the world does not have.
    public func encryption(of resourceARN: String) throws(AWSError) -> ResourceEncryption {
        var result = ResourceEncryption(resourceARN: resourceARN, encryptedWithKMS: false)
        func describe(_ keyIdentifier: String?, account: String, region: String) {
            guard let keyIdentifier else { return }
            result.encryptedWithKMS = true
            if let key = try? key(keyIdentifier, account: account, region: region) {
                result.keyARN = key.arn
                result.keyOwnerAccount = key.accountID
                result.keyManager = key.keyManager
            } else {
                result.keyARN = keyIdentifier
                result.keyOwnerAccount = Self.account(inARN: keyIdentifier) ?? account
                result.keyManager = keyIdentifier.contains("alias/aws/") ? .aws : nil
            }
        }
        let fields = resourceARN.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6 else { throw AWSError(.notFound, "'\(resourceARN)' is not an ARN") }
        switch fields[2] {
        case "s3":
            let parts = fields[5].split(separator: "/", maxSplits: 1).map(String.init)
            let bucket = try self.bucket(parts.first ?? "")
            if parts.count == 2 {
                guard let object = bucket.objects[parts[1]] else {
                    throw AWSError(.notFound, "the bucket \(bucket.name) has no object '\(parts[1])'")
                }
                describe(object.sseKMSKeyID, account: bucket.accountID, region: bucket.region)
            } else if bucket.encryption.sseAlgorithm == .awsKMS {
                describe(
                    bucket.encryption.kmsMasterKeyID ?? "alias/aws/s3", account: bucket.accountID, region: bucket.region
                )
            }
        case "ec2":
            let id = fields[5].split(separator: "/").last.map(String.init) ?? ""
            guard let volume = ec2.volumes[id] else { throw AWSError(.notFound, "no EBS volume '\(resourceARN)'") }
            describe(volume.kmsKeyID, account: volume.accountID, region: volume.region)
        case "rds":
            guard let instance = rds.instances[resourceARN] else {
                throw AWSError(.notFound, "no DB instance '\(resourceARN)'")
            }
            describe(instance.kmsKeyID, account: instance.accountID, region: instance.region)
        case "cloudtrail":
            guard let trail = cloudTrail.trails[resourceARN] else {
                throw AWSError(.notFound, "no trail '\(resourceARN)'")
            }
            describe(trail.kmsKeyID, account: trail.accountID, region: trail.homeRegion)
        default:
            throw AWSError(.notFound, "lzsim does not model the encryption of '\(resourceARN)'")
        }
        return result
    }
}
