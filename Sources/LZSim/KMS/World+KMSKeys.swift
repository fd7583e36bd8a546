public import Foundation
import LZPolicy

/// One entry of `ListKeys`.
public struct KeyListEntry: Sendable, Hashable {
    /// The key ID.
    public var keyID: String
    /// The key ARN.
    public var keyARN: String
}

/// A page of `ListKeys`, `ListAliases`, `ListGrants`...
public struct KMSPage<Element: Sendable>: Sendable {
    /// The entries of this page.
    public var entries: [Element]
    /// Where the next page starts, when `truncated`.
    public var nextMarker: String?
    /// Whether more entries follow.
    public var truncated: Bool
}

/// What `ScheduleKeyDeletion` returns.
public struct ScheduleKeyDeletionResult: Sendable, Hashable {
    /// The key ARN.
    public var keyID: String
    /// When the key will be deleted; `nil` while a multi-Region primary waits for its replicas.
    public var deletionDate: Date?
    /// `PendingDeletion` or `PendingReplicaDeletion`.
    public var keyState: KeyState
    /// The waiting period.
    public var pendingWindowInDays: Int
}

extension World {
    /// `CreateKey` in the caller's account and Region.
    ///
    /// ```swift
    /// let key = try world.createKey(description: "prod data", as: securityAdmin)
    /// try world.createAlias(aliasName: "alias/app1/prod/data", targetKeyID: key.keyID, as: securityAdmin)
    /// ```
    /// - Parameters:
    ///   - policy: The key policy; without one, AWS's default policy, which gives the account
    ///     (and so its IAM policies) full access.
    ///   - keyUsage: `ENCRYPT_DECRYPT` by default; must suit `keySpec`.
    ///   - keySpec: `SYMMETRIC_DEFAULT` by default.
    ///   - origin: `AWS_KMS`, or `EXTERNAL` for a symmetric key whose material is imported.
    ///   - bypassPolicyLockoutSafetyCheck: Skips the check that the policy lets the caller change
    ///     the policy later.
    ///   - multiRegion: Makes a multi-Region primary key (`mrk-` key ID).
    /// - Throws: `ValidationException`, `MalformedPolicyDocumentException` (including the lockout
    ///   check and unknown principals), `TagException`, `LimitExceededException`,
    ///   `UnsupportedOperationException`, or `AccessDeniedException`.
    @discardableResult
    public mutating func createKey(
        policy: String? = nil,
        description: String = "",
        keyUsage: KeyUsage? = nil,
        keySpec: KeySpec = .symmetricDefault,
        origin: KeyOrigin = .awsKMS,
        bypassPolicyLockoutSafetyCheck: Bool = false,
        tags: [String: String] = [:],
        multiRegion: Bool = false,
        as session: Session
    ) throws(AWSError) -> KeyMetadata {
        let usage = keyUsage ?? .encryptDecrypt
        try Self.validateKeyShape(spec: keySpec, usage: usage, origin: origin)
        try Self.validate(description: description)
        try Self.validateKMSTags(tags)
        let accountID = session.accountID
        let region = requestRegion(of: session)
        let context = IAMNames.requestTagContext(tags)
        var typed = KMSConditionKeys.shape(spec: keySpec, usage: usage, origin: origin)
        typed.merge(KMSConditionKeys.multiRegion(multiRegion ? .primary : nil))
        typed.merge(KMSConditionKeys.bypassPolicyLockoutSafetyCheck(bypassPolicyLockoutSafetyCheck))
        // One preparation of the caller serves every check of the operation.
        let caller = prepare(session, memoizingDecisions: false)
        try requireKMSAccess("kms:CreateKey", as: session, context: context, typed: typed, caller: caller)
        if !tags.isEmpty {
            try requireKMSAccess("kms:TagResource", as: session, context: context, typed: typed, caller: caller)
        }
        let keyID = multiRegion ? "mrk-" + ids.hexadecimal(32) : Self.uuid(&ids)
        let arn = keyARN(accountID, region, keyID)
        let text = policy ?? Self.defaultKeyPolicy(accountID: accountID, partition: partition)
        let compiled = try compileKeyPolicy(text, keyARN: arn)
        if !bypassPolicyLockoutSafetyCheck {
            try checkPolicyLockout(compiled, keyARN: arn, accountID: accountID, caller: session, prepared: caller)
        }
        let key = try insertKey(
            keyID: keyID, accountID: accountID, region: region, description: description, keySpec: keySpec,
            keyUsage: usage, origin: origin, keyManager: .customer, policyText: text, policy: compiled, tags: tags,
            primaryRegion: multiRegion ? region : nil, managingService: nil,
            material: KeyMaterial(seed: seed, materialID: keyID, spec: keySpec, usage: usage))
        return keyMetadata(key)
    }

