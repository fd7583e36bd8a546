public import Foundation
import LZPolicy

extension World {
    /// The Region a session's requests go to: its own, else the world's first.
    func requestRegion(of session: Session) -> String {
        session.attributes.region ?? regions[0]
    }

    /// One account's KMS resources in one Region, if it has any.
    func kmsRegion(_ accountID: String, _ region: String) -> KMSRegion? {
        accountsByID[accountID]?.kms.regions[region]
    }

    /// Applies a change to one account's KMS resources in one Region, in place.
    mutating func updateKMS<Result>(
        of accountID: String,
        region: String,
        _ change: (inout KMSRegion) throws(AWSError) -> Result
    ) throws(AWSError) -> Result {
        guard accountsByID[accountID] != nil else {
            throw AWSError(.notFound, "the world has no account '\(accountID)'")
        }
        if accountsByID[accountID]!.kms.regions[region] == nil {
            accountsByID[accountID]!.kms.regions[region] = KMSRegion()
        }
        return try change(&accountsByID[accountID]!.kms.regions[region]!)
    }

    /// Applies a change to one key in place, then rebuilds what the gateway reads of it.
    mutating func updateKey<Result>(
        _ key: KMSKey,
        _ change: (inout KMSKey) throws(AWSError) -> Result
    ) throws(AWSError) -> Result {
        try updateKMS(of: key.accountID, region: key.region) { (region: inout KMSRegion) throws(AWSError) in
            guard region.keys[key.keyID] != nil else {
                throw AWSError(.notFound, "Key '\(key.arn)' does not exist")
            }
            let result = try change(&region.keys[key.keyID]!)
            region.keys[key.keyID]!.refreshResource()
            return result
        }
    }

    // MARK: - State derived from the clock

    /// When a key's scheduled deletion takes effect. A multi-Region primary with replicas waits
    /// for the last of them to be deleted, then its own waiting period runs
    /// (https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html).
    /// - Returns: `nil` when no deletion is scheduled, or when a primary still waits for a
    ///   replica whose deletion is not scheduled.
    public func deletionDate(of key: KMSKey) -> Date? {
        guard let own = key.ownDeletionDate, let scheduled = key.deletionScheduledAt,
            let window = key.pendingWindowInDays
        else { return nil }
        guard key.multiRegionKeyType == .primary else { return own }
        var lastReplica: Date?
        // Replicas already deleted count too: the waiting period starts when the last one went.
        for replica in replicas(of: key, includingDeleted: true) {
            guard let replicaDate = replica.ownDeletionDate else { return nil }
            lastReplica = max(lastReplica ?? replicaDate, replicaDate)
        }
        guard let lastReplica else { return own }
        return max(scheduled, lastReplica) + TimeInterval(window) * 86_400
    }

    /// The other Regions' keys of a multi-Region key (for a primary, its replicas; for a replica,
    /// its primary and the other replicas), deleted ones left out.
    func replicas(of key: KMSKey, includingDeleted: Bool = false) -> [KMSKey] {
        guard key.isMultiRegion, let kms = accountsByID[key.accountID]?.kms else { return [] }
        return kms.regions.keys.sorted().compactMap { region in
            guard region != key.region, let other = kms.regions[region]?.keys[key.keyID],
                includingDeleted || !isDeleted(other)
            else { return nil }
            return other
        }
    }

    /// Whether a key's deletion has taken effect by now.
    func isDeleted(_ key: KMSKey) -> Bool {
        guard let own = key.ownDeletionDate, own <= now else { return false }
        if key.multiRegionKeyType != .primary { return true }
        return deletionDate(of: key).map { $0 <= now } ?? false
    }

    /// A key's state now, or `nil` once it is deleted.
    public func keyState(_ key: KMSKey) -> KeyState? {
        if key.deletionScheduledAt != nil {
            if isDeleted(key) { return nil }
            if key.multiRegionKeyType == .primary, !replicas(of: key).isEmpty {
                let date = deletionDate(of: key)
                if date == nil || replicas(of: key).contains(where: { !isDeleted($0) }) {
                    return .pendingReplicaDeletion
                }
            }
            return .pendingDeletion
        }
        if key.origin == .external {
            guard let material = key.importedMaterial, material.validTo.map({ $0 > now }) ?? true else {
                return .pendingImport
            }
        }
        return key.isEnabled ? .enabled : .disabled
    }

