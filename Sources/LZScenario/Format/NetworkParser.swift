import Foundation

/// Reads an account's `network:` section into a ``NetworkDeclaration``, every value at its place.
struct NetworkParser {
    let resolver: PathResolver
    /// The account's name, for messages.
    let account: String

    static let keys = [
        "region", "vpcs", "transit_gateways", "peering", "vpn_connections", "network_firewall", "resolver", "shares",
        "instances", "interfaces", "load_balancers", "target_groups",
    ]

    func parse(_ node: YAMLNode) throws(ScenarioError) -> NetworkDeclaration {
        let fields = try Fields(node, "the network of '\(account)'", allowed: Self.keys)
        var network = NetworkDeclaration(
            location: node.location,
            region: try fields.string("region").map { Named(text: $0, location: fields["region"]!.location) })
        for (name, location, value) in try fields.named("vpcs") {
            network.vpcs.append(try parseVpc(Named(text: name, location: location), value))
        }
        for (name, location, value) in try fields.named("transit_gateways") {
            network.transitGateways.append(try parseTransitGateway(Named(text: name, location: location), value))
        }
        for (name, location, value) in try fields.named("peering") {
            let what = "peering '\(name)'"
            let peering = try Fields(value, what, allowed: ["vpc", "peer", "accept"])
            network.peerings.append(
                .init(
                    name: Named(text: name, location: location), vpc: try required(peering, "vpc", what),
                    peer: try required(peering, "peer", what), accept: try peering.bool("accept") ?? true))
        }
        for (name, location, value) in try fields.named("vpn_connections") {
            network.vpnConnections.append(try parseVpn(Named(text: name, location: location), value))
        }
        if let firewall = fields["network_firewall"] {
            try parseFirewall(firewall, into: &network)
        }
        if let resolver = fields["resolver"] {
            try parseResolver(resolver, into: &network)
        }
        for (name, location, value) in try fields.named("shares") {
            let what = "share '\(name)'"
            let share = try Fields(
                value, what, allowed: ["subnets", "transit_gateways", "resolver_rules", "principals", "allow_external"])
            let principals = try share.nameList("principals")
            guard !principals.isEmpty else {
                throw ScenarioError(
                    "\(what) needs 'principals': OU names, account names or organization", at: value.location)
            }
            network.shares.append(
                .init(
                    name: Named(text: name, location: location), subnets: try share.nameList("subnets"),
                    transitGateways: try share.nameList("transit_gateways"),
                    resolverRules: try share.nameList("resolver_rules"), principals: principals,
                    allowExternal: try share.bool("allow_external") ?? false))
        }
        for (name, location, value) in try fields.named("instances") {
            let what = "instance '\(name)'"
            let instance = try Fields(
                value, what,
                allowed: [
                    "subnet", "security_groups", "private_ip", "public_ip", "ipv6_addresses", "imds", "instance_type",
                ])
            network.instances.append(
                .init(
                    name: Named(text: name, location: location), subnet: try required(instance, "subnet", what),
                    securityGroups: try instance.nameList("security_groups"),
                    privateIp: try instance.string("private_ip"), publicIp: try instance.bool("public_ip"),
                    ipv6Addresses: try instance.int("ipv6_addresses"),
                    httpTokens: try instance.choice("imds", ["required", "optional"]) ?? "required",
                    instanceType: try instance.string("instance_type") ?? "t3.micro"))
        }
        for (name, location, value) in try fields.named("interfaces") {
            let what = "interface '\(name)'"
            let interface = try Fields(
                value, what,
                allowed: ["subnet", "security_groups", "private_ip", "elastic_ip", "source_dest_check", "description"])
            network.interfaces.append(
                .init(
                    name: Named(text: name, location: location), subnet: try required(interface, "subnet", what),
                    securityGroups: try interface.nameList("security_groups"),
                    privateIp: try interface.string("private_ip"),
                    elasticIp: try interface.bool("elastic_ip") ?? false,
                    sourceDestCheck: try interface.bool("source_dest_check") ?? true,
                    description: try interface.string("description") ?? ""))
        }
        for (name, location, value) in try fields.named("load_balancers") {
            let what = "load balancer '\(name)'"
            let balancer = try Fields(
                value, what, allowed: ["type", "scheme", "subnets", "security_groups", "listeners"])
            network.loadBalancers.append(
                .init(
                    name: Named(text: name, location: location),
                    isNetwork: try balancer.choice("type", ["application", "network"]) == "network",
                    isInternal: try balancer.choice("scheme", ["internet-facing", "internal"]) == "internal",
                    subnets: try balancer.nameList("subnets"), securityGroups: try balancer.nameList("security_groups"),
                    listeners: try ListenerParser.parse(balancer["listeners"], of: what)))
        }
        network.targetGroups = try TargetGroupParser.parse(fields)
        return network
    }