    /// Stores a new key after authorization, or on AWS's behalf (AWS managed keys, replicas).
    mutating func insertKey(
        keyID: String,
        accountID: String,
        region: String,
        description: String,
        keySpec: KeySpec,
        keyUsage: KeyUsage,
        origin: KeyOrigin,
        keyManager: KeyManagerType,
        policyText: String,
        policy: Policy,
        tags: [String: String],
        primaryRegion: String?,
        managingService: String?,
        material: KeyMaterial
    ) throws(AWSError) -> KMSKey {
        let key = KMSKey(
            keyID: keyID, accountID: accountID, region: region, partition: partition, creationDate: now,
            description: description, keySpec: keySpec, keyUsage: keyUsage, origin: origin, keyManager: keyManager,
            policyText: policyText, policy: policy, tags: tags, primaryRegion: primaryRegion,
            managingService: managingService, material: material)
        try updateKMS(of: accountID, region: region) { (store: inout KMSRegion) throws(AWSError) in
            guard store.keys.count < KMSAccount.Quota.keysPerRegion else {
                throw AWSError(
                    .limitExceededException,
                    "account \(accountID) has \(KMSAccount.Quota.keysPerRegion) keys in \(region), the quota")
            }
            store.keys[keyID] = key
            store.keyOrder.append(keyID)
        }
        return key
    }

    /// The key's metadata now, as `DescribeKey` returns it.
    public func keyMetadata(_ key: KMSKey) -> KeyMetadata {
        let state = keyState(key) ?? .pendingDeletion
        let algorithms = key.keySpec.algorithms(for: key.keyUsage)
        var configuration: KeyMetadata.MultiRegionConfiguration?
        if let primaryRegion = key.primaryRegion {
            let members = ([key] + replicas(of: key)).sorted { $0.region < $1.region }
            configuration = KeyMetadata.MultiRegionConfiguration(
                multiRegionKeyType: key.region == primaryRegion ? .primary : .replica,
                primaryKey: KeyMetadata.MultiRegionKey(
                    arn: keyARN(key.accountID, primaryRegion, key.keyID), region: primaryRegion),
                replicaKeys: members.filter { $0.region != primaryRegion }.map {
                    KeyMetadata.MultiRegionKey(arn: $0.arn, region: $0.region)
                })
        }
        let pending = state == .pendingDeletion || state == .pendingReplicaDeletion
        return KeyMetadata(
            awsAccountID: key.accountID, keyID: key.keyID, arn: key.arn, creationDate: key.creationDate,
            enabled: state == .enabled, description: key.description, keyUsage: key.keyUsage, keyState: state,
            deletionDate: pending ? deletionDate(of: key) : nil,
            pendingDeletionWindowInDays: pending ? key.pendingWindowInDays : nil,
            validTo: key.importedMaterial?.validTo, origin: key.origin, keyManager: key.keyManager,
            keySpec: key.keySpec, encryptionAlgorithms: algorithms.encryption, signingAlgorithms: algorithms.signing,
            macAlgorithms: algorithms.mac, keyAgreementAlgorithms: algorithms.agreement,
            multiRegion: key.isMultiRegion, multiRegionConfiguration: configuration)
    }

    /// `DescribeKey`: by key ID, key ARN, alias name or alias ARN; other accounts' keys by ARN.
    public func describeKey(keyID: String, as session: Session) throws(AWSError) -> KeyMetadata {
        let (key, alias) = try resolveKey(keyID, for: session, operation: "DescribeKey", rules: .cryptographic)
        try requireKeyAccess("kms:DescribeKey", on: key, as: session, alias: alias)
        return keyMetadata(key)
    }

    /// `ListKeys` of the caller's account and Region, oldest first.
    /// - Parameters:
    ///   - limit: 1 to 1,000 entries a page; 100 by default.
    ///   - marker: The `nextMarker` of the previous page.
    public func listKeys(limit: Int = 100, marker: String? = nil, as session: Session) throws(AWSError) -> KMSPage<
        KeyListEntry
    > {
        try requireKMSAccess("kms:ListKeys", as: session)
        let region = requestRegion(of: session)
        let store = kmsRegion(session.accountID, region)
        let live = (store?.keyOrder ?? []).compactMap { id in store?.keys[id] }.filter { !isDeleted($0) }
        return try Self.page(live.map { KeyListEntry(keyID: $0.keyID, keyARN: $0.arn) }, limit: limit, marker: marker)
    }

