extension World {
    /// `CreateRouteTable` in a VPC; it starts with the `local` routes only.
    @discardableResult
    public mutating func createRouteTable(vpcId: String, tags: [String: String] = [:], as session: Session)
        throws(AWSError) -> RouteTable
    {
        let vpc = try ownVpc(vpcId, session)
        try authorizeEC2(
            session, "CreateRouteTable", resource: vpc.place.arn("route-table", "*"), requestTags: tags, vpc: vpc.arn)
        let table = RouteTable(
            routeTableId: ids.ec2ID("rtb"), vpcId: vpcId, place: vpc.place, routes: [], subnetAssociations: [],
            gatewayAssociations: [], propagatingVgws: [], tags: tags)
        network.routeTables[table.routeTableId] = table
        return table
    }

    /// `AssociateRouteTable` with a subnet (replacing its previous explicit association, as
    /// `ReplaceRouteTableAssociation` would) or, as an edge association, with a gateway.
    /// - Throws: `InvalidParameterValue` when the subnet or gateway is in another VPC.
    public mutating func associateRouteTable(
        routeTableId: String,
        subnetId: String? = nil,
        gatewayId: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let table = try ownRouteTable(routeTableId, session)
        guard (subnetId == nil) != (gatewayId == nil) else {
            throw AWSError(.missingParameter, "Specify exactly one of subnetId or gatewayId for \(routeTableId)")
        }
        try authorizeEC2(session, "AssociateRouteTable", resource: place(of: session).arn("route-table", routeTableId))
        if let subnetId {
            let subnet = try usableSubnet(subnetId, session)
            guard subnet.vpcId == table.vpcId else {
                throw AWSError(
                    .invalidParameterValue,
                    "route table \(routeTableId) and subnet \(subnetId) belong to different networks")
            }
            if let previous = network.routeTableBySubnet[subnetId] {
                network.routeTables[previous]?.subnetAssociations.remove(subnetId)
            }
            network.routeTables[routeTableId]!.subnetAssociations.insert(subnetId)
            network.routeTableBySubnet[subnetId] = routeTableId
        } else if let gatewayId {
            guard
                network.internetGateways[gatewayId]?.attachedVpcId == table.vpcId
                    || network.vpnGateways[gatewayId]?.attachedVpcId == table.vpcId
            else {
                throw AWSError(
                    .invalidParameterValue,
                    "route table \(routeTableId) and network gateway \(gatewayId) belong to different networks")
            }
            network.routeTables[routeTableId]!.gatewayAssociations.insert(gatewayId)
        }
    }

    /// `DisassociateRouteTable`: the subnet falls back to its VPC's main route table.
    public mutating func disassociateRouteTable(subnetId: String, as session: Session) throws(AWSError) {
        guard let tableId = network.routeTableBySubnet[subnetId],
            network.routeTables[tableId]?.place == place(of: session)
        else {
            throw AWSError(.invalidParameterValue, "The subnet '\(subnetId)' has no explicit route table association")
        }
        try authorizeEC2(session, "DisassociateRouteTable", resource: place(of: session).arn("route-table", tableId))
        network.routeTables[tableId]!.subnetAssociations.remove(subnetId)
        network.routeTableBySubnet[subnetId] = nil
    }

    /// `DeleteRouteTable`: never a VPC's main table, nor one with subnet or gateway associations.
    /// - Throws: `InvalidRouteTableID.NotFound`, `DependencyViolation`.
    public mutating func deleteRouteTable(routeTableId: String, as session: Session) throws(AWSError) {
        let table = try ownRouteTable(routeTableId, session)
        try authorizeEC2(
            session, "DeleteRouteTable", resource: table.place.arn("route-table", routeTableId), tags: table.tags)
        let main = network.vpcs[table.vpcId]?.mainRouteTableId == routeTableId
        let associations = (table.subnetAssociations.union(table.gatewayAssociations)).sorted()
        guard !main, associations.isEmpty else {
            throw AWSError(
                .dependencyViolation,
                "The routeTable '\(routeTableId)' has dependencies and cannot be deleted: "
                    + (main ? "it is the main route table of \(table.vpcId)" : associations.joined(separator: ", ")))
        }
        network.routeTables[routeTableId] = nil
    }

