/// The request context keys of one request, as AWS would send them: each key one or more strings.
///
/// Key names compare case-insensitively, the tag-key part of `aws:PrincipalTag/Key` included
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
/// Values are typed once, when set, so that numeric, date and IP conditions do no parsing.
public struct RequestContext: Sendable {
    /// One key's values with their typed forms; a class so that a lookup retains one reference.
    final class Entry: Sendable {
        let key: String
        let values: [String]
        let isMultivalued: Bool
        let numbers: [Double?]
        let dates: [Double?]
        let addresses: [IPNetwork?]

        init(key: String, values: [String], isMultivalued: Bool) {
            self.key = key
            self.values = values
            self.isMultivalued = isMultivalued
            // Most values are ARNs, names and flags: a look at their bytes rules the typed forms out
            // without running the parsers, which is most of the cost of building a context.
            numbers = values.map { Self.mayBeNumber($0) ? Double($0) : nil }
            dates = values.map { Self.mayBeNumber($0) ? DateValue.parse($0) : nil }
            addresses = values.map { Self.mayBeAddress($0) ? IPNetwork(parsing: $0) : nil }
        }

        /// Numbers and dates (ISO 8601 or epoch seconds) start with a digit, a sign or a point.
        private static func mayBeNumber(_ text: String) -> Bool {
            guard let first = text.utf8.first else { return false }
            return (0x30...0x39).contains(first) || first == 0x2D || first == 0x2B || first == 0x2E
        }

        /// IPv4 and IPv6 addresses and CIDRs use hexadecimal digits, `.`, `:` and `/` only.
        private static func mayBeAddress(_ text: String) -> Bool {
            var separator = false
            for byte in text.utf8 {
                switch byte {
                case 0x2E, 0x3A: separator = true
                case 0x30...0x39, 0x41...0x46, 0x61...0x66, 0x2F: continue
                default: return false
                }
            }
            return separator
        }
    }

    private(set) var entries: [String: Entry] = [:]

    /// Creates an empty context.
    public init() {}

    /// Creates an empty context with room for `minimumCapacity` keys, so that building a context
    /// of known size never rehashes.
    public init(minimumCapacity: Int) {
        entries.reserveCapacity(minimumCapacity)
    }

    /// Creates a context from single-valued keys.
    public init(_ values: [String: String]) {
        for (key, value) in values { self[key] = [value] }
    }

    /// The values of a key (any spelling of its name), or `nil` when the request lacks it.
    ///
    /// Setting an array marks the key as multivalued only when it has other than one element;
    /// use ``set(_:values:multivalued:)`` to say so explicitly.
    public subscript(key: String) -> [String]? {
        get { entries[key.lowercased()]?.values }
        set {
            if let newValue {
                set(key, values: newValue, multivalued: newValue.count != 1)
            } else {
                entries[key.lowercased()] = nil
            }
        }
    }

    /// Sets a key's values, saying whether the key is multivalued (an `ArrayOf...` key).
    public mutating func set(_ key: String, values: [String], multivalued: Bool) {
        entries[key.lowercased()] = Entry(key: key, values: values, isMultivalued: multivalued)
    }

    /// Adds every key of `other`, replacing keys of the same name; the typed values are shared, not rebuilt.
    public mutating func merge(_ other: RequestContext) {
        for (key, entry) in other.entries { entries[key] = entry }
    }

    /// Whether the key is present.
    public func contains(_ key: String) -> Bool { entries[key.lowercased()] != nil }

    /// Every key, as first written, sorted.
    public var keys: [String] { entries.values.map(\.key).sorted() }

    func entry(forLowercasedKey key: String) -> Entry? { entries[key] }

    /// The value of a single-valued key, for policy variables; multivalued keys have none.
    func singleValue(forLowercasedKey key: String) -> String? {
        guard let entry = entries[key], entry.values.count == 1 else { return nil }
        return entry.values[0]
    }
}
