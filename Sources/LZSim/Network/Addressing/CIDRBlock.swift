/// A CIDR block of either family, as transit gateway routes take them.
public enum CIDRBlock: Sendable, Hashable, Comparable, CustomStringConvertible {
    case ipv4(IPv4CIDR)
    case ipv6(IPv6CIDR)

    /// Reads an IPv6 block when the text has a colon, an IPv4 block otherwise.
    /// - Throws: ``AWSError`` (`InvalidParameterValue`) naming the text.
    public init(_ text: String) throws(AWSError) {
        self = text.contains(":") ? .ipv6(try IPv6CIDR(text)) : .ipv4(try IPv4CIDR(text))
    }

    /// The prefix length.
    public var prefixLength: Int {
        switch self {
        case .ipv4(let block): block.prefixLength
        case .ipv6(let block): block.prefixLength
        }
    }

    /// The block's addresses.
    public var set: AddressSet {
        switch self {
        case .ipv4(let block): block.set
        case .ipv6(let block): block.set
        }
    }

    /// The block's first to last address in ``AddressSet``'s space, for quick overlap tests.
    var addressRange: ClosedRange<UInt128> {
        switch self {
        case .ipv4(let block): block.addressRange
        case .ipv6(let block): block.lower...block.upper
        }
    }

    public var description: String {
        switch self {
        case .ipv4(let block): block.description
        case .ipv6(let block): block.description
        }
    }

    public static func < (lhs: CIDRBlock, rhs: CIDRBlock) -> Bool {
        switch (lhs, rhs) {
        case (.ipv4(let a), .ipv4(let b)): a < b
        case (.ipv6(let a), .ipv6(let b)): a < b
        case (.ipv4, .ipv6): true
        case (.ipv6, .ipv4): false
        }
    }
}
