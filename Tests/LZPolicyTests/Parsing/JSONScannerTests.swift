import LZPolicy
import Testing

/// The positioned JSON scanner: exact positions, strict RFC 8259 grammar, and no crash on any input.
@Suite struct JSONScannerTests {
    @Test("every value and key keeps its line and column")
    func positions() throws {
        let root = try JSONScanner.parse("{\n  \"a\": [1,\n    true],\n  \"é\": \"x\"}")
        let members = try #require(root.members)
        #expect(members[0].keyPosition == SourcePosition(line: 2, column: 3))
        #expect(members[0].value.elements?[1].position == SourcePosition(line: 3, column: 5))
        #expect(members[1].keyPosition == SourcePosition(line: 4, column: 3))
        #expect(members[1].value.position == SourcePosition(line: 4, column: 8))  // columns count characters, not bytes
    }

    @Test("escapes, surrogate pairs and numbers are read exactly")
    func values() throws {
        let root = try JSONScanner.parse(#"["a\"b\\\/\n\u00e9\ud83d\ude00", -1.5e3, 0, null, false]"#)
        let elements = try #require(root.elements)
        #expect(elements[0].string == "a\"b\\/\né😀")
        guard case .number("-1.5e3") = elements[1].value else { Issue.record("number lost its spelling"); return }
        guard case .null = elements[3].value else { Issue.record("null not read"); return }
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        var text: String
        var error: String
        var testDescription: String { text }
    }

    static let bad: [BadRow] = [
        .init(text: "{\"a\": 1,}", error: "1:9: expected a string key, got '}'"),
        .init(text: "[1 2]", error: "1:4: expected ',' or ']', got '2'"),
        .init(text: "{\"a\" 1}", error: "1:6: expected ':' after key \"a\", got '1'"),
        .init(text: "\"abc", error: "1:5: expected '\"' to end the string, got end of input"),
        .init(text: "01", error: "1:2: expected end of document, got '1'"),
        .init(text: "tru", error: "1:4: expected 'true', got end of input"),
        .init(text: "[\"\\x\"]", error: "1:4: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u, got 'x'"),
        .init(text: "{\"a\":\n  -}", error: "2:4: expected a digit, got '}'"),
        .init(text: "", error: "1:1: expected a value, got end of input"),
        .init(text: "[\"\u{01}\"]", error: "1:3: expected a character in the string, got control character byte 0x1"),
        .init(text: "1.", error: "1:3: expected a digit after '.', got end of input"),
        .init(text: "\"\\ud800\"", error: "1:8: expected a low surrogate escape after a high surrogate"),
    ]

    @Test("syntax errors name the position, what was expected and what was found", arguments: bad)
    func syntaxError(_ row: BadRow) {
        #expect(throws: JSONSyntaxError.self) { try JSONScanner.parse(row.text) }
        do {
            _ = try JSONScanner.parse(row.text)
        } catch {
            #expect(error.description == row.error)
        }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONScanner.parse(text) }
    }

    @Test("every prefix of a policy is either valid JSON or a positioned error, never a crash")
    func truncations() {
        let policy =
            #"{"Version": "2012-10-17", "Statement": [{"Sid": "é", "Effect": "Allow", "Action": ["s3:Get*"], "Resource": "*", "Condition": {"NumericLessThan": {"s3:max-keys": 10.5e1}}}]}"#
        let bytes = Array(policy.utf8)
        var failures = 0
        for length in 0..<bytes.count {
            let result = PolicyParser.parse(String(decoding: bytes[..<length], as: UTF8.self))
            if result.document == nil { failures += 1 }
            #expect(result.diagnostics.allSatisfy { $0.position.line >= 1 && $0.position.column >= 1 })
        }
        #expect(failures == bytes.count)
        #expect(PolicyParser.parse(policy).diagnostics.isEmpty)
    }

    @Test("random bytes and random mutations of a policy never crash the parser")
    func fuzz() {
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet = Array(#"{}[]":,.-+eE0123456789 \ntruefalsnul\u"Allow*Statement"#.utf8)
        let policy = Array(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#.utf8)
        for round in 0..<3_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int(generator.next() % 64)).map { _ in
                    alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            } else {
                bytes = policy
                for _ in 0..<1 + Int(generator.next() % 4) {
                    let index = Int(generator.next() % UInt64(bytes.count))
                    bytes[index] = UInt8(truncatingIfNeeded: generator.next())
                }
            }
            let result = PolicyParser.parse(String(decoding: bytes, as: UTF8.self))
            #expect(result.document != nil || !result.diagnostics.isEmpty)
        }
    }
}

/// A small deterministic generator, so fuzz failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
