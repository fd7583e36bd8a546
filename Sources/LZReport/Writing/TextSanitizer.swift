/// Makes any string safe to hand to libxml2 as XML 1.0 text or attribute content.
///
/// The rules are the JUnit contract's C.7: line ends become `\n`; ANSI CSI and OSC escape
/// sequences are removed; every scalar outside XML 1.0's `Char` production (C0 controls other
/// than TAB, LF and CR, U+FFFE, U+FFFF) and every discouraged control (U+007F to U+009F) is
/// replaced by a visible marker in Swift's escape style, such as `\u{1B}`, never by a
/// character reference (which would be just as ill-formed).
enum TextSanitizer {
    /// Returns `text` with the C.7 replacements applied; strings that need none come back as they are.
    static func sanitize(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x0D:
                // CR LF and a lone CR both end a line.
                if scalars.first == "\n" { scalars.removeFirst() }
                output.append("\n")
            case 0x1B:
                if !skipEscapeSequence(&scalars) { appendMarker(for: scalar, to: &output) }
            case 0x09, 0x0A:
                output.append(scalar)
            case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                appendMarker(for: scalar, to: &output)
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// A fast byte scan: most strings in a report are plain and skip the scalar loop entirely.
    private static func needsWork(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x09, 0x0A: continue
            case 0x00..<0x20, 0x7F: return true
            // U+0080...U+009F are 0xC2 0x80...0x9F; U+FFFE and U+FFFF are 0xEF 0xBF 0xBE/0xBF.
            case 0xC2, 0xEF: return true
            default: continue
            }
        }
        return false
    }

    /// Removes a CSI (`ESC [ params final`) or OSC (`ESC ] text BEL|ESC \`) sequence after an ESC.
    /// - Returns: `false` when the ESC does not start such a sequence, so it stays visible as a marker.
    private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) -> Bool {
        guard let introducer = scalars.first else { return false }
        if introducer == "[" {
            var rest = scalars.dropFirst()
            while let next = rest.first, (0x20...0x3F).contains(next.value) { rest.removeFirst() }
            guard let final = rest.first, (0x40...0x7E).contains(final.value) else { return false }
            scalars = rest.dropFirst()
            return true
        }
        if introducer == "]" {
            var rest = scalars.dropFirst()
            while let next = rest.popFirst() {
                if next == "\u{07}" {
                    scalars = rest
                    return true
                }
                if next == "\u{1B}", rest.first == "\\" {
                    scalars = rest.dropFirst()
                    return true
                }
            }
            return false
        }
        return false
    }

    private static func appendMarker(for scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        output.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
    }
}
