public import Foundation
import LZPolicy

/// An RDS DB instance, modelled as far as its storage encryption goes.
public struct DBInstance: Sendable, Hashable {
    /// The identifier, unique per account and Region.
    public let dbInstanceIdentifier: String
    /// `arn:aws:rds:REGION:ACCOUNT:db:IDENTIFIER`.
    public let arn: String
    /// The owning account.
    public let accountID: String
    /// The Region.
    public let region: String
    /// The engine (`postgres`, `mysql`...).
    public let engine: String
    /// The instance class.
    public let dbInstanceClass: String
    /// Storage in GiB.
    public let allocatedStorage: Int
    /// Whether storage is encrypted; it can only be set at creation.
    public let storageEncrypted: Bool
    /// The ARN of the KMS key that encrypts the storage.
    public let kmsKeyID: String?
    /// The grant RDS made on the caller's behalf.
    public let grantID: String?
    /// When it was created.
    public let instanceCreateTime: Date
}

/// RDS's state in the world.
public struct RDSStorage: Sendable {
    /// DB instances by ARN.
    public internal(set) var instances: [String: DBInstance] = [:]
}

extension World {
    /// `CreateDBInstance`. With `storageEncrypted`, the storage is encrypted under `kmsKeyID`, or
    /// `aws/rds` (made on first use). RDS calls KMS as the caller (`kms:ViaService`
    /// `rds.REGION.amazonaws.com`): `DescribeKey`, then `CreateGrant` for `rds.amazonaws.com`,
    /// through which RDS makes and later decrypts the storage's data key. Any KMS refusal becomes
    /// `KMSKeyNotAccessibleFault`, as RDS reports it.
    /// - Throws: `AccessDenied` (RDS), `DBInstanceAlreadyExists`, `InvalidParameterValue`,
    ///   `InvalidParameterCombination` (a key without encryption), `KMSKeyNotAccessibleFault`.
    @discardableResult
    public mutating func createDBInstance(
        dbInstanceIdentifier identifier: String,
        engine: String = "postgres",
        dbInstanceClass: String = "db.t3.micro",
        allocatedStorage: Int = 20,
        storageEncrypted: Bool = false,
        kmsKeyID: String? = nil,
        as session: Session
    ) throws(AWSError) -> DBInstance {
        let letters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let allowed = letters.union("0123456789-")
        guard (1...63).contains(identifier.count), identifier.allSatisfy(allowed.contains),
            identifier.first.map(letters.contains) == true, !identifier.hasSuffix("-"), !identifier.contains("--")
        else {
            throw AWSError(
                .invalidParameterValue,
                "DBInstanceIdentifier '\(identifier)' must be 1 to 63 letters, digits and hyphens, start with a letter,"
                    + " and have no two hyphens together nor one at the end")
        }
        guard (20...65_536).contains(allocatedStorage) else {
            throw AWSError(.invalidParameterValue, "AllocatedStorage must be 20 to 65536 GiB, not \(allocatedStorage)")
        }
        if let kmsKeyID, !storageEncrypted {
            throw AWSError(
                .invalidParameterCombinationRDS, "KmsKeyId \(kmsKeyID) is given but StorageEncrypted is false")
        }
        let region = requestRegion(of: session)
        let lowered = identifier.lowercased()
        let arn = "arn:\(partition):rds:\(region):\(session.accountID):db:\(lowered)"
        try requireAccess(
            AccessRequest(
                session: session, action: "rds:CreateDBInstance",
                resource: ResourceReference(arn: arn, accountID: session.accountID),
                context: ["rds:StorageEncrypted": [storageEncrypted ? "true" : "false"]]))
        guard rds.instances[arn] == nil else {
            throw AWSError(.dbInstanceAlreadyExists, "DB instance \(lowered) already exists")
        }
        var keyARN: String?
        var grantID: String?
        if storageEncrypted {
            do throws(AWSError) {
                var identifier = kmsKeyID ?? ""
                if kmsKeyID == nil {
                    identifier = try awsManagedKey(service: "rds", accountID: session.accountID, region: region).arn
                }
                let viaRDS = self.session(session, via: "rds.amazonaws.com", region: region)
                let key = try describeKey(keyID: identifier, as: viaRDS)
                guard key.keySpec == .symmetricDefault else {
                    throw AWSError(
                        .invalidKeyUsage, "RDS encrypts with symmetric keys only; \(key.arn) is \(key.keySpec)")
                }
                grantID =
                    try createGrant(
                        keyID: key.arn, granteePrincipal: "rds.amazonaws.com",
                        operations: [
                            .decrypt, .encrypt, .generateDataKeyWithoutPlaintext, .reEncryptFrom, .reEncryptTo,
                        ],
                        as: viaRDS
                    ).grantID
                let rdsService = serviceSession("rds.amazonaws.com", region: region)
                _ = try generateDataKeyWithoutPlaintext(keyID: key.arn, keySpec: .aes256, as: rdsService)
                keyARN = key.arn
            } catch {
                throw AWSError(
                    .kmsKeyNotAccessible, "RDS cannot use the KMS key for \(lowered): \(error.code): \(error.message)",
                    decision: error.decision)
            }
        }
        let instance = DBInstance(
            dbInstanceIdentifier: lowered, arn: arn, accountID: session.accountID, region: region, engine: engine,
            dbInstanceClass: dbInstanceClass, allocatedStorage: allocatedStorage, storageEncrypted: storageEncrypted,
            kmsKeyID: keyARN, grantID: grantID, instanceCreateTime: now)
        rds.instances[arn] = instance
        return instance
    }

    /// `DescribeDBInstances` of the caller's account and Region, sorted by identifier.
    public func describeDBInstances(as session: Session) throws(AWSError) -> [DBInstance] {
        let region = requestRegion(of: session)
        try requireAccess(
            AccessRequest(
                session: session, action: "rds:DescribeDBInstances",
                resource: ResourceReference(
                    arn: "arn:\(partition):rds:\(region):\(session.accountID):db:*", accountID: session.accountID)))
        return rds.instances.values.filter { $0.accountID == session.accountID && $0.region == region }
            .sorted { $0.dbInstanceIdentifier < $1.dbInstanceIdentifier }
    }
}
