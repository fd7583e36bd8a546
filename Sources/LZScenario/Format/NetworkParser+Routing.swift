extension NetworkParser {
    /// The keys a route may name its target with, one per route.
    static let routeTargets = [
        "local", "internet_gateway", "egress_only_internet_gateway", "nat_gateway", "transit_gateway", "peering",
        "gateway_endpoint", "firewall",
        "network_interface", "vpn_gateway", "blackhole",
    ]

    func parseRouteTable(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> NetworkDeclaration.RouteTable {
        let what = "route table '\(name.text)'"
        let fields = try Fields(node, what, allowed: ["main", "subnets", "routes"])
        var routes: [NetworkDeclaration.Route] = []
        if let list = fields["routes"], list.elements == nil, !(list.entries?.isEmpty ?? false) {
            throw ScenarioError(
                "expected a list of routes for \(what), found \(list.shape)", at: list.location,
                hint: "write each route as - {destination: 0.0.0.0/0, transit_gateway: network/tgw-main}")
        }
        for element in fields["routes"]?.elements ?? [] {
            routes.append(try parseRoute(element, of: what))
        }
        return .init(
            name: name, isMain: try fields.bool("main") ?? false, subnets: try fields.nameList("subnets"),
            routes: routes)
    }

    private func parseRoute(_ node: YAMLNode, of table: String) throws(ScenarioError) -> NetworkDeclaration.Route {
        let what = "a route of \(table)"
        let fields = try Fields(
            node, what, allowed: ["destination", "destination_prefix_list", "zone"] + Self.routeTargets)
        let targets = Self.routeTargets.filter { fields.has($0) }
        guard targets.count == 1 else {
            throw ScenarioError(
                targets.isEmpty
                    ? "\(what) needs a target: one of \(Self.routeTargets.joined(separator: ", "))"
                    : "\(what) has \(targets.joined(separator: " and ")); a route has exactly one target",
                at: node.location)
        }
        let destination = try fields.name("destination")
        let prefixList = try fields.name("destination_prefix_list")
        if targets[0] != "gateway_endpoint", (destination == nil) == (prefixList == nil) {
            throw ScenarioError(
                "\(what) needs exactly one of 'destination' (an IPv4 or IPv6 CIDR block) or 'destination_prefix_list'",
                at: node.location)
        }
        let key = targets[0]
        let value = Named(text: try fields.string(key) ?? "", location: fields[key]!.location)
        let target: NetworkDeclaration.Route.Target
        switch key {
        case "local": target = .local
        case "internet_gateway": target = .internetGateway
        case "egress_only_internet_gateway": target = .egressOnlyInternetGateway
        case "vpn_gateway": target = .vpnGateway
        case "blackhole": target = .blackhole
        case "nat_gateway": target = .natGateway(value)
        case "transit_gateway": target = .transitGateway(value)
        case "peering": target = .peering(value)
        case "gateway_endpoint": target = .gatewayEndpoint(value)
        case "firewall": target = .firewall(value, zone: try fields.string("zone"))
        default: target = .networkInterface(value)
        }
        return .init(destination: destination, prefixList: prefixList, target: target, location: node.location)
    }

    func parseTransitGateway(_ name: Named, _ node: YAMLNode) throws(ScenarioError)
        -> NetworkDeclaration.TransitGateway
    {
        let what = "transit gateway '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: [
                "asn", "auto_accept_shared_attachments", "default_route_table_association",
                "default_route_table_propagation", "route_tables", "peering",
            ])
        var tables: [NetworkDeclaration.TransitGatewayRouteTable] = []
        for (table, location, value) in try fields.named("route_tables") {
            let tableWhat = "transit gateway route table '\(table)'"
            let tableFields = try Fields(value, tableWhat, allowed: ["associations", "propagations", "routes"])
            var routes: [(Named, Named?)] = []
            for (block, blockLocation, target) in try tableFields.named("routes") {
                guard let text = target.scalar else {
                    throw ScenarioError(
                        "expected an attachment (a VPC or VPN connection's name) or blackhole for the route to "
                            + "\(block) in \(tableWhat), found \(target.shape)", at: target.location)
                }
                routes.append(
                    (
                        Named(text: block, location: blockLocation),
                        text == "blackhole" ? nil : Named(text: text, location: target.location)
                    ))
            }
            tables.append(
                .init(
                    name: Named(text: table, location: location),
                    associations: try tableFields.nameList("associations"),
                    propagations: try tableFields.nameList("propagations"), routes: routes))
        }
        var peerings: [NetworkDeclaration.TransitGatewayPeering] = []
        for (peering, location, value) in try fields.named("peering") {
            let peeringWhat = "transit gateway peering '\(peering)'"
            let peeringFields = try Fields(value, peeringWhat, allowed: ["peer", "accept"])
            peerings.append(
                .init(
                    name: Named(text: peering, location: location),
                    peer: try required(peeringFields, "peer", peeringWhat),
                    accept: try peeringFields.bool("accept") ?? true))
        }
        return .init(
            name: name, asn: try fields.int("asn") ?? 64_512,
            autoAcceptSharedAttachments: try fields.bool("auto_accept_shared_attachments") ?? false,
            // EC2's own defaults: both enabled, auto-accept disabled.
            defaultRouteTableAssociation: try fields.bool("default_route_table_association") ?? true,
            defaultRouteTablePropagation: try fields.bool("default_route_table_propagation") ?? true,
            routeTables: tables, peerings: peerings)
    }

    func parseVpn(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> NetworkDeclaration.VpnConnection {
        let what = "VPN connection '\(name.text)'"
        let fields = try Fields(
            node, what, allowed: ["customer_gateway", "bgp_asn", "transit_gateway", "vpn_gateway", "routes"])
        let transitGateway = try fields.name("transit_gateway")
        let vpnGateway = try fields.name("vpn_gateway")
        guard (transitGateway == nil) != (vpnGateway == nil) else {
            throw ScenarioError(
                "\(what) needs exactly one of 'transit_gateway' or 'vpn_gateway' (the VPC whose gateway it ends on)",
                at: node.location)
        }
        return .init(
            name: name, customerGatewayIP: try required(fields, "customer_gateway", what),
            bgpAsn: try fields.int("bgp_asn") ?? 65_000, transitGateway: transitGateway, vpnGatewayVpc: vpnGateway,
            routes: try fields.nameList("routes"))
    }
}
