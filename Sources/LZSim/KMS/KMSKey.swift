public import Foundation
public import LZPolicy
import Synchronization

/// A KMS key as the world stores it: its settings, its key policy, its grants, aliases and tags,
/// and the rotation schedule from which its material versions are derived.
///
/// States that AWS changes on a timer (deletion at the end of the waiting period, automatic
/// rotation, imported material expiring) are not stored: they are derived from these settings
/// and the simulated clock each time they are read, so moving the clock is all it takes.
public struct KMSKey: Sendable {
    /// The key ID: a UUID, or `mrk-` and 32 hexadecimal digits for a multi-Region key.
    public let keyID: String
    /// `arn:aws:kms:REGION:ACCOUNT:key/KEY-ID`.
    public let arn: String
    /// The owning account.
    public let accountID: String
    /// The key's Region.
    public let region: String
    /// When the key was created.
    public let creationDate: Date
    /// The description.
    public internal(set) var description: String
    /// The type of key material.
    public let keySpec: KeySpec
    /// What the key is for.
    public let keyUsage: KeyUsage
    /// Where its material comes from.
    public let origin: KeyOrigin
    /// `CUSTOMER`, or `AWS` for the `aws/SERVICE` keys.
    public let keyManager: KeyManagerType
    /// Whether the customer has the key enabled (`EnableKey`) or disabled (`DisableKey`).
    public internal(set) var isEnabled: Bool
    /// When `ScheduleKeyDeletion` was called, while deletion is scheduled.
    public internal(set) var deletionScheduledAt: Date?
    /// The waiting period of a scheduled deletion, 7 to 30 days.
    public internal(set) var pendingWindowInDays: Int?
    /// The key policy as written.
    public internal(set) var policyText: String
    /// The key policy, compiled.
    public internal(set) var policy: Policy
    /// Tags.
    public internal(set) var tags: [String: String]
    /// The names of the aliases that point at the key (`alias/NAME`), sorted.
    public internal(set) var aliasNames: [String]
    /// The key's grants, oldest first.
    public internal(set) var grants: [GrantListEntry]
    /// The Region of the primary key of a multi-Region key; `nil` for a single-Region key.
    public internal(set) var primaryRegion: String?
    /// The AWS service an AWS managed key belongs to (`s3` for `aws/s3`).
    public let managingService: String?
    var rotation: KeyRotation
    /// Imported material (origin `EXTERNAL`), with its expiry.
    var importedMaterial: ImportedMaterial?
    /// The material made on first use, shared by every copy of the world (see ``KeyMaterial``).
    let material: KeyMaterial
    /// The key as the gateway sees it, rebuilt whenever the policy, grants, tags or aliases change.
    public internal(set) var resource: ResourceReference
    /// Which version of ``resource`` this is: unique in the process, renewed by every change, so a
    /// decision remembered for one revision is never used for another (see ``PreparedCaller``).
    private(set) var revision: UInt64 = 0
    private static let revisions = Atomic<UInt64>(0)

    init(
        keyID: String,
        accountID: String,
        region: String,
        partition: String,
        creationDate: Date,
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
    ) {
        self.keyID = keyID
        self.arn = "arn:\(partition):kms:\(region):\(accountID):key/\(keyID)"
        self.accountID = accountID
        self.region = region
        self.creationDate = creationDate
        self.description = description
        self.keySpec = keySpec
        self.keyUsage = keyUsage
        self.origin = origin
        self.keyManager = keyManager
        self.isEnabled = true
        self.policyText = policyText
        self.policy = policy
        self.tags = tags
        self.aliasNames = []
        self.grants = []
        self.primaryRegion = primaryRegion
        self.managingService = managingService
        self.rotation = KeyRotation(creationDate: creationDate)
        self.material = material
        self.resource = ResourceReference(arn: arn)
        refreshResource()
    }

    /// Whether the key is a multi-Region key (primary or replica).
    public var isMultiRegion: Bool { primaryRegion != nil }
    /// `PRIMARY` or `REPLICA` for a multi-Region key.
    public var multiRegionKeyType: MultiRegionKeyType? {
        primaryRegion.map { $0 == region ? .primary : .replica }
    }

    /// When a scheduled deletion takes effect, ignoring replicas (see ``World/keyMetadata(_:)``).
    var ownDeletionDate: Date? {
        guard let deletionScheduledAt, let pendingWindowInDays else { return nil }
        return deletionScheduledAt + TimeInterval(pendingWindowInDays) * 86_400
    }

