public import Foundation
import LZPolicy

extension World {
    /// `ReplicateKey`: a replica of a multi-Region primary key in another Region, sharing its key
    /// ID and material but with its own key policy, description, tags, aliases and grants
    /// (https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-replicate.html).
    ///
    /// Called in the primary's Region. Needs `kms:ReplicateKey` on the primary (with
    /// `kms:ReplicaRegion`) and `kms:CreateKey` in the replica's Region; the replica's policy
    /// (AWS's default when none is given) passes the lockout safety check.
    /// - Throws: `UnsupportedOperationException` (not a multi-Region primary), `AlreadyExistsException`
    ///   (the Region has a replica), `ValidationException` (an unknown or the same Region), and the
    ///   errors of `CreateKey`.
    @discardableResult
    public mutating func replicateKey(
        keyID: String,
        replicaRegion: String,
        policy: String? = nil,
        bypassPolicyLockoutSafetyCheck: Bool = false,
        description: String? = nil,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> KeyMetadata {
        let (primary, _) = try resolveKey(keyID, for: session, operation: "ReplicateKey", rules: .management)
        guard primary.multiRegionKeyType == .primary else {
            throw AWSError(
                .unsupportedOperation, "ReplicateKey: \(primary.arn) is not a multi-Region primary key")
        }
        guard regions.contains(replicaRegion) else {
            throw AWSError(
                .kmsValidation,
                "ReplicaRegion '\(replicaRegion)' is not a Region of the world (\(regions.joined(separator: ", ")))")
        }
        guard replicaRegion != primary.region else {
            throw AWSError(.kmsValidation, "ReplicaRegion \(replicaRegion) is the primary key's own Region")
        }
        if liveKey(primary.accountID, replicaRegion, primary.keyID) != nil {
            throw AWSError(
                .alreadyExists, "\(primary.keyID) already has a replica in \(replicaRegion)")
        }
        if let description { try Self.validate(description: description) }
        try Self.validateKMSTags(tags)
        try requireKeyAccess(
            "kms:ReplicateKey", on: primary, as: session, context: ["kms:ReplicaRegion": [replicaRegion]])
        let inReplicaRegion = session.with { $0.region = replicaRegion }
        var context = IAMNames.requestTagContext(tags)
        context["kms:MultiRegionKeyType"] = [MultiRegionKeyType.replica.rawValue]
        context["kms:BypassPolicyLockoutSafetyCheck"] = [bypassPolicyLockoutSafetyCheck ? "true" : "false"]
        try requireKMSAccess("kms:CreateKey", as: inReplicaRegion, context: context)
        if !tags.isEmpty { try requireKMSAccess("kms:TagResource", as: inReplicaRegion, context: context) }
        let arn = keyARN(primary.accountID, replicaRegion, primary.keyID)
        let text = policy ?? Self.defaultKeyPolicy(accountID: primary.accountID, partition: partition)
        let compiled = try compileKeyPolicy(text, keyARN: arn)
        if !bypassPolicyLockoutSafetyCheck {
            try checkPolicyLockout(compiled, keyARN: arn, accountID: primary.accountID, caller: inReplicaRegion)
        }
        let replica = try insertKey(
            keyID: primary.keyID, accountID: primary.accountID, region: replicaRegion,
            description: description ?? primary.description, keySpec: primary.keySpec, keyUsage: primary.keyUsage,
            origin: primary.origin, keyManager: .customer, policyText: text, policy: compiled, tags: tags,
            primaryRegion: primary.region, managingService: nil, material: primary.material)
        let rotation = primary.rotation
        try updateKey(replica) { (key: inout KMSKey) throws(AWSError) in key.rotation = rotation }
        return keyMetadata(liveKey(replica.accountID, replicaRegion, replica.keyID) ?? replica)
    }

    /// `UpdatePrimaryRegion`: makes the replica in `primaryRegion` the primary; the old primary
    /// becomes a replica. Called in the current primary's Region; needs `kms:UpdatePrimaryRegion`
    /// on both keys (with `kms:PrimaryRegion`).
    public mutating func updatePrimaryRegion(keyID: String, primaryRegion: String, as session: Session) throws(AWSError)
    {
        let (primary, _) = try resolveKey(keyID, for: session, operation: "UpdatePrimaryRegion", rules: .management)
        guard primary.multiRegionKeyType == .primary else {
            throw AWSError(
                .unsupportedOperation, "UpdatePrimaryRegion: \(primary.arn) is not a multi-Region primary key")
        }
        guard let newPrimary = liveKey(primary.accountID, primaryRegion, primary.keyID), primaryRegion != primary.region
        else {
            throw AWSError(.notFound, "\(primary.keyID) has no replica in \(primaryRegion)")
        }
        let context = ["kms:PrimaryRegion": [primaryRegion]]
        try requireKeyAccess("kms:UpdatePrimaryRegion", on: primary, as: session, context: context)
        try requireKeyAccess(
            "kms:UpdatePrimaryRegion", on: newPrimary, as: session.with { $0.region = primaryRegion }, context: context)
        try requireState(of: primary, in: [.enabled, .disabled], operation: "UpdatePrimaryRegion")
        let now = self.now
        for member in [primary] + replicas(of: primary) {
            try updateKey(member) { (key: inout KMSKey) throws(AWSError) in
                key.primaryRegion = primaryRegion
                key.rotation.record(until: now)
            }
        }
    }

    // MARK: - Imported key material

    /// `ImportKeyMaterial` into a symmetric key of origin `EXTERNAL`. lzsim takes the 32 bytes of
    /// material directly, without `GetParametersForImport`'s wrapping; once imported, a key only
    /// accepts the same material again. With `validTo`, the material expires as the simulated
    /// clock passes that date, and the key returns to `PendingImport`.
    /// - Throws: `UnsupportedOperationException` (not an `EXTERNAL` key),
    ///   `IncorrectKeyMaterialException`, `ValidationException` (not 32 bytes, or `validTo` in the past).
    public mutating func importKeyMaterial(
        keyID: String,
        keyMaterial: Data,
        validTo: Date? = nil,
        as session: Session
    ) throws(AWSError) {
        let (key, _) = try resolveKey(keyID, for: session, operation: "ImportKeyMaterial", rules: .management)
        var context = [
            "kms:ExpirationModel": [validTo == nil ? "KEY_MATERIAL_DOES_NOT_EXPIRE" : "KEY_MATERIAL_EXPIRES"]
        ]
        if let validTo { context["kms:ValidTo"] = [String(Int(validTo.timeIntervalSince1970))] }
        try requireKeyAccess("kms:ImportKeyMaterial", on: key, as: session, context: context)
        guard key.origin == .external else {
            throw AWSError(
                .unsupportedOperation, "ImportKeyMaterial: \(key.arn) has origin \(key.origin), not EXTERNAL")
        }
        try requireState(of: key, in: [.pendingImport, .enabled, .disabled], operation: "ImportKeyMaterial")
        guard keyMaterial.count == 32 else {
            throw AWSError(.kmsValidation, "symmetric key material is 32 bytes, not \(keyMaterial.count)")
        }
        if let validTo, validTo <= now {
            throw AWSError(.kmsValidation, "ValidTo \(validTo) is not in the future")
        }
        if let previous = key.importedMaterial, previous.bytes != [UInt8](keyMaterial) {
            throw AWSError(
                .incorrectKeyMaterial, "the key material is not the material previously imported into \(key.arn)")
        }
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.importedMaterial = ImportedMaterial(bytes: [UInt8](keyMaterial), validTo: validTo)
        }
    }

    /// `DeleteImportedKeyMaterial`: the key returns to `PendingImport` until the same material is imported again.
    public mutating func deleteImportedKeyMaterial(keyID: String, as session: Session) throws(AWSError) {
        let (key, _) = try resolveKey(keyID, for: session, operation: "DeleteImportedKeyMaterial", rules: .management)
        try requireKeyAccess("kms:DeleteImportedKeyMaterial", on: key, as: session)
        guard key.origin == .external else {
            throw AWSError(
                .unsupportedOperation, "DeleteImportedKeyMaterial: \(key.arn) has origin \(key.origin), not EXTERNAL")
        }
        let now = self.now
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            // The material is remembered so only the same material can come back; expiring it now
            // puts the key in PendingImport.
            key.importedMaterial?.validTo = now
        }
    }
}
