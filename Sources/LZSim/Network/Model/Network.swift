/// Every networking resource of the world, across accounts and Regions, keyed by AWS's IDs.
///
/// The network is one structure rather than per-account state because it is one graph:
/// transit gateways, peering connections and shared subnets join resources of several
/// accounts, and reachability walks across them. Each resource records its owner and Region,
/// and every operation looks resources up only within the caller's account and Region (or
/// what is shared with it).
public struct Network: Sendable {
    public internal(set) var vpcs: [String: Vpc] = [:]
    public internal(set) var subnets: [String: Subnet] = [:]
    public internal(set) var routeTables: [String: RouteTable] = [:]
    public internal(set) var internetGateways: [String: InternetGateway] = [:]
    public internal(set) var natGateways: [String: NatGateway] = [:]
    public internal(set) var elasticIPs: [String: ElasticIP] = [:]
    public internal(set) var transitGateways: [String: TransitGateway] = [:]
    public internal(set) var transitGatewayAttachments: [String: TransitGatewayAttachment] = [:]
    public internal(set) var transitGatewayRouteTables: [String: TransitGatewayRouteTable] = [:]
    public internal(set) var peeringConnections: [String: VpcPeeringConnection] = [:]
    public internal(set) var vpcEndpoints: [String: VpcEndpoint] = [:]
    public internal(set) var prefixLists: [String: ManagedPrefixList] = [:]
    public internal(set) var securityGroups: [String: SecurityGroup] = [:]
    public internal(set) var networkAcls: [String: NetworkAcl] = [:]
    public internal(set) var networkInterfaces: [String: NetworkInterface] = [:]
    public internal(set) var instances: [String: Instance] = [:]
    public internal(set) var customerGateways: [String: CustomerGateway] = [:]
    public internal(set) var vpnGateways: [String: VpnGateway] = [:]
    public internal(set) var vpnConnections: [String: VpnConnection] = [:]
    public internal(set) var firewalls: [String: NetworkFirewall] = [:]
    public internal(set) var firewallPolicies: [String: FirewallPolicy] = [:]
    public internal(set) var ruleGroups: [String: FirewallRuleGroup] = [:]
    public internal(set) var resolverEndpoints: [String: ResolverEndpoint] = [:]
    public internal(set) var resolverRules: [String: ResolverRule] = [:]
    public internal(set) var flowLogs: [String: FlowLog] = [:]
    public internal(set) var resourceShares: [String: ResourceShare] = [:]
    /// Which interfaces each subnet holds, so walks and queries never scan every interface.
    var interfacesBySubnet: [String: [String]] = [:]
    /// Which subnets each VPC holds.
    var subnetsByVpc: [String: [String]] = [:]
    /// The route table each explicitly associated subnet uses.
    var routeTableBySubnet: [String: String] = [:]
    /// The network ACL of each subnet.
    var networkAclBySubnet: [String: String] = [:]
    /// Which security group each interface is in, reversed: the interfaces of a group.
    var interfacesByGroup: [String: Set<String>] = [:]

    /// Creates an empty network.
    public init() {}
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
