/// An IPv4 or IPv6 address range in CIDR notation, as `IpAddress` and `NotIpAddress` compare.
///
/// A plain address is a /32 (IPv4) or /128 (IPv6) range. Addresses are held as 128-bit values;
/// IPv4 and IPv6 ranges never contain each other's addresses.
struct IPNetwork: Sendable, Hashable {
    var isIPv6: Bool
    var high: UInt64
    var low: UInt64
    var prefixLength: Int

    init?(parsing text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPNetwork.parseAddress(parts[0]) else { return nil }
        let maximum = address.isIPv6 ? 128 : 32
        var length = maximum
        if parts.count == 2 {
            guard let parsed = Int(parts[1]), (0...maximum).contains(parsed), !parts[1].hasPrefix("+") else {
                return nil
            }
            length = parsed
        }
        isIPv6 = address.isIPv6
        prefixLength = isIPv6 ? length : length + 96
        let masks = IPNetwork.masks(prefixLength)
        high = address.high & masks.high
        low = address.low & masks.low
    }

    /// Whether an address (not a range) lies inside this range.
    func contains(_ address: IPNetwork) -> Bool {
        guard address.isIPv6 == isIPv6 else { return false }
        let masks = IPNetwork.masks(prefixLength)
        return address.high & masks.high == high && address.low & masks.low == low
    }

    private static func masks(_ length: Int) -> (high: UInt64, low: UInt64) {
        let high: UInt64 = length >= 64 ? .max : (length == 0 ? 0 : ~(UInt64.max >> UInt64(length)))
        let lowBits = length - 64
        let low: UInt64 = lowBits >= 64 ? .max : (lowBits <= 0 ? 0 : ~(UInt64.max >> UInt64(lowBits)))
        return (high, low)
    }

    private static func parseAddress(_ text: Substring) -> (isIPv6: Bool, high: UInt64, low: UInt64)? {
        if !text.contains(":") {
            guard let v4 = parseIPv4(text) else { return nil }
            return (false, 0, 0xFFFF_0000_0000 | UInt64(v4))
        }
        guard let groups = parseIPv6(text) else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<4 { high = high << 16 | UInt64(groups[index]) }
        for index in 4..<8 { low = low << 16 | UInt64(groups[index]) }
        return (true, high, low)
    }

    private static func parseIPv4(_ text: Substring) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy(\.isASCII), let number = UInt32(octet),
                number <= 255
            else { return nil }
            value = value << 8 | number
        }
        return value
    }

    private static func parseIPv6(_ text: Substring) -> [UInt16]? {
        var halves: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character == ":" && previous == ":" {
                current.removeLast()
                halves.append(current)
                current = ""
                previous = nil
                continue
            }
            current.append(character)
            previous = character
        }
        halves.append(current)
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let v4 = parseIPv4(piece) {
                    result.append(UInt16(v4 >> 16))
                    result.append(UInt16(v4 & 0xFFFF))
                } else {
                    guard !piece.isEmpty, piece.count <= 4, let group = UInt16(piece, radix: 16) else { return nil }
                    result.append(group)
                }
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 8 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
        return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }
}
