/// A policy string that may hold `${...}` policy variables, compiled once and resolved per request.
///
/// Variables are substituted only under `"Version": "2012-10-17"`; otherwise the text is literal
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html). A
/// variable may carry a default, `${aws:PrincipalTag/team, 'company-wide'}`; `${*}`, `${?}` and
/// `${$}` stand for the literal characters. Substituted values are always literal text, never
/// wildcards.
struct PolicyTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        /// Text from the policy: `*` and `?` in it are wildcards where the operator has them.
        case text(String)
        /// A character that must stay literal (`${*}`, `${?}`, `${$}`).
        case literal(String)
        /// A variable, its key lowercased for lookup.
        case variable(key: String, written: String, defaultValue: String?)
    }

    let parts: [Part]

    var hasVariables: Bool { parts.contains { if case .text = $0 { false } else { true } } }

    /// The variable keys used, as written.
    var variableKeys: [String] {
        parts.compactMap { if case .variable(_, let written, _) = $0 { written } else { nil } }
    }

    init(_ text: String, variablesEnabled: Bool) {
        guard variablesEnabled, text.contains("${") else {
            parts = [.text(text)]
            return
        }
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
            if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
            let body = rest[open.upperBound..<close]
            parts.append(PolicyTemplate.part(body))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    private static func part(_ body: Substring) -> Part {
        switch body {
        case "*": return .literal("*")
        case "?": return .literal("?")
        case "$": return .literal("$")
        default: break
        }
        var key = body
        var defaultValue: String?
        if let comma = body.firstIndex(of: ",") {
            key = body[..<comma]
            let tail = body[body.index(after: comma)...].trimmingSpaces
            if tail.count >= 2, tail.first == "'", tail.last == "'" {
                defaultValue = String(tail.dropFirst().dropLast())
            }
        }
        let written = String(key.trimmingSpaces)
        return .variable(key: written.lowercased(), written: written, defaultValue: defaultValue)
    }

    /// Resolves the template into pattern tokens; `nil` when a variable has no value and no default.
    func tokens(in context: RequestContext, wildcards: Bool) -> [UInt16]? {
        var tokens: [UInt16] = []
        for part in parts {
            switch part {
            case .text(let text): tokens += WildcardPattern.tokens(text, wildcards: wildcards)
            case .literal(let text): tokens += WildcardPattern.tokens(text, wildcards: false)
            case .variable(let key, _, let defaultValue):
                guard let value = context.singleValue(forLowercasedKey: key) ?? defaultValue else { return nil }
                tokens += WildcardPattern.tokens(value, wildcards: false)
            }
        }
        return tokens
    }

    /// Resolves the template into plain text; `nil` when a variable has no value and no default.
    func string(in context: RequestContext) -> String? {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text), .literal(let text): result += text
            case .variable(let key, _, let defaultValue):
                guard let value = context.singleValue(forLowercasedKey: key) ?? defaultValue else { return nil }
                result += value
            }
        }
        return result
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var result = self
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