    /// A key that exists now.
    func liveKey(_ accountID: String, _ region: String, _ keyID: String) -> KMSKey? {
        guard let key = accountsByID[accountID]?.kms.regions[region]?.keys[keyID], !isDeleted(key) else { return nil }
        return key
    }

    // MARK: - Finding the key a request names

    /// What a `KeyId` parameter may be for an operation.
    struct KeyIdentifierRules {
        /// Whether alias names and alias ARNs are accepted.
        var aliases: Bool
        /// Whether a key of another account may be named (by ARN).
        var crossAccount: Bool

        /// Cryptographic operations, `DescribeKey`, `GetPublicKey`: aliases and other accounts' keys.
        static let cryptographic = KeyIdentifierRules(aliases: true, crossAccount: true)
        /// Grant operations: key ID or ARN, other accounts' keys allowed.
        static let grants = KeyIdentifierRules(aliases: false, crossAccount: true)
        /// Key management: key ID or ARN of the caller's own account.
        static let management = KeyIdentifierRules(aliases: false, crossAccount: false)
    }

    /// The key a `KeyId` names, and the alias the request named it by.
    /// - Throws: `ValidationException` for an empty identifier; `NotFoundException` for an unknown
    ///   or deleted key or alias, a malformed identifier, another Region's ARN, an alias where the
    ///   operation takes none, or another account's key where the operation is not cross-account.
    func resolveKey(
        _ identifier: String,
        for session: Session,
        operation: String,
        rules: KeyIdentifierRules
    ) throws(AWSError) -> (key: KMSKey, alias: String?) {
        guard !identifier.isEmpty else {
            throw AWSError(.kmsValidation, "\(operation): KeyId must not be empty")
        }
        let region = requestRegion(of: session)
        var account = session.accountID
        var resource = identifier
        if identifier.hasPrefix("arn:") {
            let fields = identifier.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, fields[2] == "kms", Self.isAccountID(fields[4]) else {
                throw AWSError(.notFound, "\(operation): Invalid keyId '\(identifier)'")
            }
            guard fields[3] == region else {
                throw AWSError(
                    .notFound,
                    "\(operation): '\(identifier)' is in Region \(fields[3]) but the request goes to \(region)")
            }
            account = String(fields[4])
            resource = String(fields[5])
            if account != session.accountID && !rules.crossAccount {
                throw AWSError(
                    .notFound,
                    "\(operation) cannot be used on a key of another account: '\(identifier)' is in account \(account)")
            }
        }
        if resource.hasPrefix("alias/") {
            guard rules.aliases else {
                throw AWSError(
                    .notFound, "\(operation) takes a key ID or key ARN, not the alias '\(identifier)'")
            }
            guard let entry = kmsRegion(account, region)?.aliases[resource], let target = entry.targetKeyID,
                let key = liveKey(account, region, target)
            else {
                throw AWSError(.notFound, "Alias \(aliasARN(account, region, resource)) is not found.")
            }
            return (key, resource)
        }
        let keyID = resource.hasPrefix("key/") ? String(resource.dropFirst(4)) : resource
        guard Self.isKeyID(keyID) else {
            throw AWSError(.notFound, "\(operation): Invalid keyId '\(identifier)'")
        }
        guard let key = liveKey(account, region, keyID) else {
            throw AWSError(.notFound, "Key '\(keyARN(account, region, keyID))' does not exist")
        }
        return (key, nil)
    }

