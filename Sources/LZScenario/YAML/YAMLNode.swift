/// A YAML value with the place it was written, so every diagnostic and testcase can point at
/// its line and column.
public struct YAMLNode: Sendable {
    /// The value's shape.
    public enum Value: Sendable {
        /// A scalar, as written (quoted scalars are never read as numbers or booleans).
        case scalar(String, quoted: Bool)
        /// A mapping, its entries in file order.
        case mapping([Entry])
        /// A sequence.
        case sequence([YAMLNode])
        /// `null`, `~` or an empty value.
        case null
    }

    /// One key and value of a mapping.
    public struct Entry: Sendable {
        /// The key.
        public var key: String
        /// Where the key is written.
        public var keyLocation: SourceLocation
        /// The value.
        public var value: YAMLNode
    }

    /// The value.
    public var value: Value
    /// Where the value starts.
    public var location: SourceLocation

    /// A description of the value's shape for messages: `a mapping`, `a list`, `the text 'x'`.
    public var shape: String {
        switch value {
        case .scalar(let text, _): "'\(text)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .null: "nothing"
        }
    }

    /// The scalar's text, if the value is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// The mapping's entries, if the value is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The sequence's elements, if the value is a sequence.
    public var elements: [YAMLNode]? {
        if case .sequence(let elements) = value { return elements }
        return nil
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }
}
