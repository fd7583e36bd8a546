/// An account's `network:` section as written: its VPCs and what is inside them, its transit
/// gateways, peering, VPN, Network Firewall, Resolver and RAM shares, and the instances and
/// interfaces it runs. Names are the scenario's own, unique per account and kind; another
/// account's resource is named `ACCOUNT/NAME`.
struct NetworkDeclaration: Sendable {
    struct Vpc: Sendable {
        var name: Named
        var cidr: Named
        var secondaryCidrs: [Named] = []
        /// `amazon` for an Amazon-provided /56, or an IPv6 block of the account's own.
        var ipv6: Named?
        var dnsSupport: Bool?
        var dnsHostnames: Bool?
        var flowLogs: FlowLogs?
        var internetGateway: Named?
        var egressOnlyInternetGateway: Named?
        var vpnGateway: Named?
        var subnets: [Subnet] = []
        var routeTables: [RouteTable] = []
        var natGateways: [NatGateway] = []
        var securityGroups: [SecurityGroup] = []
        var networkAcls: [NetworkAcl] = []
        var endpoints: [Endpoint] = []
        var attachment: Attachment?
        var resolverRules: [Named] = []
        var tags: [String: String] = [:]
    }

    struct FlowLogs: Sendable {
        var destination: String
        var trafficType: String
        var location: SourceLocation
    }

    struct Subnet: Sendable {
        var name: Named
        var zone: Named
        var cidr: Named
        var mapPublicIpOnLaunch: Bool
        /// A /64 of the VPC's IPv6 block, or its index in the VPC's first IPv6 block.
        var ipv6Cidr: Named?
        var assignIpv6AddressOnCreation: Bool
    }

    /// A route table, or with `main: true` the VPC's main table, which EC2 creates with the VPC.
    struct RouteTable: Sendable {
        var name: Named
        var isMain: Bool
        var subnets: [Named]
        var routes: [Route]
    }

    struct Route: Sendable {
        enum Target: Sendable {
            case local
            case internetGateway
            case egressOnlyInternetGateway
            case natGateway(Named)
            case transitGateway(Named)
            case peering(Named)
            case gatewayEndpoint(Named)
            case firewall(Named, zone: String?)
            case networkInterface(Named)
            case vpnGateway
            case blackhole
        }

        /// An IPv4 or IPv6 CIDR block, or `nil` when the route is a gateway endpoint's prefix-list route.
        var destination: Named?
        var prefixList: Named?
        var target: Target
        var location: SourceLocation
    }

    struct NatGateway: Sendable {
        var name: Named
        var subnet: Named
        var isPrivate: Bool
    }

    /// A security group; `default` names the VPC's default group, whose rules the declared ones replace.
    struct SecurityGroup: Sendable {
        var name: Named
        var description: String
        var ingress: [Rule]?
        var egress: [Rule]?
    }

    /// One security group rule: a protocol, ports, and one peer.
    struct Rule: Sendable {
        var ipProtocol: String
        var ports: ClosedRange<Int>?
        var cidr: String?
        var ipv6Cidr: String? = nil
        var prefixList: String?
        var group: Named?
        var description: String
        var location: SourceLocation
    }

    struct NetworkAcl: Sendable {
        var name: Named
        var subnets: [Named]
        var entries: [AclEntry]
    }

    struct AclEntry: Sendable {
        var number: Int
        var egress: Bool
        var action: String
        var ipProtocol: String
        var ports: ClosedRange<Int>?
        var cidr: String?
        var ipv6Cidr: String?
        var location: SourceLocation
    }

    struct Endpoint: Sendable {
        var name: Named
        var service: Named
        var isInterface: Bool
        var routeTables: [Named]
        var subnets: [Named]
        var securityGroups: [Named]
        var privateDns: Bool
        var policy: DocumentSource?
    }

    /// The VPC's attachment to a transit gateway, named after the VPC in transit gateway route tables.
    struct Attachment: Sendable {
        var transitGateway: Named
        var subnets: [Named]
        var applianceMode: Bool
        var ipv6Support: Bool = false
        var accept: Bool
        var location: SourceLocation
    }

    struct TransitGateway: Sendable {
        var name: Named
        var asn: Int
        var autoAcceptSharedAttachments: Bool
        var defaultRouteTableAssociation: Bool
        var defaultRouteTablePropagation: Bool
        var routeTables: [TransitGatewayRouteTable]
        var peerings: [TransitGatewayPeering] = []
    }

