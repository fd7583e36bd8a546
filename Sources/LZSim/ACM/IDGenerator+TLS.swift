extension IDGenerator {
    /// A version-4-shaped UUID, lowercase, as the IDs in ACM, Private CA and RAM ARNs.
    mutating func uuid() -> String {
        let hex = Array(hexadecimal(32))
        func part(_ range: Range<Int>) -> String { String(hex[range]) }
        return "\(part(0..<8))-\(part(8..<12))-4\(part(13..<16))-a\(part(17..<20))-\(part(20..<32))"
    }

    /// A 64-bit number that seeds a resource's lazily made key material and serial number.
    mutating func materialSeed() -> UInt64 {
        UInt64(hexadecimal(16), radix: 16) ?? 0
    }
}
