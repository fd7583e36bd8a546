/// Every networking resource of the world, across accounts and Regions, keyed by AWS's IDs.
///
/// The network is one structure rather than per-account state because it is one graph:
/// transit gateways, peering connections and shared subnets join resources of several
/// accounts, and reachability walks across them. Each resource records its owner and Region,
/// and every operation looks resources up only within the caller's account and Region (or
/// what is shared with it).
public struct Network: Sendable {
    /// The vpcs, by ID.
    public internal(set) var vpcs: [String: Vpc] = [:]
    /// The subnets, by ID.
    public internal(set) var subnets: [String: Subnet] = [:]
    /// The route tables, by ID.
    public internal(set) var routeTables: [String: RouteTable] = [:]
    /// The internet gateways, by ID.
    public internal(set) var internetGateways: [String: InternetGateway] = [:]
    /// The egress-only internet gateways, by ID.
    public internal(set) var egressOnlyInternetGateways: [String: EgressOnlyInternetGateway] = [:]
    /// The nat gateways, by ID.
    public internal(set) var natGateways: [String: NatGateway] = [:]
    /// The elastic i ps, by ID.
    public internal(set) var elasticIPs: [String: ElasticIP] = [:]
    /// The transit gateways, by ID.
    public internal(set) var transitGateways: [String: TransitGateway] = [:]
    /// The transit gateway attachments, by ID.
    public internal(set) var transitGatewayAttachments: [String: TransitGatewayAttachment] = [:]
    /// The transit gateway route tables, by ID.
    public internal(set) var transitGatewayRouteTables: [String: TransitGatewayRouteTable] = [:]
    /// The peering connections, by ID.
    public internal(set) var peeringConnections: [String: VpcPeeringConnection] = [:]
    /// The vpc endpoints, by ID.
    public internal(set) var vpcEndpoints: [String: VpcEndpoint] = [:]
    /// The prefix lists, by ID.
    public internal(set) var prefixLists: [String: ManagedPrefixList] = [:]
    /// The security groups, by ID.
    public internal(set) var securityGroups: [String: SecurityGroup] = [:]
    /// The network acls, by ID.
    public internal(set) var networkAcls: [String: NetworkAcl] = [:]
    /// The network interfaces, by ID.
    public internal(set) var networkInterfaces: [String: NetworkInterface] = [:]
    /// The instances, by ID.
    public internal(set) var instances: [String: Instance] = [:]
    /// The customer gateways, by ID.
    public internal(set) var customerGateways: [String: CustomerGateway] = [:]
    /// The vpn gateways, by ID.
    public internal(set) var vpnGateways: [String: VpnGateway] = [:]
    /// The vpn connections, by ID.
    public internal(set) var vpnConnections: [String: VpnConnection] = [:]
    /// The firewalls, by ID.
    public internal(set) var firewalls: [String: NetworkFirewall] = [:]
    /// The firewall policies, by ID.
    public internal(set) var firewallPolicies: [String: FirewallPolicy] = [:]
    /// The rule groups, by ID.
    public internal(set) var ruleGroups: [String: FirewallRuleGroup] = [:]
    /// The resolver endpoints, by ID.
    public internal(set) var resolverEndpoints: [String: ResolverEndpoint] = [:]
    /// The resolver rules, by ID.
    public internal(set) var resolverRules: [String: ResolverRule] = [:]
    /// The flow logs, by ID.
    public internal(set) var flowLogs: [String: FlowLog] = [:]
    /// The resource shares, by ID.
    public internal(set) var resourceShares: [String: ResourceShare] = [:]
    /// Which interfaces each subnet holds, so walks and queries never scan every interface.
    var interfacesBySubnet: [String: [String]] = [:]
    /// Which subnets each VPC holds.
    var subnetsByVpc: [String: [String]] = [:]
    /// Every VPC block, sorted by first address, to find the VPCs holding an address quickly.
    var vpcBlocks: [VpcBlock] = []
    /// Transit gateway attachments by the VPC or VPN connection attached.
    var attachmentsByResource: [String: [String]] = [:]
    /// The route table each explicitly associated subnet uses.
    var routeTableBySubnet: [String: String] = [:]
    /// The network ACL of each subnet.
    var networkAclBySubnet: [String: String] = [:]
    /// Which security group each interface is in, reversed: the interfaces of a group.
    var interfacesByGroup: [String: Set<String>] = [:]

    /// Creates an empty network.
    public init() {}
}

/// One block of a VPC, in the network's sorted list of blocks.
struct VpcBlock: Sendable {
    var block: IPv4CIDR
    var vpcId: String
}

extension Network {
    /// Records a VPC block in the sorted list.
    mutating func addBlock(_ block: IPv4CIDR, of vpcId: String) {
        let index = vpcBlocks.firstIndex { $0.block.lower > block.lower } ?? vpcBlocks.count
        vpcBlocks.insert(VpcBlock(block: block, vpcId: vpcId), at: index)
    }

    /// The VPCs with a block holding some of `addresses`, which must span few addresses: a VPC
    /// block is at most a /16, so only blocks starting within 65,536 addresses before the set count.
    func vpcs(holding addresses: AddressSet) -> Set<String> {
        let ipv4 = addresses.of(.ipv4)
        guard let first = ipv4.intervals.first.map({ UInt32(truncatingIfNeeded: $0.lower) }),
            let last = ipv4.intervals.last.map({ UInt32(truncatingIfNeeded: $0.upper) })
        else { return [] }
        let earliest = first > 65_535 ? first - 65_535 : 0
        var low = 0
        var high = vpcBlocks.count
        while low < high {
            let middle = (low + high) / 2
            if vpcBlocks[middle].block.lower < earliest { low = middle + 1 } else { high = middle }
        }
        var found: Set<String> = []
        while low < vpcBlocks.count, vpcBlocks[low].block.lower <= last {
            let block = vpcBlocks[low].block
            if ipv4.overlaps(block.addressRange) { found.insert(vpcBlocks[low].vpcId) }
            low += 1
        }
        return found
    }
}

/// Where an EC2 resource lives: its owner and Region.
public struct ResourcePlace: Sendable, Hashable {
    /// The owning account.
    public var accountID: String
    /// The Region.
    public var region: String

    /// The ARN of an EC2 resource of this place: `arn:aws:ec2:REGION:ACCOUNT:TYPE/ID`.
    func arn(_ type: String, _ id: String) -> String { "arn:aws:ec2:\(region):\(accountID):\(type)/\(id)" }
}
