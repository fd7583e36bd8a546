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
            numbers = values.map { Double($0) }
            dates = values.map { DateValue.parse($0) }
            addresses = values.map { $0.contains(".") || $0.contains(":") ? IPNetwork(parsing: $0) : nil }
        }
    }

    private(set) var entries: [String: Entry] = [:]

    /// Creates an empty context.
    public init() {}

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
