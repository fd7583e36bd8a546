public import Foundation
import LZPolicy

/// What `GetKeyRotationStatus` returns.
public struct KeyRotationStatus: Sendable, Hashable {
    /// The key ID.
    public var keyID: String
    /// Whether automatic rotation is enabled.
    public var keyRotationEnabled: Bool
    /// The period, while rotation is enabled.
    public var rotationPeriodInDays: Int?
    /// When the next automatic rotation happens, while the key is enabled.
    public var nextRotationDate: Date?
}

extension World {
    /// `EnableKeyRotation`: the key's material rotates every `rotationPeriodInDays` (90 to 2,560;
    /// 365 by default) from now on, as the simulated clock passes each date. Changing the period
    /// of a key that already rotates counts the next rotation from its last one (or its creation).
    /// Policies see the period as `kms:RotationPeriodInDays`.
    /// - Throws: `ValidationException` for a period out of range; `UnsupportedOperationException`
    ///   for asymmetric, HMAC, imported-material and replica keys; `DisabledException`,
    ///   `KMSInvalidStateException`, `NotFoundException`, `AccessDeniedException`.
    public mutating func enableKeyRotation(
        keyID: String,
        rotationPeriodInDays: Int? = nil,
        as session: Session
    ) throws(AWSError) {
        let period = rotationPeriodInDays ?? 365
        guard (90...2_560).contains(period) else {
            throw AWSError(.kmsValidation, "RotationPeriodInDays must be 90 to 2560, not \(period)")
        }
        let (key, _) = try resolveKey(keyID, for: session, operation: "EnableKeyRotation", rules: .management)
        var context: [String: [String]] = [:]
        if let rotationPeriodInDays { context["kms:RotationPeriodInDays"] = [String(rotationPeriodInDays)] }
        try requireKeyAccess("kms:EnableKeyRotation", on: key, as: session, context: context)
        try requireState(of: key, in: [.enabled], operation: "EnableKeyRotation")
        try requireRotatable(key, operation: "EnableKeyRotation")
        let now = self.now
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.rotation.record(until: now)
            let periodSeconds = TimeInterval(period) * 86_400
            if key.rotation.isEnabled {
                let last = key.rotation.versions.last?.date ?? key.creationDate
                key.rotation.nextRotation = max(last + periodSeconds, now)
            } else {
                key.rotation.nextRotation = now + periodSeconds
            }
            key.rotation.isEnabled = true
            key.rotation.periodDays = period
        }
        try syncRotationToReplicas(of: key)
    }

    /// `DisableKeyRotation`.
    public mutating func disableKeyRotation(keyID: String, as session: Session) throws(AWSError) {
        let (key, _) = try resolveKey(keyID, for: session, operation: "DisableKeyRotation", rules: .management)
        try requireKeyAccess("kms:DisableKeyRotation", on: key, as: session)
        try requireState(of: key, in: [.enabled], operation: "DisableKeyRotation")
        try requireRotatable(key, operation: "DisableKeyRotation")
        let now = self.now
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.rotation.record(until: now)
            key.rotation.isEnabled = false
            key.rotation.periodDays = nil
            key.rotation.nextRotation = nil
        }
        try syncRotationToReplicas(of: key)
    }

    /// `GetKeyRotationStatus`, seen at the world's current time.
    public func getKeyRotationStatus(keyID: String, as session: Session) throws(AWSError) -> KeyRotationStatus {
        let (key, _) = try resolveKey(keyID, for: session, operation: "GetKeyRotationStatus", rules: .grants)
        try requireKeyAccess("kms:GetKeyRotationStatus", on: key, as: session)
        return keyRotationStatus(key)
    }

    /// A key's rotation status now, without authorization (for queries and controls).
    public func keyRotationStatus(_ key: KMSKey) -> KeyRotationStatus {
        let rotation = key.rotation
        return KeyRotationStatus(
            keyID: key.keyID, keyRotationEnabled: rotation.isEnabled, rotationPeriodInDays: rotation.periodDays,
            nextRotationDate: rotation.isPaused ? nil : rotation.nextRotationDate(at: now))
    }

    /// `RotateKeyOnDemand`: new material now, at most 10 times a key; the automatic schedule is unchanged.
    /// - Returns: The key ID.
    @discardableResult
    public mutating func rotateKeyOnDemand(keyID: String, as session: Session) throws(AWSError) -> String {
        let (key, _) = try resolveKey(keyID, for: session, operation: "RotateKeyOnDemand", rules: .management)
        try requireKeyAccess("kms:RotateKeyOnDemand", on: key, as: session)
        try requireState(of: key, in: [.enabled], operation: "RotateKeyOnDemand")
        try requireRotatable(key, operation: "RotateKeyOnDemand")
        let onDemand = key.rotation.versions.filter { $0.type == .onDemand }.count
        guard onDemand < 10 else {
            throw AWSError(
                .limitExceededException, "\(key.arn) has been rotated on demand 10 times, the most KMS allows")
        }
        let now = self.now
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.rotation.record(until: now)
            key.rotation.versions.append((now, .onDemand))
        }
        try syncRotationToReplicas(of: key)
        return key.keyID
    }

    /// `ListKeyRotations`: every rotation so far, oldest first, automatic ones included as the clock passed them.
    public func listKeyRotations(
        keyID: String,
        limit: Int = 100,
        marker: String? = nil,
        as session: Session
    ) throws(AWSError) -> KMSPage<KeyRotationEntry> {
        let (key, _) = try resolveKey(keyID, for: session, operation: "ListKeyRotations", rules: .management)
        try requireKeyAccess("kms:ListKeyRotations", on: key, as: session)
        guard key.keySpec == .symmetricDefault else {
            throw AWSError(.unsupportedOperation, "ListKeyRotations: \(key.arn) is a \(key.keySpec) key")
        }
        let entries = key.rotation.rotations(at: now).map {
            KeyRotationEntry(keyID: key.keyID, rotationDate: $0.date, rotationType: $0.type)
        }
        return try Self.page(entries, limit: limit, marker: marker)
    }

    /// Rotation applies to symmetric encryption keys with KMS-made material, and is managed on a
    /// multi-Region key's primary (https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html).
    private func requireRotatable(_ key: KMSKey, operation: String) throws(AWSError) {
        guard key.keySpec == .symmetricDefault else {
            throw AWSError(
                .unsupportedOperation, "\(operation): \(key.arn) is a \(key.keySpec) key; only symmetric keys rotate")
        }
        guard key.origin == .awsKMS else {
            throw AWSError(
                .unsupportedOperation,
                "\(operation): \(key.arn) has imported key material (origin \(key.origin)), which KMS does not rotate")
        }
        guard key.multiRegionKeyType != .replica else {
            throw AWSError(
                .unsupportedOperation,
                "\(operation): \(key.arn) is a multi-Region replica; rotation is managed on its primary in"
                    + " \(key.primaryRegion ?? "")")
        }
    }

    /// Copies a multi-Region primary's rotation to its replicas, which share its material.
    mutating func syncRotationToReplicas(of key: KMSKey) throws(AWSError) {
        guard key.multiRegionKeyType == .primary,
            let primary = accountsByID[key.accountID]?.kms.regions[key.region]?.keys[key.keyID]
        else { return }
        for replica in replicas(of: primary) {
            try updateKey(replica) { (replica: inout KMSKey) throws(AWSError) in replica.rotation = primary.rotation }
        }
    }
}
