/// A set of IPv4 and IPv6 addresses in one 128-bit space: IPv6 addresses as they are, IPv4
/// addresses at their IPv4-mapped place (`::ffff:a.b.c.d`, RFC 4291 §2.5.5.2), which no IPv6
/// block of the world holds, so the two families never meet in a filter.
public typealias AddressSet = Intervals<UInt128>

/// The two address families a packet may belong to.
public enum AddressFamily: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case ipv4, ipv6

    public var description: String { self == .ipv4 ? "IPv4" : "IPv6" }

    /// Every address of the family.
    public var addresses: AddressSet { self == .ipv4 ? IPv4CIDR.allIPv4 : IPv6CIDR.allIPv6 }
}

extension Intervals where Bound == UInt128 {
    /// Every address of both families.
    public static var allAddresses: Self { everyAddress }

    /// The addresses of one family.
    public func of(_ family: AddressFamily) -> Self { intersection(family.addresses) }

    /// The set written as addresses: each interval as the fewest CIDR blocks that cover it
    /// exactly, IPv4 blocks in dotted quads.
    public var addressDescription: String {
        if isEmpty { return "no address" }
        let mapped = IPv4CIDR.mappedRange
        var blocks: [String] = []
        for interval in intervals {
            var lower = interval.lower
            if lower < mapped.lowerBound {
                let upper = Swift.min(interval.upper, mapped.lowerBound - 1)
                blocks += IPv6CIDR.blocks(covering: lower...upper).map(\.description)
                if interval.upper < mapped.lowerBound { continue }
                lower = mapped.lowerBound
            }
            if lower <= mapped.upperBound {
                let upper = Swift.min(interval.upper, mapped.upperBound)
                blocks += IPv4CIDR.blocks(
                    covering: UInt32(truncatingIfNeeded: lower)...UInt32(truncatingIfNeeded: upper)
                ).map(\.description)
                if interval.upper <= mapped.upperBound { continue }
                lower = mapped.upperBound + 1
            }
            blocks += IPv6CIDR.blocks(covering: lower...interval.upper).map(\.description)
        }
        return blocks.joined(separator: ", ")
    }
}

private let everyAddress = AddressSet(0...UInt128.max)

/// The fewest prefix blocks (network address and prefix length) that cover `range` exactly,
/// in order, for addresses of `Bound`'s width.
func prefixBlocks<Bound: FixedWidthInteger & UnsignedInteger>(covering range: ClosedRange<Bound>) -> [(Bound, Int)] {
    var blocks: [(Bound, Int)] = []
    var start = range.lowerBound
    let width = Bound.bitWidth
    while true {
        // The largest aligned block at `start` that stays inside the range.
        var length = width - (start == 0 ? width : start.trailingZeroBitCount)
        while length < width {
            let last = start | (Bound.max >> length)
            if last <= range.upperBound { break }
            length += 1
        }
        blocks.append((start, length))
        let last = length == 0 ? Bound.max : start | (Bound.max >> length)
        if last >= range.upperBound { return blocks }
        start = last + 1
    }
}