    /// `CreateRoute` to exactly one target, which must belong to the route table's VPC.
    /// - Parameters:
    ///   - destinationCidrBlock: The destination block, or use `destinationIpv6CidrBlock` or
    ///     `destinationPrefixListId`.
    ///   - gatewayId: An internet gateway or virtual private gateway attached to the VPC.
    ///   - egressOnlyInternetGatewayId: An egress-only internet gateway of the VPC (IPv6 destinations only).
    ///   - vpcEndpointId: A Network Firewall endpoint in the VPC.
    /// - Throws: `RouteAlreadyExists`, `InvalidParameterValue` (bad block, two targets, a target of
    ///   another network), the target's `.NotFound` code, `UnauthorizedOperation`.
    public mutating func createRoute(
        routeTableId: String,
        destinationCidrBlock: String? = nil,
        destinationIpv6CidrBlock: String? = nil,
        destinationPrefixListId: String? = nil,
        gatewayId: String? = nil,
        egressOnlyInternetGatewayId: String? = nil,
        natGatewayId: String? = nil,
        transitGatewayId: String? = nil,
        vpcPeeringConnectionId: String? = nil,
        vpcEndpointId: String? = nil,
        networkInterfaceId: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let table = try ownRouteTable(routeTableId, session)
        let destination = try routeDestination(
            destinationCidrBlock, destinationIpv6CidrBlock, destinationPrefixListId, table: table)
        let targets = [
            gatewayId, egressOnlyInternetGatewayId, natGatewayId, transitGatewayId, vpcPeeringConnectionId,
            vpcEndpointId, networkInterfaceId,
        ]
        .compactMap { $0 }
        guard targets.count == 1 else {
            throw AWSError(
                .invalidParameterValue,
                targets.isEmpty
                    ? "The request must contain exactly one route target for \(destination)"
                    : "The request contains more than one route target: \(targets.joined(separator: ", "))")
        }
        let target = try routeTarget(
            gatewayId: gatewayId, egressOnlyInternetGatewayId: egressOnlyInternetGatewayId, natGatewayId: natGatewayId,
            transitGatewayId: transitGatewayId,
            vpcPeeringConnectionId: vpcPeeringConnectionId, vpcEndpointId: vpcEndpointId,
            networkInterfaceId: networkInterfaceId, table: table, session: session)
        if case .egressOnlyInternetGateway(let id) = target, !destination.isIPv6 {
            throw AWSError(
                .invalidParameterValue,
                "Route \(destination) cannot target \(id): an egress-only internet gateway carries IPv6 traffic only")
        }
        try authorizeEC2(
            session, "CreateRoute", resource: table.place.arn("route-table", routeTableId), tags: table.tags,
            vpc: network.vpcs[table.vpcId]?.arn)
        if table.routes.contains(where: { $0.destination == destination }) {
            throw AWSError(
                .routeAlreadyExists,
                "The route identified by \(destination) already exists in route table \(routeTableId).")
        }
        network.routeTables[routeTableId]!.routes.append(
            Route(destination: destination, target: target, origin: .createRoute))
    }

    /// `DeleteRoute`.
    /// - Throws: `InvalidRoute.NotFound` naming the destination.
    public mutating func deleteRoute(
        routeTableId: String,
        destinationCidrBlock: String? = nil,
        destinationIpv6CidrBlock: String? = nil,
        destinationPrefixListId: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let table = try ownRouteTable(routeTableId, session)
        let destination: Route.Destination =
            if let destinationCidrBlock {
                .cidr(try IPv4CIDR(destinationCidrBlock))
            } else if let destinationIpv6CidrBlock {
                .ipv6Cidr(try IPv6CIDR(destinationIpv6CidrBlock, parameter: "destinationIpv6CidrBlock"))
            } else {
                .prefixList(destinationPrefixListId ?? "")
            }
        try authorizeEC2(
            session, "DeleteRoute", resource: table.place.arn("route-table", routeTableId), tags: table.tags,
            vpc: network.vpcs[table.vpcId]?.arn)
        guard let index = table.routes.firstIndex(where: { $0.destination == destination && $0.origin == .createRoute })
        else {
            throw AWSError(
                .invalidRouteNotFound,
                "no route with destination-cidr-block \(destination) in route table \(routeTableId)")
        }
        network.routeTables[routeTableId]!.routes.remove(at: index)
    }

    /// `EnableVgwRoutePropagation`: the VPN routes of a virtual private gateway appear in the table.
    public mutating func enableVgwRoutePropagation(routeTableId: String, gatewayId: String, as session: Session)
        throws(AWSError)
    {
        let table = try ownRouteTable(routeTableId, session)
        guard network.vpnGateways[gatewayId]?.attachedVpcId == table.vpcId else {
            throw AWSError(
                .invalidVpnGatewayIDNotFound, "The vpnGateway ID '\(gatewayId)' is not attached to \(table.vpcId)")
        }
        try authorizeEC2(session, "EnableVgwRoutePropagation", resource: table.place.arn("route-table", routeTableId))
        network.routeTables[routeTableId]!.propagatingVgws.insert(gatewayId)
    }

