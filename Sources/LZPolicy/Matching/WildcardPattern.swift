/// A compiled `*`/`?` pattern over UTF-8 bytes, as IAM uses for actions, resources and `StringLike`.
///
/// `*` matches any run of characters (none included), `?` exactly one character; every other
/// character, regular-expression metacharacters included, is literal. Patterns are compiled once
/// into tokens so that matching does no allocation.
struct WildcardPattern: Sendable, Hashable {
    /// Token values 0...255 are literal bytes; these two are the wildcards.
    static let star: UInt16 = 256
    static let question: UInt16 = 257

    private(set) var tokens: [UInt16]
    /// Whether any token is a wildcard; literal patterns compare bytes directly.
    let hasWildcards: Bool

    /// Compiles a pattern; with `wildcards: false` every character is literal.
    init(_ text: String, wildcards: Bool = true) {
        self.init(tokens: WildcardPattern.tokens(text, wildcards: wildcards))
    }

    init(tokens: [UInt16]) {
        self.tokens = tokens
        self.hasWildcards = tokens.contains { $0 > 255 }
    }

    static func tokens(_ text: String, wildcards: Bool) -> [UInt16] {
        text.utf8.map { byte in
            guard wildcards else { return UInt16(byte) }
            switch byte {
            case UInt8(ascii: "*"): return star
            case UInt8(ascii: "?"): return question
            default: return UInt16(byte)
            }
        }
    }

    /// Whether the pattern ends in `*`.
    var endsWithStar: Bool { tokens.last == WildcardPattern.star }

    /// Whether the pattern matches all of `text`.
    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches($0[...]) }
    }

    /// Whether the pattern matches the whole byte range.
    func matches(_ target: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        tokens.withUnsafeBufferPointer { pattern in
            if !hasWildcards {
                guard pattern.count == target.count else { return false }
                var index = target.startIndex
                for token in pattern {
                    if UInt16(target[index]) != token { return false }
                    index += 1
                }
                return true
            }
            return WildcardPattern.globMatch(pattern, target)
        }
    }

    /// Greedy matching with one backtrack point: linear in practice, never exponential.
    private static func globMatch(_ pattern: UnsafeBufferPointer<UInt16>, _ target: Slice<UnsafeBufferPointer<UInt8>>)
        -> Bool
    {
        var p = 0
        var t = target.startIndex
        let end = target.endIndex
        var starP = -1
        var starT = 0
        while t < end {
            if p < pattern.count {
                let token = pattern[p]
                if token == star {
                    starP = p
                    starT = t
                    p += 1
                    continue
                }
                if token == question {
                    p += 1
                    t = nextScalar(target, t)
                    continue
                }
                if UInt16(target[t]) == token {
                    p += 1
                    t += 1
                    continue
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starT = nextScalar(target, starT)
            t = starT
        }
        while p < pattern.count && pattern[p] == star { p += 1 }
        return p == pattern.count
    }

    /// `?` stands for one character, so it skips a whole UTF-8 sequence.
    private static func nextScalar(_ target: Slice<UnsafeBufferPointer<UInt8>>, _ index: Int) -> Int {
        var next = index + 1
        while next < target.endIndex && target[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
