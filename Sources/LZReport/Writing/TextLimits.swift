/// The size rules of the JUnit contract (C.5, C.8): one-line messages, capped bodies and output.
enum TextLimits {
    /// The longest `message` attribute, in Unicode scalars (what Python's `len` counts).
    static let messageScalars = 500
    /// The longest testcase name, in Unicode scalars.
    static let nameScalars = 200
    /// Failure and error bodies are capped for Buildkite's 1 MiB annotations across many failures.
    static let bodyBytes = 16 * 1024
    /// Testcase output is capped well below Jenkins's 50,000 + 50,000 characters for failures.
    static let outputBytes = 64 * 1024

    /// The first line of `text`, sanitised, cut to `limit` scalars with `…` when it is longer.
    static func oneLine(_ text: String, limit: Int = messageScalars) -> String {
        // Sanitising first turns controls such as NEL into markers, so only real line ends cut;
        // `Character.isNewline` also covers CR LF, which Swift keeps as one character.
        let firstLine = TextSanitizer.sanitize(text).prefix { !$0.isNewline }
        return cut(String(firstLine), toScalars: limit)
    }

    /// `text` cut to at most `limit` scalars, ending in `…` when cut; whole characters only,
    /// so a combining mark never loses its base.
    static func cut(_ text: String, toScalars limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var kept = ""
        var count = 0
        for character in text {
            let size = character.unicodeScalars.count
            if count + size > limit - 1 { break }
            kept.append(character)
            count += size
        }
        return kept + "…"
    }

    /// `text` cut to at most `limit` UTF-8 bytes on a scalar boundary, the last line of which
    /// says how many bytes were dropped.
    static func capped(_ text: String, bytes limit: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        // The marker can never be longer than with the whole text's size in it.
        let reserve = "\n[truncated \(utf8.count) bytes]".utf8.count
        var end = utf8.index(utf8.startIndex, offsetBy: max(0, limit - reserve))
        // Step back to the start of a scalar: continuation bytes look like 0b10xxxxxx.
        while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 {
            end = utf8.index(before: end)
        }
        let kept = String(text[..<end])
        let dropped = utf8.count - kept.utf8.count
        return kept + "\n[truncated \(dropped) bytes]"
    }
}
