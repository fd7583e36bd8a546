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
            // without running the parsers, which is most of the cost of building a context. When no
            // value can have a typed form, the typed list stays empty (and allocates nothing).
            let numeric = values.contains(where: Self.mayBeNumber)
            numbers = numeric ? values.map { Self.mayBeNumber($0) ? Double($0) : nil } : []
            dates = numeric ? values.map { Self.mayBeNumber($0) ? DateValue.parse($0) : nil } : []
            addresses =
                values.contains(where: Self.mayBeAddress)
                ? values.map { Self.mayBeAddress($0) ? IPNetwork(parsing: $0) : nil } : []
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

    /// The keys set on this context, over those of ``middle`` and ``base``.
    private var overlay: [String: Entry] = [:]
    /// Keys shared with other contexts, read when ``overlay`` lacks a key: a resource's own keys.
    private var middle: [String: Entry]?
    /// Keys shared with other contexts, read last: a prepared caller's keys, so that a request's
    /// context adds its own few keys without copying the caller's or the resource's.
    private var base: [String: Entry]?

    /// Every key, the overlay's winning over the middle's, and those over the base's.
    var entries: [String: Entry] {
        guard base != nil || middle != nil else { return overlay }
        var all = base ?? [:]
        if let middle { all.merge(middle) { _, top in top } }
        all.merge(overlay) { _, top in top }
        return all
    }

    /// Creates an empty context.
    public init() {}

    /// Creates an empty context with room for `minimumCapacity` keys, so that building a context
    /// of known size never rehashes.
    public init(minimumCapacity: Int) {
        overlay.reserveCapacity(minimumCapacity)
    }

    /// This context as the shared base of contexts built on it: each copy of the result keeps its
    /// own keys apart, over the same base, so adding a few keys to a copy does not copy this one's.
    /// - Parameter capacity: Room for the keys a copy will add.
    public func layered(capacity: Int = 16) -> RequestContext {
        var layered = RequestContext(minimumCapacity: capacity)
        layered.base = entries
        return layered
    }

    /// Puts `shared`'s keys between this context's own keys and its base, without copying them:
    /// a resource's typed keys, shared by every request on it. Keys set on this context before win.
    public mutating func share(_ shared: RequestContext) {
        guard !shared.overlay.isEmpty || shared.base != nil || shared.middle != nil else { return }
        guard middle == nil else {
            merge(shared)
            return
        }
        let sharedEntries = shared.entries
        middle = sharedEntries
        // Keys already set here stay on top; nothing to move.
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
        get { entry(forLowercasedKey: key.lowercased())?.values }
        set {
            if let newValue {
                set(key, values: newValue, multivalued: newValue.count != 1)
            } else {
                let lowered = key.lowercased()
                if base?[lowered] != nil || middle?[lowered] != nil {
                    overlay = entries
                    base = nil
                    middle = nil
                }
                overlay[lowered] = nil
            }
        }
    }

    /// Sets a key whose lowercased name the caller already has, sparing the lowercasing.
    /// - Parameters:
    ///   - key: The name as written.
    ///   - lowercasedKey: `key.lowercased()`.
    public mutating func set(_ key: String, lowercasedKey: String, values: [String], multivalued: Bool) {
        overlay[lowercasedKey] = Entry(key: key, values: values, isMultivalued: multivalued)
    }

    /// Sets a key's values, saying whether the key is multivalued (an `ArrayOf...` key).
    public mutating func set(_ key: String, values: [String], multivalued: Bool) {
        overlay[key.lowercased()] = Entry(key: key, values: values, isMultivalued: multivalued)
    }

    /// Adds every key of `other`, replacing keys of the same name; the typed values are shared, not rebuilt.
    public mutating func merge(_ other: RequestContext) {
        for (key, entry) in other.entries { overlay[key] = entry }
    }

    /// Whether the key is present.
    public func contains(_ key: String) -> Bool { entry(forLowercasedKey: key.lowercased()) != nil }

    /// Every key, as first written, sorted.
    public var keys: [String] { entries.values.map(\.key).sorted() }

    @inline(__always)
    func entry(forLowercasedKey key: String) -> Entry? {
        if !overlay.isEmpty, let entry = overlay[key] { return entry }
        if let middle, let entry = middle[key] { return entry }
        return base?[key]
    }

    /// The value of a single-valued key, for policy variables; multivalued keys have none.
    func singleValue(forLowercasedKey key: String) -> String? {
        guard let entry = entry(forLowercasedKey: key), entry.values.count == 1 else { return nil }
        return entry.values[0]
    }
}