    /// A peering attachment to another transit gateway (`ACCOUNT/NAME`), named in route tables
    /// like any attachment; the peer's owner accepts it unless `accept: false`.
    struct TransitGatewayPeering: Sendable {
        var name: Named
        var peer: Named
        var accept: Bool
    }

    struct TransitGatewayRouteTable: Sendable {
        var name: Named
        /// Attachments by the VPC's or VPN connection's name (`ACCOUNT/VPC` for another account's VPC).
        var associations: [Named]
        var propagations: [Named]
        /// Static routes: a block to an attachment, or to `nil` for a blackhole.
        var routes: [(destination: Named, attachment: Named?)]
    }

    struct Peering: Sendable {
        var name: Named
        var vpc: Named
        var peer: Named
        var accept: Bool
    }

    struct VpnConnection: Sendable {
        var name: Named
        var customerGatewayIP: Named
        var bgpAsn: Int
        var transitGateway: Named?
        var vpnGatewayVpc: Named?
        var routes: [Named]
    }

    struct RuleGroup: Sendable {
        var name: Named
        var isStateful: Bool
        var capacity: Int
        var rules: String?
        var variables: [String: [String]]
        var statelessRules: [StatelessRule]
    }

    struct StatelessRule: Sendable {
        var priority: Int
        var action: String
        var protocols: [String]
        var sources: [String]
        var destinations: [String]
        var ports: ClosedRange<Int>?
        var location: SourceLocation
    }

    struct FirewallPolicy: Sendable {
        var name: Named
        var statelessGroups: [(priority: Int, group: Named)]
        var statelessDefaultAction: String
        var statefulGroups: [Named]
        var strictOrder: Bool
        var defaultDrop: Bool
    }

    struct Firewall: Sendable {
        var name: Named
        var policy: Named
        var vpc: Named
        var subnets: [Named]
    }

    struct ResolverEndpoint: Sendable {
        var name: Named
        var direction: String
        var securityGroups: [Named]
        var addresses: [(subnet: Named, ip: String?)]
    }

    struct ResolverRule: Sendable {
        var name: Named
        var domain: String
        var ruleType: String
        var targets: [String]
        var endpoint: Named?
        var vpcs: [Named]
    }

    struct Share: Sendable {
        var name: Named
        var subnets: [Named]
        var transitGateways: [Named]
        var resolverRules: [Named]
        /// OU names, account names, or `organization`.
        var principals: [Named]
        var allowExternal: Bool
    }

    struct Instance: Sendable {
        var name: Named
        var subnet: Named
        var securityGroups: [Named]
        var privateIp: String?
        var publicIp: Bool?
        var ipv6Addresses: Int?
        var httpTokens: String
        var instanceType: String
    }

    struct Interface: Sendable {
        var name: Named
        var subnet: Named
        var securityGroups: [Named]
        var privateIp: String?
        var elasticIp: Bool
        var sourceDestCheck: Bool
        var description: String
    }

    /// An Elastic Load Balancing load balancer, whose nodes are interfaces in its subnets.
    struct LoadBalancer: Sendable {
        var name: Named
        var isNetwork: Bool
        var isInternal: Bool
        var subnets: [Named]
        var securityGroups: [Named]
        var listeners: [Listener] = []
    }

    /// A listener of a load balancer, built once the account's certificates exist.
    struct Listener: Sendable {
        var port: Int
        var listenerProtocol: String
        /// A certificate by the scenario's name (`app1`, `ACCOUNT/NAME`) or ARN, for HTTPS and TLS.
        var certificate: Named?
        var sslPolicy: String?
        /// `redirect_to_https` or `fixed_response`.
        var defaultAction: String
        /// The target group the listener forwards to, by the scenario's name, instead of a default action.
        var targetGroup: Named?
        var location: SourceLocation
    }

    var location: SourceLocation
    /// The Region, or `nil` for the foundation's first.
    var region: Named?
    var vpcs: [Vpc] = []
    var transitGateways: [TransitGateway] = []
    var peerings: [Peering] = []
    var vpnConnections: [VpnConnection] = []
    var ruleGroups: [RuleGroup] = []
    var firewallPolicies: [FirewallPolicy] = []
    var firewalls: [Firewall] = []
    var resolverEndpoints: [ResolverEndpoint] = []
    var resolverRules: [ResolverRule] = []
    var shares: [Share] = []
    var instances: [Instance] = []
    var interfaces: [Interface] = []
    var loadBalancers: [LoadBalancer] = []
    var targetGroups: [TargetGroup] = []
}