    /// Cuts one page out of a list, with KMS's limits and markers.
    static func page<Element>(_ all: [Element], limit: Int, marker: String?) throws(AWSError) -> KMSPage<Element> {
        guard (1...1_000).contains(limit) else {
            throw AWSError(.kmsValidation, "Limit must be 1 to 1000, not \(limit)")
        }
        var start = 0
        if let marker {
            guard let index = Int(marker), index >= 0, index <= all.count else {
                throw AWSError(.invalidMarker, "the marker '\(marker)' is not one this list returned")
            }
            start = index
        }
        let end = min(all.count, start + limit)
        let truncated = end < all.count
        return KMSPage(
            entries: Array(all[start..<end]), nextMarker: truncated ? String(end) : nil, truncated: truncated)
    }

    /// `EnableKey`. A key whose automatic rotation was due while it was disabled rotates at once.
    public mutating func enableKey(keyID: String, as session: Session) throws(AWSError) {
        let (key, _) = try resolveKey(keyID, for: session, operation: "EnableKey", rules: .management)
        try requireKeyAccess("kms:EnableKey", on: key, as: session)
        try requireState(of: key, in: [.enabled, .disabled], operation: "EnableKey")
        let now = self.now
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.isEnabled = true
            if key.rotation.isPaused {
                key.rotation.isPaused = false
                if let next = key.rotation.nextRotation, next <= now {
                    key.rotation.versions.append((now, .automatic))
                    key.rotation.nextRotation = now + TimeInterval(key.rotation.periodDays ?? 365) * 86_400
                }
            }
        }
        try syncRotationToReplicas(of: key)
    }

    /// `DisableKey`: the key can no longer be used, and automatic rotation waits.
    public mutating func disableKey(keyID: String, as session: Session) throws(AWSError) {
        let (key, _) = try resolveKey(keyID, for: session, operation: "DisableKey", rules: .management)
        try requireKeyAccess("kms:DisableKey", on: key, as: session)
        try requireState(of: key, in: [.enabled, .disabled], operation: "DisableKey")
        let now = self.now
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.rotation.record(until: now)
            key.isEnabled = false
            key.rotation.isPaused = true
        }
        try syncRotationToReplicas(of: key)
    }

    /// `ScheduleKeyDeletion`: the key is deleted when the simulated clock passes the end of the
    /// waiting period (for a multi-Region primary, the waiting period starts when its last replica is deleted).
    /// - Parameter pendingWindowInDays: 7 to 30; 30 by default. Policies see it as
    ///   `kms:ScheduleKeyDeletionPendingWindowInDays`.
    @discardableResult
    public mutating func scheduleKeyDeletion(
        keyID: String,
        pendingWindowInDays: Int = 30,
        as session: Session
    ) throws(AWSError) -> ScheduleKeyDeletionResult {
        guard (7...30).contains(pendingWindowInDays) else {
            throw AWSError(.kmsValidation, "PendingWindowInDays must be 7 to 30, not \(pendingWindowInDays)")
        }
        let (key, _) = try resolveKey(keyID, for: session, operation: "ScheduleKeyDeletion", rules: .management)
        try requireKeyAccess(
            "kms:ScheduleKeyDeletion", on: key, as: session,
            context: ["kms:ScheduleKeyDeletionPendingWindowInDays": [String(pendingWindowInDays)]])
        try requireState(of: key, in: [.enabled, .disabled, .pendingImport], operation: "ScheduleKeyDeletion")
        let now = self.now
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.rotation.record(until: now)
            key.rotation.isPaused = true
            key.deletionScheduledAt = now
            key.pendingWindowInDays = pendingWindowInDays
        }
        try syncRotationToReplicas(of: key)
        let updated = liveKey(key.accountID, key.region, key.keyID) ?? key
        return ScheduleKeyDeletionResult(
            keyID: key.arn, deletionDate: deletionDate(of: updated), keyState: keyState(updated) ?? .pendingDeletion,
            pendingWindowInDays: pendingWindowInDays)
    }

    /// `CancelKeyDeletion`: the key comes back `Disabled`.
    /// - Returns: The key ARN.
    @discardableResult
    public mutating func cancelKeyDeletion(keyID: String, as session: Session) throws(AWSError) -> String {
        let (key, _) = try resolveKey(keyID, for: session, operation: "CancelKeyDeletion", rules: .management)
        try requireKeyAccess("kms:CancelKeyDeletion", on: key, as: session)
        try requireState(of: key, in: [.pendingDeletion, .pendingReplicaDeletion], operation: "CancelKeyDeletion")
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.deletionScheduledAt = nil
            key.pendingWindowInDays = nil
            key.isEnabled = false
        }
        return key.arn
    }

    /// `UpdateKeyDescription`.
    public mutating func updateKeyDescription(keyID: String, description: String, as session: Session) throws(AWSError)
    {
        try Self.validate(description: description)
        let (key, _) = try resolveKey(keyID, for: session, operation: "UpdateKeyDescription", rules: .management)
        try requireKeyAccess("kms:UpdateKeyDescription", on: key, as: session)
        try requireState(of: key, in: [.enabled, .disabled], operation: "UpdateKeyDescription")
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in key.description = description }
    }

    // MARK: - Tags

    /// `TagResource`: adds or replaces tags.
    public mutating func tagResource(keyID: String, tags: [String: String], as session: Session) throws(AWSError) {
        try Self.validateKMSTags(tags)
        let (key, _) = try resolveKey(keyID, for: session, operation: "TagResource", rules: .management)
        try requireKeyAccess("kms:TagResource", on: key, as: session, context: IAMNames.requestTagContext(tags))
        try requireState(of: key, in: [.enabled, .disabled, .pendingImport], operation: "TagResource")
        let merged = key.tags.merging(tags) { _, new in new }
        guard merged.count <= KMSAccount.Quota.tagsPerKey else {
            throw AWSError(.tagException, "a key may have at most 50 tags; \(key.arn) would have \(merged.count)")
        }
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in key.tags = merged }
    }

    /// `UntagResource`.
    public mutating func untagResource(keyID: String, tagKeys: [String], as session: Session) throws(AWSError) {
        let (key, _) = try resolveKey(keyID, for: session, operation: "UntagResource", rules: .management)
        try requireKeyAccess("kms:UntagResource", on: key, as: session, context: ["aws:TagKeys": tagKeys])
        try requireState(of: key, in: [.enabled, .disabled, .pendingImport], operation: "UntagResource")
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            for tagKey in tagKeys { key.tags[tagKey] = nil }
        }
    }

    /// `ListResourceTags`, sorted by key.
    public func listResourceTags(keyID: String, as session: Session) throws(AWSError) -> [(key: String, value: String)]
    {
        let (key, _) = try resolveKey(keyID, for: session, operation: "ListResourceTags", rules: .management)
        try requireKeyAccess("kms:ListResourceTags", on: key, as: session)
        return key.tags.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    // MARK: - Validation

    /// The key's state must be one of `allowed`; KMS says `DisabledException` for a disabled key
    /// and `KMSInvalidStateException` otherwise (https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
    func requireState(of key: KMSKey, in allowed: Set<KeyState>, operation: String) throws(AWSError) {
        let state = keyState(key) ?? .pendingDeletion
        guard allowed.contains(state) else {
            if state == .disabled {
                throw AWSError(.disabled, "\(key.arn) is disabled.")
            }
            throw AWSError(.kmsInvalidState, "\(key.arn) is \(state.rawValue) and cannot be used for \(operation).")
        }
    }

    static func validateKeyShape(spec: KeySpec, usage: KeyUsage, origin: KeyOrigin) throws(AWSError) {
        if spec == .sm2 {
            throw AWSError(.kmsValidation, "KeySpec SM2 is offered only in the China Regions")
        }
        guard spec.allowedUsages.contains(usage) else {
            throw AWSError(
                .kmsValidation,
                "KeyUsage \(usage.rawValue) is not compatible with KeySpec \(spec.rawValue); it allows "
                    + spec.allowedUsages.map(\.rawValue).joined(separator: ", "))
        }
        switch origin {
        case .awsKMS: break
        case .external:
            guard spec == .symmetricDefault else {
                throw AWSError(
                    .unsupportedOperation,
                    "lzsim imports material for SYMMETRIC_DEFAULT keys only, not \(spec.rawValue)")
            }
        case .awsCloudHSM, .externalKeyStore:
            throw AWSError(
                .unsupportedOperation,
                "Origin \(origin.rawValue) needs a custom key store, which lzsim does not simulate")
        }
    }

    static func validate(description: String) throws(AWSError) {
        guard description.count <= 8_192 else {
            throw AWSError(.kmsValidation, "Description must be at most 8192 characters, not \(description.count)")
        }
    }

    static func validateKMSTags(_ tags: [String: String]) throws(AWSError) {
        guard tags.count <= KMSAccount.Quota.tagsPerKey else {
            throw AWSError(.tagException, "a key may have at most 50 tags, not \(tags.count)")
        }
        for (key, value) in tags {
            guard (1...128).contains(key.count) else {
                throw AWSError(.tagException, "tag key '\(key)' must be 1 to 128 characters")
            }
            guard value.count <= 256 else {
                throw AWSError(.tagException, "the value of tag '\(key)' must be at most 256 characters")
            }
            guard !key.lowercased().hasPrefix("aws:") else {
                throw AWSError(.tagException, "tag key '\(key)' uses the reserved prefix aws:")
            }
        }
    }

    /// A random-looking, repeatable UUID in KMS's lowercase form.
    static func uuid(_ ids: inout IDGenerator) -> String {
        [8, 4, 4, 4, 12].map { ids.hexadecimal($0) }.joined(separator: "-")
    }
}
