/// The cases of an `lzsim evaluate` input: a JSON array, one object, or JSON Lines.
public enum CaseBatch {
    /// One entry of the input: a case object, or the syntax error of a line that could not be read.
    public enum Entry: Sendable {
        /// A JSON value to decode as a case.
        case value(JSONNode)
        /// A JSON Lines line that is not JSON; the batch goes on.
        case malformed(line: Int, JSONSyntaxError)
    }

    /// Splits an input text into entries.
    /// - Throws: ``JSONSyntaxError`` when the input is a JSON array (or object) that is itself broken,
    ///   so nothing can be evaluated.
    public static func entries(in text: String) throws(JSONSyntaxError) -> [Entry] {
        do {
            let root = try JSONScanner.parse(text)
            if let elements = root.elements { return elements.map(Entry.value) }
            return [.value(root)]
        } catch {
            let first = text.first { !$0.isWhitespace }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // A document that opens an array, or a single line, cannot be JSON Lines.
            if first == "[" || lines.filter({ !$0.allSatisfy(\.isWhitespace) }).count <= 1 { throw error }
            var entries: [Entry] = []
            for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
                do {
                    entries.append(.value(try JSONScanner.parse(String(line))))
                } catch {
                    entries.append(.malformed(line: index + 1, error))
                }
            }
            return entries
        }
    }
}