    private func parseVpc(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> NetworkDeclaration.Vpc {
        let what = "VPC '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: [
                "cidr", "secondary_cidrs", "ipv6", "dns_support", "dns_hostnames", "flow_logs", "internet_gateway",
                "egress_only_internet_gateway", "vpn_gateway", "subnets", "route_tables", "nat_gateways",
                "security_groups", "network_acls",
                "endpoints", "transit_gateway_attachment", "resolver_rules", "tags",
            ])
        var vpc = NetworkDeclaration.Vpc(name: name, cidr: try required(fields, "cidr", what))
        vpc.secondaryCidrs = try fields.nameList("secondary_cidrs")
        vpc.ipv6 = try fields.name("ipv6")
        vpc.egressOnlyInternetGateway = try fields.name("egress_only_internet_gateway")
        vpc.dnsSupport = try fields.bool("dns_support")
        vpc.dnsHostnames = try fields.bool("dns_hostnames")
        vpc.internetGateway = try fields.name("internet_gateway")
        vpc.vpnGateway = try fields.name("vpn_gateway")
        vpc.resolverRules = try fields.nameList("resolver_rules")
        vpc.tags = try fields.stringMap("tags")
        if let logs = fields["flow_logs"] {
            if let destination = logs.scalar {
                vpc.flowLogs = .init(destination: destination, trafficType: "ALL", location: logs.location)
            } else {
                let logFields = try Fields(logs, "the flow logs of \(what)", allowed: ["destination", "traffic"])
                vpc.flowLogs = .init(
                    destination: try logFields.required("destination"),
                    trafficType: try logFields.choice("traffic", ["ALL", "ACCEPT", "REJECT"]) ?? "ALL",
                    location: logs.location)
            }
        }
        for (subnet, location, value) in try fields.named("subnets") {
            let subnetWhat = "subnet '\(subnet)'"
            let subnetFields = try Fields(
                value, subnetWhat,
                allowed: ["zone", "cidr", "map_public_ip_on_launch", "ipv6_cidr", "assign_ipv6_on_creation"])
            vpc.subnets.append(
                .init(
                    name: Named(text: subnet, location: location), zone: try required(subnetFields, "zone", subnetWhat),
                    cidr: try required(subnetFields, "cidr", subnetWhat),
                    mapPublicIpOnLaunch: try subnetFields.bool("map_public_ip_on_launch") ?? false,
                    ipv6Cidr: try subnetFields.name("ipv6_cidr"),
                    assignIpv6AddressOnCreation: try subnetFields.bool("assign_ipv6_on_creation") ?? false))
        }
        for (table, location, value) in try fields.named("route_tables") {
            vpc.routeTables.append(try parseRouteTable(Named(text: table, location: location), value))
        }
        for (nat, location, value) in try fields.named("nat_gateways") {
            let natWhat = "NAT gateway '\(nat)'"
            let natFields = try Fields(value, natWhat, allowed: ["subnet", "connectivity"])
            vpc.natGateways.append(
                .init(
                    name: Named(text: nat, location: location), subnet: try required(natFields, "subnet", natWhat),
                    isPrivate: try natFields.choice("connectivity", ["public", "private"]) == "private"))
        }
        for (group, location, value) in try fields.named("security_groups") {
            vpc.securityGroups.append(try parseSecurityGroup(Named(text: group, location: location), value))
        }
        for (acl, location, value) in try fields.named("network_acls") {
            vpc.networkAcls.append(try parseNetworkAcl(Named(text: acl, location: location), value))
        }
        for (endpoint, location, value) in try fields.named("endpoints") {
            vpc.endpoints.append(try parseEndpoint(Named(text: endpoint, location: location), value))
        }
        if let attachment = fields["transit_gateway_attachment"] {
            let attachWhat = "the transit gateway attachment of \(what)"
            let attachFields = try Fields(
                attachment, attachWhat,
                allowed: ["transit_gateway", "subnets", "appliance_mode", "ipv6_support", "accept"])
            vpc.attachment = .init(
                transitGateway: try required(attachFields, "transit_gateway", attachWhat),
                subnets: try attachFields.nameList("subnets"),
                applianceMode: try attachFields.bool("appliance_mode") ?? false,
                ipv6Support: try attachFields.bool("ipv6_support") ?? false,
                accept: try attachFields.bool("accept") ?? true, location: attachment.location)
        }
        return vpc
    }

    // MARK: - Helpers

    func required(_ fields: Fields, _ key: String, _ what: String) throws(ScenarioError) -> Named {
        guard let value = try fields.name(key) else {
            throw ScenarioError("\(what) needs '\(key)'", at: fields.node.location)
        }
        return value
    }

    /// `443`, `8000-8100`, or `all` (every port).
    func ports(_ node: YAMLNode, _ what: String) throws(ScenarioError) -> ClosedRange<Int>? {
        guard let text = node.scalar else {
            throw ScenarioError(
                "expected ports such as 443 or 8000-8100 for \(what), found \(node.shape)", at: node.location)
        }
        return try Self.ports(text, at: node.location, what)
    }

    static func ports(_ text: String, at location: SourceLocation, _ what: String) throws(ScenarioError)
        -> ClosedRange<Int>?
    {
        if ["all", "any"].contains(text.lowercased()) { return nil }
        let parts = text.split(separator: "-", maxSplits: 1).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let low = parts.first ?? nil, let high = parts.count == 2 ? parts[1] : low, low <= high,
            low >= 0, high <= 65_535
        else {
            throw ScenarioError(
                "expected ports such as 443, 8000-8100 or all (0 to 65535) for \(what), found '\(text)'", at: location)
        }
        return low...high
    }
}
