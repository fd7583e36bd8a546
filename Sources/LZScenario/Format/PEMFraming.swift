import Foundation

/// Checks a PEM file's framing before AWS sees it, so a broken file is reported at its own line:
/// `-----BEGIN X-----` and `-----END X-----` pairs around base64 lines.
enum PEMFraming {
    static func check(_ pem: PEMFile) throws(ScenarioError) {
        var open: (label: String, line: Int)?
        var blocks = 0
        for (index, raw) in pem.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let here = SourceLocation(file: pem.file, line: index + 1, column: 1)
            if line.hasPrefix("-----BEGIN ") && line.hasSuffix("-----") {
                if let open {
                    throw ScenarioError(
                        "expected '-----END \(open.label)-----' before a new BEGIN in a PEM file", at: here)
                }
                open = (String(line.dropFirst(11).dropLast(5)), index + 1)
            } else if line.hasPrefix("-----END ") && line.hasSuffix("-----") {
                let label = String(line.dropFirst(9).dropLast(5))
                guard let current = open, current.label == label else {
                    throw ScenarioError(
                        "found '-----END \(label)-----' without its BEGIN in a PEM file", at: here)
                }
                open = nil
                blocks += 1
            } else if open != nil, !line.isEmpty, !line.contains(":") {
                let base64 = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
                if let bad = line.first(where: { !base64.contains($0) }) {
                    throw ScenarioError(
                        "expected base64 inside a PEM block, found '\(bad)'",
                        at: SourceLocation(
                            file: pem.file, line: index + 1,
                            column: line.distance(from: line.startIndex, to: line.firstIndex(of: bad)!) + 1))
                }
            }
        }
        if let open {
            throw ScenarioError(
                "expected '-----END \(open.label)-----' to close the block begun here",
                at: SourceLocation(file: pem.file, line: open.line, column: 1))
        }
        guard blocks > 0 else {
            throw ScenarioError(
                "expected a PEM file ('-----BEGIN ...-----'), found none",
                at: SourceLocation(file: pem.file, line: 1, column: 1),
                hint: "the file named at \(pem.location) is not PEM")
        }
    }
}
