/// An IPv6 CIDR block such as `2600:1f18:aa00:100::/56`, validated as EC2 validates one.
public struct IPv6CIDR: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The network address.
    public let address: UInt128
    /// The prefix length, 0 to 128.
    public let prefixLength: Int

    /// Reads `address/n`; the address must be the block's network address, as EC2 requires.
    /// - Parameter parameter: The request parameter named in the error.
    /// - Throws: ``AWSError`` (`InvalidParameterValue`) naming the text.
    public init(_ text: String, parameter: String = "ipv6CidrBlock") throws(AWSError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].allSatisfy(\.isNumber), let length = Int(parts[1]), (0...128).contains(length),
            let address = Self.address(String(parts[0]))
        else {
            throw AWSError(
                .invalidParameterValue,
                "Value (\(text)) for parameter \(parameter) is invalid. This is not a valid IPv6 CIDR block.")
        }
        guard address & Self.mask(length) == address else {
            throw AWSError(
                .invalidParameterValue,
                "Value (\(text)) for parameter \(parameter) is invalid. The address has bits set beyond the /\(length) prefix."
            )
        }
        self.address = address
        self.prefixLength = length
    }

    /// A block from its parts; the address is masked to the prefix.
    public init(address: UInt128, prefixLength: Int) {
        self.prefixLength = prefixLength
        self.address = address & Self.mask(prefixLength)
    }

    /// Reads an address in RFC 4291's text forms: eight groups, `::` for a run of zeros once.
    public static func address(_ text: String) -> UInt128? {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var values: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
                values.append(value)
            }
            return values
        }
        guard let head = groups(halves[0]) else { return nil }
        let tail = halves.count == 2 ? groups(halves[1]) : []
        guard let tail else { return nil }
        let count = head.count + tail.count
        guard halves.count == 2 ? count < 8 : count == 8 else { return nil }
        let all = head + Array(repeating: 0, count: 8 - count) + tail
        return all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
    }

    /// Writes an address as RFC 5952 recommends: lowercase, the longest run of zero groups as `::`.
    public static func format(_ address: UInt128) -> String {
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: address >> UInt128(112 - 16 * $0)) }
        var best = (start: -1, count: 1)
        var index = 0
        while index < 8 {
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index > best.count { best = (index, end - index) }
            index = end + 1
        }
        let text = { (part: ArraySlice<UInt16>) in part.map { String($0, radix: 16) }.joined(separator: ":") }
        guard best.start >= 0 else { return text(groups[...]) }
        return text(groups[..<best.start]) + "::" + text(groups[(best.start + best.count)...])
    }

    static func mask(_ length: Int) -> UInt128 {
        length == 0 ? 0 : UInt128.max << UInt128(128 - length)
    }

    /// The first address.
    public var lower: UInt128 { address }
    /// The last address.
    public var upper: UInt128 { address | ~Self.mask(prefixLength) }
    /// The block as a set of addresses; the IPv4-mapped range (`::ffff:0:0/96`), which carries
    /// IPv4 traffic in ``AddressSet``, is never part of an IPv6 block.
    public var set: AddressSet {
        AddressSet(lower...upper).subtracting(AddressSet(IPv4CIDR.mappedRange))
    }

    /// Whether `other` lies entirely inside this block.
    public func contains(_ other: IPv6CIDR) -> Bool { other.lower >= lower && other.upper <= upper }
    /// Whether the blocks share an address.
    public func overlaps(_ other: IPv6CIDR) -> Bool { lower <= other.upper && other.lower <= upper }

    /// `2600:1f18:aa00:100::/56`.
    public var description: String { "\(Self.format(address))/\(prefixLength)" }

    public static func < (lhs: IPv6CIDR, rhs: IPv6CIDR) -> Bool {
        (lhs.address, lhs.prefixLength) < (rhs.address, rhs.prefixLength)
    }

    /// The fewest blocks that cover `range` exactly, in order.
    static func blocks(covering range: ClosedRange<UInt128>) -> [IPv6CIDR] {
        prefixBlocks(covering: range).map { IPv6CIDR(address: $0.0, prefixLength: $0.1) }
    }

    /// `::/0`.
    public static let anywhere = IPv6CIDR(address: 0, prefixLength: 0)
    /// Every IPv6 address.
    public static let allIPv6 = anywhere.set
    /// Global unicast (`2000::/3`, RFC 4291 §2.4): the IPv6 addresses the internet routes.
    public static let internetAddresses = IPv6CIDR(address: 0x2000 << 112, prefixLength: 3).set
}
