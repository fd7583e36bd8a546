import LZSim

extension NetworkBuilder {
    /// The routes of each declared VPC route table, once every target they may name exists.
    func buildRoutes(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for vpc in context.network.vpcs {
            let vpcId = try built.network.id(.vpc, vpc.name, in: context.account)
            for table in vpc.routeTables {
                let tableId = try built.network.id(.routeTable, table.name, in: context.account)
                for route in table.routes {
                    guard let target = try routeTarget(route, vpc: vpc, vpcId: vpcId, context, built) else { continue }
                    let destination = try route.destination.map { name throws(ScenarioError) in
                        try built.substitute(name.text, at: name.location)
                    }
                    let prefixList = route.prefixList?.text
                    let ipv6 = destination?.contains(":") == true
                    try WorldCall.run(at: route.location, &built.world) { (world: inout World) throws(AWSError) in
                        try world.createRoute(
                            routeTableId: tableId, destinationCidrBlock: ipv6 ? nil : destination,
                            destinationIpv6CidrBlock: ipv6 ? destination : nil,
                            destinationPrefixListId: prefixList, gatewayId: target.gateway,
                            egressOnlyInternetGatewayId: target.egressOnly, natGatewayId: target.nat,
                            transitGatewayId: target.transitGateway,
                            vpcPeeringConnectionId: target.peering, vpcEndpointId: target.endpoint,
                            networkInterfaceId: target.interface, as: session)
                    }
                }
            }
        }
    }

    /// The IDs `CreateRoute` takes for a declared target; `nil` for routes EC2 makes itself (the
    /// `local` route, a gateway endpoint's prefix-list route).
    private func routeTarget(
        _ route: NetworkDeclaration.Route, vpc: NetworkDeclaration.Vpc, vpcId: String, _ context: Context,
        _ built: BuiltFoundation
    ) throws(ScenarioError) -> RouteIDs? {
        var ids = RouteIDs()
        let names = built.network
        let account = context.account
        switch route.target {
        case .local:
            // Every table has the local route of each VPC block; EC2 refuses any other `local` route.
            let owned = built.world.network.vpcs[vpcId]
            let blocks =
                (owned?.cidrBlocks.map(\.description) ?? []) + (owned?.ipv6CidrBlocks.map(\.description) ?? [])
            guard let destination = route.destination, blocks.contains(destination.text) else {
                throw ScenarioError(
                    "a local route covers exactly one of the VPC's blocks (\(blocks.joined(separator: ", "))), "
                        + "found \(route.destination?.text ?? "a prefix list")", at: route.location,
                    hint: "the local routes are implied; leave them out")
            }
            return nil
        case .blackhole:
            throw ScenarioError(
                "a VPC route cannot target blackhole: EC2's CreateRoute has no such target, and a VPC route is a "
                    + "blackhole only when its target is gone", at: route.location,
                hint: "write blackhole routes in a transit gateway route table")
        case .gatewayEndpoint:
            // The endpoint adds its prefix-list route to the tables that name it when it is created.
            return nil
        case .internetGateway:
            let network = built.world.network
            ids.gateway = try vpcGateway(
                network.internetGateways.values.first { $0.attachedVpcId == vpcId }?.internetGatewayId,
                .internetGateway, "internet_gateway", vpc, route)
        case .egressOnlyInternetGateway:
            let network = built.world.network
            ids.egressOnly = try vpcGateway(
                network.egressOnlyInternetGateways.values.first { $0.vpcId == vpcId }?.egressOnlyInternetGatewayId,
                .egressOnlyInternetGateway, "egress_only_internet_gateway", vpc, route)
        case .vpnGateway:
            let network = built.world.network
            ids.gateway = try vpcGateway(
                network.vpnGateways.values.first { $0.attachedVpcId == vpcId }?.vpnGatewayId, .vpnGateway,
                "vpn_gateway", vpc, route)
        case .natGateway(let name): ids.nat = try names.id(.natGateway, name, in: account)
        case .transitGateway(let name): ids.transitGateway = try names.id(.transitGateway, name, in: account)
        case .peering(let name): ids.peering = try names.id(.peering, name, in: account)
        case .networkInterface(let name):
            if let instance = try? names.id(.instance, name, in: account) {
                ids.interface = built.world.network.instances[instance]?.networkInterfaceId
            } else {
                ids.interface = try names.id(.interface, name, in: account)
            }
        case .firewall(let name, let zone):
            ids.endpoint = try firewallEndpoint(name, zone: zone, at: route.location, context, built)
        }
        return ids
    }