    /// Rebuilds what the gateway reads: the key policy, the grants for the engine, the tags, the
    /// RCP exemption of AWS managed keys, and the key's own condition keys, typed once.
    mutating func refreshResource() {
        var context = RequestContext(minimumCapacity: 8)
        // Keys whose values recur across keys share their typed entries.
        context.merge(KMSConditionKeys.shape(spec: keySpec, usage: keyUsage, origin: origin))
        context.merge(KMSConditionKeys.multiRegion(multiRegionKeyType))
        if aliasNames.isEmpty {
            context.merge(KMSConditionKeys.noAliases)
        } else {
            context.set("kms:ResourceAliases", values: aliasNames, multivalued: true)
        }
        // Tags are typed here once rather than on every request.
        for (key, value) in tags { context["aws:ResourceTag/\(key)"] = [value] }
        resource = ResourceReference(
            arn: arn, accountID: accountID, tags: [:], policy: policy,
            grants: grants.map(\.engineGrant), isAWSManagedKey: keyManager == .aws, context: context)
        revision = Self.revisions.add(1, ordering: .relaxed).newValue
    }
}

/// Key material imported into a key of origin `EXTERNAL`.
struct ImportedMaterial: Sendable {
    var bytes: [UInt8]
    /// When the material expires; `nil` for material that does not.
    var validTo: Date?
}

/// One version of a key's material, as `ListKeyRotations` reports its rotations.
public struct KeyRotationEntry: Sendable, Hashable {
    /// The key's ID.
    public var keyID: String
    /// When the material was rotated.
    public var rotationDate: Date
    /// Automatic or on demand.
    public var rotationType: RotationType
}

/// The rotation settings of a key, from which its material versions are derived.
///
/// Version 0 is the material the key was created with; each rotation adds one. Rotations that
/// already happened are kept in ``versions``; automatic rotations still to come are computed
/// from ``nextRotation`` and the period when read, as long as the key is enabled. Every change
/// to the schedule first records the automatic rotations that have happened by then.
struct KeyRotation: Sendable {
    /// The versions made so far, version 0 first.
    var versions: [(date: Date, type: RotationType?)]
    /// Whether automatic rotation is enabled.
    var isEnabled = false
    /// The automatic rotation period.
    var periodDays: Int?
    /// The next automatic rotation, while the schedule runs (rotation enabled and the key enabled).
    var nextRotation: Date?
    /// Whether automatic rotation waits for the key to be enabled again.
    var isPaused = false

    init(creationDate: Date) {
        versions = [(creationDate, nil)]
    }

    /// The automatic rotations due by `now` that are not yet recorded.
    func pendingRotations(at now: Date) -> [Date] {
        guard isEnabled, !isPaused, let next = nextRotation, let periodDays, next <= now else { return [] }
        let period = TimeInterval(periodDays) * 86_400
        let count = Int(((now.timeIntervalSince1970 - next.timeIntervalSince1970) / period).rounded(.down)) + 1
        return (0..<count).map { next + TimeInterval($0) * period }
    }

    /// How many material versions the key has at `now`.
    func versionCount(at now: Date) -> Int {
        versions.count + pendingRotations(at: now).count
    }

    /// When the next automatic rotation happens, seen at `now`.
    func nextRotationDate(at now: Date) -> Date? {
        guard isEnabled, let periodDays else { return nil }
        guard let next = nextRotation else { return nil }
        let pending = pendingRotations(at: now)
        return pending.last.map { $0 + TimeInterval(periodDays) * 86_400 } ?? next
    }

    /// Records the automatic rotations that happened by `now`.
    mutating func record(until now: Date) {
        let pending = pendingRotations(at: now)
        guard let last = pending.last, let periodDays else { return }
        versions += pending.map { ($0, RotationType.automatic) }
        nextRotation = last + TimeInterval(periodDays) * 86_400
    }

    /// The rotation history seen at `now`: every version after the first.
    func rotations(at now: Date) -> [(date: Date, type: RotationType)] {
        versions.dropFirst().map { ($0.date, $0.type ?? .automatic) }
            + pendingRotations(at: now).map { ($0, .automatic) }
    }
}

/// A grant on a key, as `ListGrants` returns it
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantListEntry.html).
public struct GrantListEntry: Sendable, Hashable {
    /// The key's ARN.
    public var keyID: String
    /// 64 hexadecimal digits.
    public var grantID: String
    /// The grant's name, if it has one.
    public var name: String?
    /// When it was created.
    public var creationDate: Date
    /// Who may use the grant.
    public var granteePrincipal: String
    /// Who may retire it, besides the grantee when `RetireGrant` is granted.
    public var retiringPrincipal: String?
    /// The account of the principal that created the grant.
    public var issuingAccount: String
    /// The operations the grant allows.
    public var operations: [GrantOperation]
    /// The encryption-context constraint, if any.
    public var constraints: GrantConstraints?
    /// The token returned by `CreateGrant`, usable at once.
    public var grantToken: String

    /// The grant as the policy engine evaluates it.
    var engineGrant: KMSGrant {
        KMSGrant(
            granteePrincipal: granteePrincipal, operations: operations.map(\.rawValue),
            constraint: constraints?.engineConstraint)
    }
}

/// A grant's encryption-context constraint.
public enum GrantConstraints: Sendable, Hashable {
    /// The request's encryption context must be exactly these pairs.
    case encryptionContextEquals(EncryptionContext)
    /// The request's encryption context must include these pairs.
    case encryptionContextSubset(EncryptionContext)

