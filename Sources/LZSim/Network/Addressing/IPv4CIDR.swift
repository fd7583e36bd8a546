/// An IPv4 CIDR block such as `10.0.0.0/16`, validated as EC2 validates one.
public struct IPv4CIDR: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The network address.
    public let address: UInt32
    /// The prefix length, 0 to 32.
    public let prefixLength: Int

    /// Reads `a.b.c.d/n`; the address must be the block's network address, as EC2 requires.
    /// - Throws: ``AWSError`` (`InvalidParameterValue`) naming the text.
    public init(_ text: String) throws(AWSError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let length = Int(parts[1]), (0...32).contains(length),
            parts[1].allSatisfy(\.isNumber), let address = Self.address(String(parts[0]))
        else {
            throw AWSError(
                .invalidParameterValue,
                "Value (\(text)) for parameter cidrBlock is invalid. This is not a valid CIDR block.")
        }
        let mask = Self.mask(length)
        guard address & mask == address else {
            throw AWSError(
                .invalidParameterValue,
                "Value (\(text)) for parameter cidrBlock is invalid. The address has bits set beyond the /\(length) prefix."
            )
        }
        self.address = address
        self.prefixLength = length
    }

    /// A block from its parts; the address is masked to the prefix.
    public init(address: UInt32, prefixLength: Int) {
        self.prefixLength = prefixLength
        self.address = address & Self.mask(prefixLength)
    }

    /// A single address as a `/32` block.
    public init(host: UInt32) {
        self.init(address: host, prefixLength: 32)
    }

    /// Reads a dotted-quad address.
    public static func address(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy(\.isNumber), let byte = UInt32(octet), byte <= 255
            else { return nil }
            value = value << 8 | byte
        }
        return value
    }

    /// Writes an address as a dotted quad.
    public static func format(_ address: UInt32) -> String {
        "\(address >> 24).\(address >> 16 & 255).\(address >> 8 & 255).\(address & 255)"
    }

    static func mask(_ length: Int) -> UInt32 {
        length == 0 ? 0 : UInt32.max << UInt32(32 - length)
    }

    /// The first address.
    public var lower: UInt32 { address }
    /// The last address.
    public var upper: UInt32 { address | ~Self.mask(prefixLength) }
    /// How many addresses the block holds.
    public var size: UInt64 { UInt64(upper - lower) + 1 }
    /// The block as a set of addresses, at its IPv4-mapped place.
    public var set: AddressSet { AddressSet(addressRange) }
    /// The block's addresses at their IPv4-mapped place.
    public var addressRange: ClosedRange<UInt128> { Self.mapped(lower)...Self.mapped(upper) }

    /// An IPv4 address at its place among ``AddressSet``'s addresses: `::ffff:a.b.c.d`.
    public static func mapped(_ address: UInt32) -> UInt128 { mappedRange.lowerBound | UInt128(address) }

    /// The IPv4-mapped range of ``AddressSet``'s space, which holds every IPv4 address.
    public static let mappedRange: ClosedRange<UInt128> = 0xFFFF_0000_0000...0xFFFF_FFFF_FFFF

    /// Whether `other` lies entirely inside this block.
    public func contains(_ other: IPv4CIDR) -> Bool { other.lower >= lower && other.upper <= upper }
    /// Whether `host` is in the block.
    public func contains(host: UInt32) -> Bool { host >= lower && host <= upper }
    /// Whether the blocks share an address.
    public func overlaps(_ other: IPv4CIDR) -> Bool { lower <= other.upper && other.lower <= upper }

    /// `10.0.0.0/16`.
    public var description: String { "\(Self.format(address))/\(prefixLength)" }

    public static func < (lhs: IPv4CIDR, rhs: IPv4CIDR) -> Bool {
        (lhs.address, lhs.prefixLength) < (rhs.address, rhs.prefixLength)
    }

    /// The fewest blocks that cover `range` exactly, in order.
    static func blocks(covering range: ClosedRange<UInt32>) -> [IPv4CIDR] {
        prefixBlocks(covering: range).map { IPv4CIDR(address: $0.0, prefixLength: $0.1) }
    }

    /// Every IPv4 address.
    public static let allIPv4 = AddressSet(mappedRange)
    /// The private ranges of RFC 1918, which are never routed on the internet.
    public static let privateRanges: AddressSet = [
        IPv4CIDR(address: 0x0A00_0000, prefixLength: 8), IPv4CIDR(address: 0xAC10_0000, prefixLength: 12),
        IPv4CIDR(address: 0xC0A8_0000, prefixLength: 16),
    ].reduce(.empty) { $0.union($1.set) }
    /// Every IPv4 address that can be a source on the internet: all but the private ranges.
    public static let internetAddresses = allIPv4.subtracting(privateRanges)
}
