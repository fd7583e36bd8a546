/// One component a path crosses, with the rule or route that let the packets through.
public struct NetworkHop: Sendable, Hashable, CustomStringConvertible {
    /// What kind of component.
    public enum Kind: String, Sendable, Hashable {
        case source, networkInterface = "interface", securityGroupEgress = "security group out"
        case networkAclEgress = "network ACL out", routeTable = "route table"
        case internetGateway = "internet gateway", natGateway = "NAT gateway"
        case egressOnlyInternetGateway = "egress-only internet gateway"
        case transitGatewayAttachment = "transit gateway attachment"
        case transitGatewayRouteTable = "transit gateway route table"
        case peeringConnection = "peering connection", gatewayEndpoint = "gateway endpoint"
        case firewall = "network firewall", appliance = "appliance interface"
        case vpnConnection = "VPN connection", networkAclIngress = "network ACL in"
        case securityGroupIngress = "security group in", destination
    }

    /// The kind.
    public var kind: Kind
    /// The component's ID.
    public var component: String
    /// The route or rules used.
    public var detail: String

    /// `route table rtb-...: 10.5.0.0/20 -> tgw-...`.
    public var description: String { "\(kind.rawValue) \(component)" + (detail.isEmpty ? "" : ": \(detail)") }
}

/// A component that stops the packets, with the rule or route responsible.
public struct NetworkBlock: Sendable, Hashable, CustomStringConvertible {
    /// Why.
    public var reason: BlockReason
    /// The component's ID.
    public var component: String
    /// The responsible route or rule, and what it does.
    public var detail: String

    /// `BLACKHOLE_ROUTE at tgw-rtb-...: 10.5.0.0/20 -> blackhole`.
    public var description: String { "\(reason) at \(component): \(detail)" }
}

/// A path from a source to a destination: every hop, and when it is blocked, every block along
/// it (the first, and those that would still stop the packets were the earlier ones removed).
public struct NetworkPath: Sendable, Hashable, CustomStringConvertible {
    /// Where the packets start.
    public var source: String
    /// Where they go.
    public var destination: String
    /// The components crossed, in order.
    public var hops: [NetworkHop]
    /// Every block along the path; empty when the path carries traffic.
    public var blocks: [NetworkBlock]
    /// The packets that arrive (when reachable) or that would arrive were the blocks removed.
    public var packets: PacketSet

    /// Whether packets get through, responses included.
    public var isReachable: Bool { blocks.isEmpty && !packets.isEmpty }
    /// The destination ports packets arrive on.
    public var ports: IntervalSet { isReachable ? packets.ports : .empty }

    public var description: String {
        var lines = ["\(source) -> \(destination): " + (isReachable ? "reachable on \(ports)" : "not reachable")]
        lines += hops.map { "  \($0)" }
        lines += blocks.map { "  blocked: \($0)" }
        return lines.joined(separator: "\n")
    }
}

/// The answer to a reachability question: reachable or not, with the paths that show it.
public struct ReachabilityResult: Sendable, CustomStringConvertible {
    /// The paths that carry traffic.
    public var reachablePaths: [NetworkPath]
    /// The paths that are blocked, each with every block along it.
    public var blockedPaths: [NetworkPath]

    /// Whether some packet gets from the source to the destination and its response back.
    public var isReachable: Bool { !reachablePaths.isEmpty }
    /// The first block of each blocked path: what to change first.
    public var blocks: [NetworkBlock] { blockedPaths.flatMap(\.blocks) }
    /// The destination ports some packet arrives on.
    public var reachablePorts: IntervalSet { reachablePaths.reduce(.empty) { $0.union($1.ports) } }

    public var description: String {
        ((isReachable ? reachablePaths : blockedPaths).map(\.description)).joined(separator: "\n")
    }
}
