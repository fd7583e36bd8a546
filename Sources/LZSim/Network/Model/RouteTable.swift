/// A VPC route table: its routes, and the subnets and gateways associated with it.
public struct RouteTable: Sendable {
    /// `rtb-` and 17 hexadecimal characters.
    public let routeTableId: String
    /// The VPC.
    public let vpcId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// Routes added by `CreateRoute`, gateway endpoints and propagation; the `local` routes
    /// of the VPC's CIDR blocks are implied (``World/routes(of:)`` lists them all).
    public internal(set) var routes: [Route]
    /// Subnets explicitly associated.
    public internal(set) var subnetAssociations: Set<String>
    /// Gateways (internet or virtual private) associated as an edge route table.
    public internal(set) var gatewayAssociations: Set<String>
    /// Virtual private gateways whose VPN routes propagate into the table.
    public internal(set) var propagatingVgws: Set<String>
    /// The tags.
    public internal(set) var tags: [String: String]

    /// `Name` tag or ID, for messages.
    public var displayName: String { tags["Name"] ?? routeTableId }
}

/// One route: a destination (CIDR block or prefix list) and a target.
public struct Route: Sendable, Hashable {
    /// Where the route sends traffic from.
    public enum Destination: Sendable, Hashable, CustomStringConvertible {
        /// An IPv4 CIDR block.
        case cidr(IPv4CIDR)
        /// An IPv6 CIDR block (`DestinationIpv6CidrBlock`).
        case ipv6Cidr(IPv6CIDR)
        /// A managed prefix list, as gateway endpoints add.
        case prefixList(String)

        /// Whether the destination is an IPv6 block.
        public var isIPv6: Bool {
            if case .ipv6Cidr = self { true } else { false }
        }

        public var description: String {
            switch self {
            case .cidr(let block): block.description
            case .ipv6Cidr(let block): block.description
            case .prefixList(let id): id
            }
        }
    }

    /// What the route sends traffic to.
    public enum Target: Sendable, Hashable, CustomStringConvertible {
        /// The VPC itself.
        case local
        /// An internet gateway attached to the VPC.
        case internetGateway(String)
        /// An egress-only internet gateway of the VPC, for IPv6 traffic.
        case egressOnlyInternetGateway(String)
        /// A NAT gateway in the VPC.
        case natGateway(String)
        /// A transit gateway the VPC is attached to.
        case transitGateway(String)
        /// A peering connection of the VPC.
        case vpcPeeringConnection(String)
        /// A gateway endpoint (S3, DynamoDB), through its prefix-list route.
        case gatewayEndpoint(String)
        /// A Network Firewall or Gateway Load Balancer endpoint.
        case vpcEndpoint(String)
        /// An appliance's network interface in the VPC.
        case networkInterface(String)
        /// A virtual private gateway attached to the VPC.
        case virtualPrivateGateway(String)

        /// The target's ID, `local` for the local route.
        public var id: String {
            switch self {
            case .local: "local"
            case .internetGateway(let id), .egressOnlyInternetGateway(let id), .natGateway(let id),
                .transitGateway(let id),
                .vpcPeeringConnection(let id), .gatewayEndpoint(let id), .vpcEndpoint(let id),
                .networkInterface(let id), .virtualPrivateGateway(let id):
                id
            }
        }

        public var description: String { id }
    }

    /// How the route came to be.
    public enum Origin: String, Sendable, Hashable {
        /// The `local` routes a table starts with.
        case createRouteTable = "CreateRouteTable"
        /// A route added by `CreateRoute` (or a gateway endpoint).
        case createRoute = "CreateRoute"
        /// A route propagated from a virtual private gateway.
        case enableVgwRoutePropagation = "EnableVgwRoutePropagation"
    }

    /// The destination.
    public var destination: Destination
    /// The target.
    public var target: Target
    /// How the route came to be.
    public var origin: Origin
}

/// A route as ``World/routes(of:)`` reports it, with the state EC2 shows.
public struct RouteEntry: Sendable, Hashable, CustomStringConvertible {
    /// The route.
    public var route: Route
    /// The addresses it matches.
    public var addresses: AddressSet
    /// The prefix length used for longest prefix match (a prefix list's entries count by their own lengths).
    public var prefixLength: Int
    /// `false` when the target no longer exists or is detached: the route is a blackhole.
    public var isActive: Bool

    /// `10.5.0.0/20 -> tgw-... (blackhole)`.
    public var description: String {
        "\(route.destination) -> \(route.target)" + (isActive ? "" : " (blackhole)")
    }
}