    /// The VPC's own gateway of a kind a route names without a name (it has at most one).
    private func vpcGateway(
        _ id: String?, _ kind: NetworkNames.Kind, _ key: String, _ vpc: NetworkDeclaration.Vpc,
        _ route: NetworkDeclaration.Route
    ) throws(ScenarioError) -> String {
        guard let id else {
            throw ScenarioError(
                "VPC '\(vpc.name.text)' has no \(kind.rawValue) for this route", at: route.location,
                hint: "declare \(key): NAME in the VPC")
        }
        return id
    }

    /// The endpoint of a firewall in one Availability Zone: the one a route in that zone should use.
    private func firewallEndpoint(
        _ name: Named, zone: String?, at location: SourceLocation, _ context: Context, _ built: BuiltFoundation
    ) throws(ScenarioError) -> String {
        let arn = try built.network.id(.firewall, name, in: context.account)
        let endpoints = (built.world.network.firewalls[arn]?.endpoints ?? [:]).map { subnet, endpoint in
            (zone: built.world.network.subnets[subnet]?.availabilityZone ?? "", endpoint: endpoint)
        }.sorted { $0.zone < $1.zone }
        if let zone {
            guard let match = endpoints.first(where: { $0.zone == zone }) else {
                throw ScenarioError(
                    "firewall '\(name.text)' has no endpoint in \(zone); it has endpoints in "
                        + endpoints.map(\.zone).joined(separator: ", "), at: location)
            }
            return match.endpoint
        }
        guard endpoints.count == 1 else {
            throw ScenarioError(
                "firewall '\(name.text)' has endpoints in \(endpoints.map(\.zone).joined(separator: ", ")); "
                    + "say which with 'zone'", at: location)
        }
        return endpoints[0].endpoint
    }

    /// Associations, propagations and static routes of each transit gateway route table.
    func buildTransitGatewayRoutes(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for gateway in context.network.transitGateways {
            for table in gateway.routeTables {
                let tableId = try built.network.id(.transitGatewayRouteTable, table.name, in: context.account)
                for attachment in table.associations {
                    let id = try built.network.id(.attachment, attachment, in: context.account)
                    try WorldCall.run(at: attachment.location, &built.world) { (world: inout World) throws(AWSError) in
                        try world.associateTransitGatewayRouteTable(
                            transitGatewayRouteTableId: tableId, transitGatewayAttachmentId: id, as: session)
                    }
                }
                for attachment in table.propagations {
                    let id = try built.network.id(.attachment, attachment, in: context.account)
                    try WorldCall.run(at: attachment.location, &built.world) { (world: inout World) throws(AWSError) in
                        try world.enableTransitGatewayRouteTablePropagation(
                            transitGatewayRouteTableId: tableId, transitGatewayAttachmentId: id, as: session)
                    }
                }
                for (destination, attachment) in table.routes {
                    let id = try attachment.map { name throws(ScenarioError) in
                        try built.network.id(.attachment, name, in: context.account)
                    }
                    try WorldCall.run(at: destination.location, &built.world) {
                        (world: inout World) throws(AWSError) in
                        try world.createTransitGatewayRoute(
                            destinationCidrBlock: destination.text, transitGatewayRouteTableId: tableId,
                            transitGatewayAttachmentId: id, blackhole: id == nil, as: session)
                    }
                }
            }
        }
    }
}

/// The target parameters of one `CreateRoute` call.
struct RouteIDs {
    var gateway: String?
    var egressOnly: String?
    var nat: String?
    var transitGateway: String?
    var peering: String?
    var endpoint: String?
    var interface: String?
}