    var engineConstraint: KMSGrant.Constraint {
        switch self {
        case .encryptionContextEquals(let pairs): .encryptionContextEquals(pairs)
        case .encryptionContextSubset(let pairs): .encryptionContextSubset(pairs)
        }
    }

    var typeName: String {
        switch self {
        case .encryptionContextEquals: "EncryptionContextEquals"
        case .encryptionContextSubset: "EncryptionContextSubset"
        }
    }

    var pairs: EncryptionContext {
        switch self {
        case .encryptionContextEquals(let pairs), .encryptionContextSubset(let pairs): pairs
        }
    }

    /// Whether a request's context satisfies the constraint (keys and values case-sensitive).
    func isSatisfied(by context: EncryptionContext) -> Bool {
        switch self {
        case .encryptionContextEquals(let pairs): context == pairs
        case .encryptionContextSubset(let pairs): pairs.allSatisfy { context[$0.key] == $0.value }
        }
    }
}

/// An alias, as `ListAliases` returns it.
public struct AliasListEntry: Sendable, Hashable {
    /// `alias/NAME`.
    public var aliasName: String
    /// `arn:aws:kms:REGION:ACCOUNT:alias/NAME`.
    public var aliasARN: String
    /// The key it points at; `nil` for the predefined `aws/SERVICE` aliases whose key is not made yet.
    public var targetKeyID: String?
    /// When it was created.
    public var creationDate: Date?
    /// When it last changed.
    public var lastUpdatedDate: Date?
}

/// The KMS resources of one account in one Region.
public struct KMSRegion: Sendable {
    /// Keys by key ID, deleted ones included until the world forgets them.
    public internal(set) var keys: [String: KMSKey] = [:]
    /// Aliases by name (`alias/NAME`).
    public internal(set) var aliases: [String: AliasListEntry] = [:]
    /// Key IDs in creation order, for `ListKeys`.
    var keyOrder: [String] = []
}

/// The KMS resources of one account, per Region.
public struct KMSAccount: Sendable {
    /// Regions by name.
    public internal(set) var regions: [String: KMSRegion] = [:]

    /// KMS quotas (https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html).
    enum Quota {
        static let keysPerRegion = 100_000
        static let aliasesPerKey = 50
        static let grantsPerKey = 50_000
        static let tagsPerKey = 50
    }
}

/// Typed condition-key entries whose values recur across keys and requests, made once per process.
enum KMSConditionKeys {
    private static func context(_ pairs: [(String, String)]) -> RequestContext {
        var context = RequestContext(minimumCapacity: pairs.count)
        for (key, value) in pairs { context[key] = [value] }
        return context
    }

    private static let specs = Dictionary(
        uniqueKeysWithValues: KeySpec.allCases.map { ($0, context([("kms:KeySpec", $0.rawValue)])) })
    private static let usages = Dictionary(
        uniqueKeysWithValues: KeyUsage.allCases.map { ($0, context([("kms:KeyUsage", $0.rawValue)])) })
    private static let origins = Dictionary(
        uniqueKeysWithValues: KeyOrigin.allCases.map { ($0, context([("kms:KeyOrigin", $0.rawValue)])) })
    private static let singleRegion = context([("kms:MultiRegion", "false")])
    private static let primary = context([("kms:MultiRegion", "true"), ("kms:MultiRegionKeyType", "PRIMARY")])
    private static let replica = context([("kms:MultiRegion", "true"), ("kms:MultiRegionKeyType", "REPLICA")])
    private static let bypass = [
        true: context([("kms:BypassPolicyLockoutSafetyCheck", "true")]),
        false: context([("kms:BypassPolicyLockoutSafetyCheck", "false")]),
    ]

    /// An empty `kms:ResourceAliases`.
    static let noAliases: RequestContext = {
        var context = RequestContext(minimumCapacity: 1)
        context.set("kms:ResourceAliases", values: [], multivalued: true)
        return context
    }()

    /// `kms:KeySpec`, `kms:KeyUsage` and `kms:KeyOrigin`.
    static func shape(spec: KeySpec, usage: KeyUsage, origin: KeyOrigin) -> RequestContext {
        var context = RequestContext(minimumCapacity: 8)
        context.merge(specs[spec]!)
        context.merge(usages[usage]!)
        context.merge(origins[origin]!)
        return context
    }

    /// `kms:MultiRegion` and `kms:MultiRegionKeyType`.
    static func multiRegion(_ type: MultiRegionKeyType?) -> RequestContext {
        switch type {
        case nil: singleRegion
        case .primary: primary
        case .replica: replica
        }
    }

    /// `kms:BypassPolicyLockoutSafetyCheck`.
    static func bypassPolicyLockoutSafetyCheck(_ bypass: Bool) -> RequestContext { self.bypass[bypass]! }
}
