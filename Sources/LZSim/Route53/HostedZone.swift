public import Foundation

/// A Route 53 public hosted zone with its record sets, and the history of records it no longer
/// has, so the world can tell what a name resolved to at any past instant.
public struct HostedZone: Sendable {
    /// The zone's ID, such as `Z0123456789ABCDEFGHIJ`.
    public let id: String
    /// The zone's name, with a trailing dot (`example.com.`).
    public let name: String
    /// The caller reference that made the zone, unique per account.
    public let callerReference: String
    /// When the zone was created.
    public let createdAt: Date
    /// The record sets the zone holds now, in the order they were created.
    public internal(set) var recordSets: [ResourceRecordSet]
    /// Record sets removed from the zone, with when they stopped resolving.
    var removedRecordSets: [(recordSet: ResourceRecordSet, removedAt: Date)] = []

    /// The zone's ARN (Route 53 ARNs name no Region and no account).
    public var arn: String { "arn:aws:route53:::hostedzone/\(id)" }
}

/// One record set: a name, a type, a TTL and its values.
public struct ResourceRecordSet: Sendable, Hashable {
    /// The record's name, fully qualified with a trailing dot.
    public var name: String
    /// `A`, `AAAA`, `CNAME`, `TXT`, `CAA`...
    public var type: String
    /// Seconds resolvers may cache the record.
    public var ttl: Int
    /// The record's values.
    public var resourceRecords: [String]
    /// When the record set took its current values.
    public internal(set) var createdAt: Date

    /// Creates a record set; the world stamps its creation time when it enters a zone.
    public init(name: String, type: String, ttl: Int = 300, resourceRecords: [String]) {
        self.name = ResourceRecordSet.fullyQualified(name)
        self.type = type.uppercased()
        self.ttl = ttl
        self.resourceRecords = resourceRecords
        self.createdAt = .distantPast
    }

    /// Lowercase, with a trailing dot, as Route 53 compares names.
    static func fullyQualified(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasSuffix(".") ? lower : lower + "."
    }
}

/// One change of a `ChangeResourceRecordSets` batch.
public struct ResourceRecordSetChange: Sendable, Hashable {
    /// What the change does.
    public enum Action: String, Sendable, Hashable {
        /// Adds a record set; the name and type must be new.
        case create = "CREATE"
        /// Removes a record set; its values must match.
        case delete = "DELETE"
        /// Adds or replaces a record set.
        case upsert = "UPSERT"
    }

    /// What the change does.
    public var action: Action
    /// The record set created, deleted or replaced.
    public var resourceRecordSet: ResourceRecordSet

    /// Creates a change.
    public init(action: Action, resourceRecordSet: ResourceRecordSet) {
        self.action = action
        self.resourceRecordSet = resourceRecordSet
    }
}

extension HostedZone {
    /// Applies a batch of changes, all or nothing, stamping new records with `now` and keeping
    /// removed ones in the history.
    /// - Throws: `InvalidChangeBatch` naming the record that cannot change.
    mutating func apply(_ changes: [ResourceRecordSetChange], at now: Date) throws(AWSError) {
        var zone = self
        for change in changes {
            var record = change.resourceRecordSet
            record.createdAt = now
            let label = "[name='\(record.name)', type='\(record.type)']"
            guard record.name == zone.name || record.name.hasSuffix("." + zone.name) else {
                throw AWSError(
                    .invalidChangeBatch, "RRSet with DNS name \(record.name) is not permitted in zone \(zone.name)")
            }
            let existing = zone.recordSets.firstIndex { $0.name == record.name && $0.type == record.type }
            switch change.action {
            case .create:
                guard existing == nil else {
                    throw AWSError(
                        .invalidChangeBatch, "Tried to create resource record set \(label) but it already exists")
                }
                zone.recordSets.append(record)
            case .delete:
                guard let existing, zone.recordSets[existing].resourceRecords == record.resourceRecords else {
                    throw AWSError(
                        .invalidChangeBatch, "Tried to delete resource record set \(label) but it was not found")
                }
                zone.removedRecordSets.append((zone.recordSets.remove(at: existing), now))
            case .upsert:
                if let existing {
                    zone.removedRecordSets.append((zone.recordSets[existing], now))
                    zone.recordSets[existing] = record
                } else {
                    zone.recordSets.append(record)
                }
            }
        }
        self = zone
    }
}
