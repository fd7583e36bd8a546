/// A JSON value that remembers where it starts in its source text.
///
/// Policy diagnostics point at the element they are about, so every value, and every
/// object key, keeps its ``SourcePosition``.
public struct JSONNode: Sendable {
    /// The value itself.
    public var value: Value
    /// Where the value's first character is.
    public var position: SourcePosition

    /// Creates a node from a value and its position.
    public init(_ value: Value, at position: SourcePosition = .start) {
        self.value = value
        self.position = position
    }

    /// A JSON value; numbers keep their source spelling so that nothing is lost to rounding.
    public indirect enum Value: Sendable {
        /// An object, its members in source order (duplicates kept).
        case object([Member])
        /// An array.
        case array([JSONNode])
        /// A string, unescaped.
        case string(String)
        /// A number as written.
        case number(String)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
    }

    /// One `"key": value` pair of an object.
    public struct Member: Sendable {
        /// The unescaped key.
        public var key: String
        /// Where the key's opening quote is.
        public var keyPosition: SourcePosition
        /// The member's value.
        public var value: JSONNode

        /// Creates a member.
        public init(key: String, keyPosition: SourcePosition, value: JSONNode) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    /// The members when the value is an object.
    public var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The elements when the value is an array.
    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The text when the value is a string.
    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The first member whose key equals `key` exactly.
    public subscript(key: String) -> JSONNode? {
        members?.first { $0.key == key }?.value
    }

    /// A short description of the value's JSON type, for "expected ..., got ..." messages.
    public var typeDescription: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string(let text): JSONNode.quoted(text)
        case .number(let text): "the number \(text)"
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    /// A string in double quotes, shortened when long, for messages.
    static func quoted(_ text: String) -> String {
        let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
        return "\"" + shown + "\""
    }
}
