/// Writes compact JSON, for the `lzsim evaluate` output lines.
public enum JSONWriter {
    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A node written back as compact JSON.
    public static func write(_ node: JSONNode) -> String {
        switch node.value {
        case .object(let members):
            return "{" + members.map { quote($0.key) + ": " + write($0.value) }.joined(separator: ", ") + "}"
        case .array(let elements):
            return "[" + elements.map(write).joined(separator: ", ") + "]"
        case .string(let text): return quote(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    /// An array of strings.
    public static func strings(_ values: [String]) -> String {
        "[" + values.map(quote).joined(separator: ", ") + "]"
    }
}