    /// Twelve digits.
    static func isAccountID(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// A UUID, or `mrk-` and 32 hexadecimal digits.
    static func isKeyID(_ text: String) -> Bool {
        func isHex(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
        let utf8 = text.utf8
        if text.hasPrefix("mrk-") {
            return utf8.count == 36 && utf8.dropFirst(4).allSatisfy(isHex)
        }
        guard utf8.count == 36 else { return false }
        for (offset, byte) in utf8.enumerated() {
            let dash = offset == 8 || offset == 13 || offset == 18 || offset == 23
            guard dash ? byte == 0x2D : isHex(byte) else { return false }
        }
        return true
    }

    func keyARN(_ account: String, _ region: String, _ keyID: String) -> String {
        "arn:\(partition):kms:\(region):\(account):key/\(keyID)"
    }

    func aliasARN(_ account: String, _ region: String, _ aliasName: String) -> String {
        "arn:\(partition):kms:\(region):\(account):\(aliasName)"
    }

    // MARK: - Authorization

    /// The condition keys every request on a key carries besides the key's own: the caller's
    /// account, and the service that made the request on the caller's behalf.
    func kmsRequestContext(
        for session: Session,
        alias: String?,
        _ extra: [String: [String]] = [:]
    ) -> [String: [String]] {
        var context = extra
        if !session.accountID.isEmpty { context["kms:CallerAccount"] = [session.accountID] }
        if let via = viaService(of: session) { context["kms:ViaService"] = [via] }
        if let alias { context["kms:RequestAlias"] = [alias] }
        return context
    }

    /// `kms:ViaService`: the last service in `aws:CalledVia`, with the request's Region, such as
    /// `s3.eu-west-1.amazonaws.com`.
    func viaService(of session: Session) -> String? {
        guard let last = session.attributes.calledVia.last else { return nil }
        guard let dot = last.firstIndex(of: ".") else { return last }
        return "\(last[..<dot]).\(requestRegion(of: session))\(last[dot...])"
    }

    /// Authorizes a KMS action on a key and throws `AccessDeniedException` with AWS's message.
    func requireKeyAccess(
        _ action: String,
        on key: KMSKey,
        as session: Session,
        alias: String? = nil,
        context: [String: [String]] = [:]
    ) throws(AWSError) {
        try requireAccess(
            AccessRequest(
                session: session, action: action, resource: key.resource,
                context: kmsRequestContext(for: session, alias: alias, context), region: key.region),
            deniedCode: .accessDeniedException)
    }

    /// Authorizes a KMS action that has no resource (`CreateKey`, `ListKeys`...): IAM policies only.
    func requireKMSAccess(
        _ action: String,
        as session: Session,
        resource: String = "*",
        context: [String: [String]] = [:],
        typed: RequestContext = RequestContext(),
        caller: PreparedCaller? = nil
    ) throws(AWSError) {
        let caller = caller ?? prepare(session, memoizingDecisions: false)
        var request = AccessRequest(
            session: session, action: action, resource: ResourceReference(arn: resource, accountID: session.accountID),
            context: context)
        request.typedContext = typed
        request.typedContext.merge(caller.kmsContext)
        try requireAccess(request, as: caller, deniedCode: .accessDeniedException)
    }

    /// The encryption-context condition keys: `kms:EncryptionContext:KEY` per pair and
    /// `kms:EncryptionContextKeys` (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html).
    static func encryptionContextKeys(_ context: EncryptionContext, into keys: inout [String: [String]]) {
        guard !context.isEmpty else { return }
        for (key, value) in context { keys["kms:EncryptionContext:\(key)"] = [value] }
        keys["kms:EncryptionContextKeys"] = context.keys.sorted()
    }

    /// Checks an encryption context as KMS does: keys are non-empty, and the whole context is at
    /// most 8,192 bytes.
    static func validate(encryptionContext context: EncryptionContext, operation: String) throws(AWSError) {
        var size = 0
        for (key, value) in context {
            guard !key.isEmpty else {
                throw AWSError(.kmsValidation, "\(operation): an encryption context key must not be empty")
            }
            size += key.utf8.count + value.utf8.count
        }
        guard size <= 8_192 else {
            throw AWSError(
                .kmsValidation, "\(operation): the encryption context is \(size) bytes; at most 8192 are allowed")
        }
    }
}
