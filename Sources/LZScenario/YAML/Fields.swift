/// Reads the keys of one YAML mapping with typed accessors that fail at the value's own line,
/// and refuses keys nobody expects, suggesting the one the user probably meant.
struct Fields {
    let node: YAMLNode
    /// What the mapping is, for messages: `a check`, `role 'Developer'`.
    let what: String
    let entries: [YAMLNode.Entry]

    /// Reads `node` as a mapping of the given keys.
    /// - Throws: ``ScenarioError`` when the node is not a mapping, or has a key outside `allowed`.
    init(_ node: YAMLNode, _ what: String, allowed: [String]) throws(ScenarioError) {
        guard let entries = node.entries else {
            throw ScenarioError("expected a mapping for \(what), found \(node.shape)", at: node.location)
        }
        for entry in entries where !allowed.contains(entry.key) {
            throw ScenarioError(
                "unknown key '\(entry.key)' in \(what); expected one of \(allowed.joined(separator: ", "))",
                at: entry.keyLocation, hint: Suggestion.hint(for: entry.key, among: allowed))
        }
        self.node = node
        self.what = what
        self.entries = entries
    }

    subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// Whether the key is present (even with a null value).
    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// A text value.
    func string(_ key: String) throws(ScenarioError) -> String? {
        guard let value = self[key] else { return nil }
        if case .null = value.value { return nil }
        guard let text = value.scalar else {
            throw ScenarioError("expected text for '\(key)' in \(what), found \(value.shape)", at: value.location)
        }
        return text
    }

    /// A text value that must be present.
    func required(_ key: String) throws(ScenarioError) -> String {
        guard let text = try string(key) else {
            throw ScenarioError("\(what) needs '\(key)'", at: node.location)
        }
        return text
    }

    /// A whole number.
    func int(_ key: String) throws(ScenarioError) -> Int? {
        guard let text = try string(key) else { return nil }
        guard let number = Int(text) else {
            throw ScenarioError(
                "expected a whole number for '\(key)' in \(what), found '\(text)'", at: self[key]!.location)
        }
        return number
    }

    /// `true` or `false`.
    func bool(_ key: String) throws(ScenarioError) -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            throw ScenarioError(
                "expected true or false for '\(key)' in \(what), found '\(text)'", at: self[key]!.location)
        }
    }

    /// One text or a list of texts, each with its location.
    /// A text value with its place, or `nil` when the key is absent.
    func name(_ key: String) throws(ScenarioError) -> Named? {
        guard let text = try string(key) else { return nil }
        return Named(text: text, location: self[key]!.location)
    }

    /// One text or a list of texts, each with its place.
    func nameList(_ key: String) throws(ScenarioError) -> [Named] {
        try strings(key).map { Named(text: $0.text, location: $0.location) }
    }

    func strings(_ key: String) throws(ScenarioError) -> [(text: String, location: SourceLocation)] {
        guard let value = self[key] else { return [] }
        switch value.value {
        case .null: return []
        case .scalar(let text, _): return [(text, value.location)]
        case .sequence(let elements):
            var result: [(String, SourceLocation)] = []
            for element in elements {
                guard let text = element.scalar else {
                    throw ScenarioError(
                        "expected text in the list '\(key)' of \(what), found \(element.shape)", at: element.location)
                }
                result.append((text, element.location))
            }
            return result
        case .mapping:
            throw ScenarioError("expected text or a list for '\(key)' in \(what), found a mapping", at: value.location)
        }
    }

    /// A mapping of names to values, each name with its location, in file order.
    func named(_ key: String) throws(ScenarioError) -> [(name: String, location: SourceLocation, value: YAMLNode)] {
        guard let value = self[key] else { return [] }
        if case .null = value.value { return [] }
        guard let entries = value.entries else {
            throw ScenarioError(
                "expected a mapping of names for '\(key)' in \(what), found \(value.shape)", at: value.location)
        }
        return entries.map { ($0.key, $0.keyLocation, $0.value) }
    }

    /// A mapping of texts to texts (tags, context keys with single values).
    func stringMap(_ key: String) throws(ScenarioError) -> [String: String] {
        var map: [String: String] = [:]
        for (name, _, value) in try named(key) {
            guard let text = value.scalar else {
                throw ScenarioError(
                    "expected text for '\(name)' in '\(key)' of \(what), found \(value.shape)", at: value.location)
            }
            map[name] = text
        }
        return map
    }

    /// One of a closed set of words.
    func choice(_ key: String, _ choices: [String]) throws(ScenarioError) -> String? {
        guard let text = try string(key) else { return nil }
        guard choices.contains(text) else {
            throw ScenarioError(
                "expected one of \(choices.joined(separator: ", ")) for '\(key)' in \(what), found '\(text)'",
                at: self[key]!.location, hint: Suggestion.hint(for: text, among: choices))
        }
        return text
    }
}