    private func routeDestination(_ cidr: String?, _ ipv6Cidr: String?, _ prefixList: String?, table: RouteTable)
        throws(AWSError) -> Route.Destination
    {
        switch (cidr, ipv6Cidr, prefixList) {
        case (nil, let text?, nil):
            let block = try IPv6CIDR(text, parameter: "destinationIpv6CidrBlock")
            if network.vpcs[table.vpcId]!.ipv6CidrBlocks.contains(block) {
                throw AWSError(
                    .invalidParameterValue,
                    "The destination CIDR block \(block) is equal to one of this VPC's CIDR blocks: the local route covers it."
                )
            }
            return .ipv6Cidr(block)
        case (let text?, nil, nil):
            let block = try IPv4CIDR(text)
            if network.vpcs[table.vpcId]!.cidrBlocks.contains(block) {
                throw AWSError(
                    .invalidParameterValue,
                    "The destination CIDR block \(block) is equal to one of this VPC's CIDR blocks: the local route covers it."
                )
            }
            return .cidr(block)
        case (nil, nil, let id?):
            guard prefixListAddresses(id, region: table.place.region) != nil else {
                throw AWSError(.invalidPrefixListIDNotFound, "The prefix list ID '\(id)' does not exist")
            }
            return .prefixList(id)
        default:
            throw AWSError(
                .invalidParameterValue,
                "Specify exactly one of destinationCidrBlock, destinationIpv6CidrBlock or destinationPrefixListId")
        }
    }

    private func routeTarget(
        gatewayId: String?, egressOnlyInternetGatewayId: String?, natGatewayId: String?, transitGatewayId: String?,
        vpcPeeringConnectionId: String?,
        vpcEndpointId: String?, networkInterfaceId: String?, table: RouteTable, session: Session
    ) throws(AWSError) -> Route.Target {
        let vpcId = table.vpcId
        func differentNetworks(_ id: String) -> AWSError {
            AWSError(
                .invalidParameterValue,
                "route table \(table.routeTableId) and network gateway \(id) belong to different networks")
        }
        if let id = gatewayId {
            if let gateway = network.internetGateways[id], gateway.place == table.place {
                guard gateway.attachedVpcId == vpcId else { throw differentNetworks(id) }
                return .internetGateway(id)
            }
            if let gateway = network.vpnGateways[id], gateway.place == table.place {
                guard gateway.attachedVpcId == vpcId else { throw differentNetworks(id) }
                return .virtualPrivateGateway(id)
            }
            throw AWSError(.invalidInternetGatewayIDNotFound, "The gateway ID '\(id)' does not exist")
        }
        if let id = egressOnlyInternetGatewayId {
            guard let gateway = network.egressOnlyInternetGateways[id], gateway.place == table.place else {
                throw AWSError(.invalidGatewayIDNotFound, "The gateway ID '\(id)' does not exist")
            }
            guard gateway.vpcId == vpcId else { throw differentNetworks(id) }
            return .egressOnlyInternetGateway(id)
        }
        if let id = natGatewayId {
            guard let gateway = network.natGateways[id], gateway.place == table.place, gateway.state == "available"
            else {
                throw AWSError(.invalidNatGatewayIDNotFound, "The natGateway ID '\(id)' does not exist")
            }
            guard gateway.vpcId == vpcId else { throw differentNetworks(id) }
            return .natGateway(id)
        }
        if let id = transitGatewayId {
            _ = try usableTransitGateway(id, session)
            return .transitGateway(id)
        }
        if let id = vpcPeeringConnectionId {
            guard let peering = network.peeringConnections[id], peering.peer(of: vpcId) != nil,
                peering.status == .active || peering.status == .pendingAcceptance
            else {
                throw AWSError(
                    .invalidVpcPeeringConnectionIDNotFound, "The vpcPeeringConnection ID '\(id)' does not exist")
            }
            return .vpcPeeringConnection(id)
        }
        if let id = vpcEndpointId {
            guard let firewall = firewallEndpoint(id) else {
                throw AWSError(.invalidVpcEndpointIdNotFound, "The vpcEndpoint ID '\(id)' does not exist")
            }
            guard firewall.vpcId == vpcId else { throw differentNetworks(id) }
            return .vpcEndpoint(id)
        }
        let id = networkInterfaceId ?? ""
        guard let interface = network.networkInterfaces[id] else {
            throw AWSError(.invalidNetworkInterfaceIDNotFound, "The networkInterface ID '\(id)' does not exist")
        }
        guard interface.vpcId == vpcId else { throw differentNetworks(id) }
        return .networkInterface(id)
    }

    /// The firewall and subnet behind a Network Firewall endpoint ID.
    func firewallEndpoint(_ endpointId: String) -> (firewall: NetworkFirewall, subnetId: String, vpcId: String)? {
        for firewall in network.firewalls.values {
            if let subnet = firewall.endpoints.first(where: { $0.value == endpointId })?.key {
                return (firewall, subnet, firewall.vpcId)
            }
        }
        return nil
    }
}
