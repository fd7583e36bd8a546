extension World {
    /// Every route of a table as EC2 lists it: `local` for each VPC block, the table's routes
    /// (prefix-list routes once per entry), and routes propagated from virtual private gateways,
    /// each with its state: a route whose target is gone or detached is a blackhole.
    public func routes(of table: RouteTable) -> [RouteEntry] {
        var entries: [RouteEntry] = []
        let vpc = network.vpcs[table.vpcId]
        for block in vpc?.cidrBlocks ?? [] {
            entries.append(
                RouteEntry(
                    route: Route(destination: .cidr(block), target: .local, origin: .createRouteTable),
                    addresses: block.set, prefixLength: block.prefixLength, isActive: true))
        }
        for block in vpc?.ipv6CidrBlocks ?? [] {
            entries.append(
                RouteEntry(
                    route: Route(destination: .ipv6Cidr(block), target: .local, origin: .createRouteTable),
                    addresses: block.set, prefixLength: block.prefixLength, isActive: true))
        }
        for route in table.routes {
            let active = isActive(route.target, vpcId: table.vpcId)
            switch route.destination {
            case .cidr(let block):
                entries.append(
                    RouteEntry(route: route, addresses: block.set, prefixLength: block.prefixLength, isActive: active))
            case .ipv6Cidr(let block):
                entries.append(
                    RouteEntry(route: route, addresses: block.set, prefixLength: block.prefixLength, isActive: active))
            case .prefixList(let id):
                let list =
                    network.prefixLists[id]?.entries
                    ?? AWSPrefixLists.list(id: id, region: table.place.region)?.entries ?? []
                for block in list {
                    entries.append(
                        RouteEntry(
                            route: route, addresses: block.set, prefixLength: block.prefixLength, isActive: active))
                }
            }
        }
        for gateway in table.propagatingVgws where network.vpnGateways[gateway]?.attachedVpcId == table.vpcId {
            for connection in network.vpnConnections.values where connection.vpnGatewayId == gateway {
                for block in connection.routes {
                    entries.append(
                        RouteEntry(
                            route: Route(
                                destination: .cidr(block), target: .virtualPrivateGateway(gateway),
                                origin: .enableVgwRoutePropagation),
                            addresses: block.set, prefixLength: block.prefixLength, isActive: true))
                }
            }
        }
        return entries
    }

    /// Whether a route's target still exists and is attached to the VPC.
    func isActive(_ target: Route.Target, vpcId: String) -> Bool {
        switch target {
        case .local: true
        case .internetGateway(let id): network.internetGateways[id]?.attachedVpcId == vpcId
        case .egressOnlyInternetGateway(let id): network.egressOnlyInternetGateways[id]?.vpcId == vpcId
        case .virtualPrivateGateway(let id): network.vpnGateways[id]?.attachedVpcId == vpcId
        case .natGateway(let id): network.natGateways[id]?.state == "available"
        // A route to a transit gateway carries traffic only while the VPC has an available attachment on it.
        case .transitGateway(let id): NetworkIndex(network).attachment(of: vpcId, on: id) != nil
        case .vpcPeeringConnection(let id): network.peeringConnections[id]?.status == .active
        case .gatewayEndpoint(let id): network.vpcEndpoints[id] != nil
        case .vpcEndpoint(let id): firewallEndpoint(id) != nil
        case .networkInterface(let id): network.networkInterfaces[id] != nil
        }
    }

    /// Longest prefix match over a set of destinations: splits `destinations` by the route that
    /// wins for each address (a static route over a propagated one of the same length), leaving
    /// addresses no route matches with `nil`.
    func longestPrefixMatch(_ entries: [RouteEntry], destinations: AddressSet) -> [(RouteEntry?, AddressSet)] {
        let ordered = entries.enumerated().sorted {
            ($0.element.prefixLength, $1.offset) > ($1.element.prefixLength, $0.offset)
        }.map(\.element)
        var remaining = destinations
        var result: [(RouteEntry?, AddressSet)] = []
        for entry in ordered where !remaining.isEmpty {
            let matched = remaining.intersection(entry.addresses)
            if matched.isEmpty { continue }
            result.append((entry, matched))
            remaining = remaining.subtracting(entry.addresses)
        }
        if !remaining.isEmpty { result.append((nil, remaining)) }
        return result
    }
}
