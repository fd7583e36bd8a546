/// The IP protocol of a rule or a query.
public enum IPProtocol: String, Sendable, Hashable, CustomStringConvertible {
    /// TCP (6).
    case tcp
    /// UDP (17).
    case udp
    /// ICMP (1).
    case icmp
    /// Every protocol (`-1` in EC2's rules).
    case all = "-1"

    /// Reads EC2's spellings: `tcp`, `udp`, `icmp`, `-1`, `all`, or the numbers 6, 17, 1.
    /// - Throws: ``AWSError`` (`InvalidParameterValue`) naming the value.
    public init(ec2 text: String) throws(AWSError) {
        switch text.lowercased() {
        case "tcp", "6": self = .tcp
        case "udp", "17": self = .udp
        case "icmp", "1": self = .icmp
        case "-1", "all": self = .all
        default: throw AWSError(.invalidParameterValue, "Invalid value '\(text)' for IP protocol. Unknown protocol.")
        }
    }

    /// Whether a rule of this protocol matches traffic of `traffic`'s protocol.
    func matches(_ traffic: IPProtocol) -> Bool { self == .all || self == traffic }

    /// Whether the protocol has ports.
    var hasPorts: Bool { self == .tcp || self == .udp }

    public var description: String { self == .all ? "all" : rawValue }
}

/// A box of packets of one protocol: every combination of a source address, a destination
/// address and a destination port from three sets.
public struct PacketBox: Sendable, Hashable {
    /// Source addresses.
    public var sources: AddressSet
    /// Destination addresses.
    public var destinations: AddressSet
    /// Destination ports.
    public var ports: IntervalSet

    /// Whether the box holds no packet.
    public var isEmpty: Bool { sources.isEmpty || destinations.isEmpty || ports.isEmpty }

    /// The packets in both boxes.
    func intersection(_ other: PacketBox) -> PacketBox {
        PacketBox(
            sources: sources.intersection(other.sources), destinations: destinations.intersection(other.destinations),
            ports: ports.intersection(other.ports))
    }

    /// The packets of this box outside `other`, as at most three disjoint boxes.
    func subtracting(_ other: PacketBox) -> [PacketBox] {
        let common = intersection(other)
        if common.isEmpty { return [self] }
        return [
            PacketBox(sources: sources.subtracting(other.sources), destinations: destinations, ports: ports),
            PacketBox(
                sources: common.sources, destinations: destinations.subtracting(other.destinations), ports: ports),
            PacketBox(
                sources: common.sources, destinations: common.destinations, ports: ports.subtracting(other.ports)),
        ].filter { !$0.isEmpty }
    }
}

/// A set of packets of one protocol as a union of boxes, which the filters along a path
/// narrow symbolically: security groups by union, ACLs and firewalls in rule order.
public struct PacketSet: Sendable, Hashable {
    /// The boxes; they may overlap.
    public private(set) var boxes: [PacketBox]

    /// The set of one box.
    public init(_ box: PacketBox) {
        boxes = box.isEmpty ? [] : [box]
    }

    init(boxes: [PacketBox]) {
        self.boxes = boxes.filter { !$0.isEmpty }
    }

    /// The empty set.
    public static let empty = PacketSet(boxes: [])

    /// Whether no packet is in the set.
    public var isEmpty: Bool { boxes.isEmpty }

    /// The packets also in `box`.
    func intersection(_ box: PacketBox) -> PacketSet {
        PacketSet(boxes: boxes.map { $0.intersection(box) })
    }

    /// The packets outside `box`.
    func subtracting(_ box: PacketBox) -> PacketSet {
        PacketSet(boxes: boxes.flatMap { $0.subtracting(box) })
    }

    /// The packets of either set.
    func union(_ other: PacketSet) -> PacketSet {
        PacketSet(boxes: boxes + other.boxes)
    }

    /// The packets whose destination is in `addresses`.
    func restricting(destinations addresses: AddressSet) -> PacketSet {
        intersection(PacketBox(sources: .allAddresses, destinations: addresses, ports: .allPorts))
    }

    /// The packets whose source is in `addresses`.
    func restricting(sources addresses: AddressSet) -> PacketSet {
        intersection(PacketBox(sources: addresses, destinations: .allAddresses, ports: .allPorts))
    }

    /// Every destination port of some packet.
    public var ports: IntervalSet { boxes.reduce(.empty) { $0.union($1.ports) } }
    /// Every source address of some packet.
    public var sources: AddressSet { boxes.reduce(.empty) { $0.union($1.sources) } }
    /// Every destination address of some packet.
    public var destinations: AddressSet { boxes.reduce(.empty) { $0.union($1.destinations) } }

    /// The same packets with source and destination rewritten, as a NAT gateway does.
    func translatingSources(to address: UInt32) -> PacketSet {
        PacketSet(
            boxes: boxes.map {
                PacketBox(
                    sources: IPv4CIDR(host: address).set,
                    destinations: $0.destinations, ports: $0.ports)
            })
    }
}
