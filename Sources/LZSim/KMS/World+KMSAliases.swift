import Foundation
import LZPolicy

extension World {
    /// `CreateAlias` in the caller's account and Region.
    ///
    /// KMS authorizes the alias and the key separately: `kms:CreateAlias` on the alias (IAM
    /// policies) and on the key (key policy) (https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias-access.html).
    /// - Throws: `ValidationException` (format), `NotAuthorizedException` (the reserved
    ///   `alias/aws/` prefix), `AlreadyExistsException`, `NotFoundException`, `LimitExceededException` (50 aliases a key),
    ///   `KMSInvalidStateException` (a key pending deletion), `AccessDeniedException`.
    public mutating func createAlias(aliasName: String, targetKeyID: String, as session: Session) throws(AWSError) {
        try Self.validate(aliasName: aliasName)
        let (key, _) = try resolveKey(targetKeyID, for: session, operation: "CreateAlias", rules: .management)
        let accountID = session.accountID
        let region = key.region
        let arn = aliasARN(accountID, region, aliasName)
        try requireKMSAccess("kms:CreateAlias", as: session, resource: arn)
        try requireKeyAccess("kms:CreateAlias", on: key, as: session)
        try requireState(of: key, in: [.enabled, .disabled, .pendingImport], operation: "CreateAlias")
        guard key.keyManager == .customer else {
            throw AWSError(.kmsValidation, "an alias cannot point at the AWS managed key \(key.arn)")
        }
        if let existing = kmsRegion(accountID, region)?.aliases[aliasName],
            existing.targetKeyID.flatMap({ liveKey(accountID, region, $0) }) != nil
        {
            throw AWSError(.alreadyExists, "An alias with the name \(arn) already exists")
        }
        guard key.aliasNames.count < KMSAccount.Quota.aliasesPerKey else {
            throw AWSError(.limitExceededException, "the key \(key.arn) already has 50 aliases, the quota")
        }
        let now = self.now
        try updateKMS(of: accountID, region: region) { (store: inout KMSRegion) throws(AWSError) in
            store.aliases[aliasName] = AliasListEntry(
                aliasName: aliasName, aliasARN: arn, targetKeyID: key.keyID, creationDate: now, lastUpdatedDate: now)
        }
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.aliasNames = (key.aliasNames + [aliasName]).sorted()
        }
    }

    /// `UpdateAlias`: points an alias at another key of the same spec and usage. Needs
    /// `kms:UpdateAlias` on the alias, the old key and the new key.
    public mutating func updateAlias(aliasName: String, targetKeyID: String, as session: Session) throws(AWSError) {
        try Self.validate(aliasName: aliasName)
        let accountID = session.accountID
        let (newKey, _) = try resolveKey(targetKeyID, for: session, operation: "UpdateAlias", rules: .management)
        let region = newKey.region
        let arn = aliasARN(accountID, region, aliasName)
        guard let entry = kmsRegion(accountID, region)?.aliases[aliasName],
            let oldKey = entry.targetKeyID.flatMap({ liveKey(accountID, region, $0) })
        else {
            throw AWSError(.notFound, "Alias \(arn) is not found.")
        }
        try requireKMSAccess("kms:UpdateAlias", as: session, resource: arn)
        try requireKeyAccess("kms:UpdateAlias", on: oldKey, as: session)
        try requireKeyAccess("kms:UpdateAlias", on: newKey, as: session)
        try requireState(of: newKey, in: [.enabled, .disabled, .pendingImport], operation: "UpdateAlias")
        guard oldKey.keySpec == newKey.keySpec, oldKey.keyUsage == newKey.keyUsage else {
            throw AWSError(
                .kmsValidation,
                "\(aliasName) points at a \(oldKey.keySpec) \(oldKey.keyUsage) key; \(newKey.arn) is"
                    + " \(newKey.keySpec) \(newKey.keyUsage)")
        }
        guard oldKey.keyID != newKey.keyID else { return }
        let now = self.now
        try updateKMS(of: accountID, region: region) { (store: inout KMSRegion) throws(AWSError) in
            store.aliases[aliasName]?.targetKeyID = newKey.keyID
            store.aliases[aliasName]?.lastUpdatedDate = now
        }
        try updateKey(oldKey) { (key: inout KMSKey) throws(AWSError) in key.aliasNames.removeAll { $0 == aliasName } }
        try updateKey(newKey) { (key: inout KMSKey) throws(AWSError) in
            key.aliasNames = (key.aliasNames + [aliasName]).sorted()
        }
    }

    /// `DeleteAlias`: needs `kms:DeleteAlias` on the alias and on its key.
    public mutating func deleteAlias(aliasName: String, as session: Session) throws(AWSError) {
        try Self.validate(aliasName: aliasName)
        let accountID = session.accountID
        let region = requestRegion(of: session)
        let arn = aliasARN(accountID, region, aliasName)
        guard let entry = kmsRegion(accountID, region)?.aliases[aliasName],
            let key = entry.targetKeyID.flatMap({ liveKey(accountID, region, $0) })
        else {
            throw AWSError(.notFound, "Alias \(arn) is not found.")
        }
        try requireKMSAccess("kms:DeleteAlias", as: session, resource: arn)
        try requireKeyAccess("kms:DeleteAlias", on: key, as: session)
        try updateKMS(of: accountID, region: region) { (store: inout KMSRegion) throws(AWSError) in
            store.aliases[aliasName] = nil
        }
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in key.aliasNames.removeAll { $0 == aliasName } }
    }

    /// `ListAliases` of the caller's account and Region, sorted by name; with `keyID`, that key's
    /// aliases only. Aliases of deleted keys are gone, as KMS deletes them with the key.
    public func listAliases(
        keyID: String? = nil,
        limit: Int = 100,
        marker: String? = nil,
        as session: Session
    ) throws(AWSError) -> KMSPage<AliasListEntry> {
        let region = requestRegion(of: session)
        var target: KMSKey?
        if let keyID {
            target = try resolveKey(keyID, for: session, operation: "ListAliases", rules: .management).key
            try requireKeyAccess("kms:ListAliases", on: target!, as: session)
        } else {
            try requireKMSAccess("kms:ListAliases", as: session)
        }
        let store = kmsRegion(session.accountID, region)
        let entries = (store?.aliases.values ?? [:].values).filter { entry in
            guard let id = entry.targetKeyID, liveKey(session.accountID, region, id) != nil else { return false }
            return target.map { $0.keyID == id } ?? true
        }
        var all = Array(entries)
        if target == nil {
            // The predefined aliases of AWS managed keys are listed before their keys exist, without a target.
            for service in Self.awsManagedKeyServices.keys where store?.aliases["alias/aws/\(service)"] == nil {
                let name = "alias/aws/\(service)"
                all.append(
                    AliasListEntry(
                        aliasName: name, aliasARN: aliasARN(session.accountID, region, name), targetKeyID: nil,
                        creationDate: nil, lastUpdatedDate: nil))
            }
        }
        return try Self.page(all.sorted { $0.aliasName < $1.aliasName }, limit: limit, marker: marker)
    }

    /// An alias name: `alias/` and 1 to 250 letters, digits, `/`, `_` and `-`
    /// (`ValidationException` otherwise, as the API's parameter checks say), not under the
    /// `alias/aws/` prefix that AWS managed keys use (`NotAuthorizedException`).
    static func validate(aliasName: String) throws(AWSError) {
        guard aliasName.hasPrefix("alias/"), aliasName.count > 6, aliasName.count <= 256 else {
            throw AWSError(
                .kmsValidation,
                "Invalid identifier: '\(aliasName)' must start with the prefix alias/ and be at most 256 characters")
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_-")
        guard aliasName.dropFirst(6).allSatisfy(allowed.contains) else {
            throw AWSError(
                .kmsValidation,
                "Value '\(aliasName)' at 'aliasName' failed to satisfy constraint: it may contain only letters,"
                    + " digits, forward slashes, underscores and dashes")
        }
        guard !aliasName.hasPrefix("alias/aws/") else {
            throw AWSError(
                .notAuthorized, "'\(aliasName)': the prefix alias/aws/ is reserved for AWS managed keys")
        }
    }
}
