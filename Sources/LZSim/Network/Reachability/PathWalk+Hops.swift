extension PathWalk {
    /// Delivers packets that a `local` route matched to the destination interface: the response
    /// route where the arrival needs one, the subnet's ACL in, the security groups in, then the
    /// response through every ACL crossed.
    mutating func deliver(in vpcId: String, _ packets: PacketSet, _ arrival: Arrival, _ trace: Trace) {
        var trace = trace
        guard case .interface(let destination) = target, destination.vpcId == vpcId,
            !packets.destinations.intersection(destination.addresses).isEmpty
        else {
            trace.block(
                .noRoute, vpcId,
                "the local route of \(vpcId) covers \(packets.destinations.addressDescription), which is not the destination"
            )
            return finish(trace, packets)
        }
        var packets = packets
        if let required = returnTarget(for: arrival), let table = world.routeTable(ofSubnet: destination.subnetId) {
            // The response leaves by the destination subnet's route table, which must send it back the same way.
            var back = AddressSet.empty
            for (entry, sources) in world.longestPrefixMatch(world.routes(of: table), destinations: packets.sources)
            where entry?.isActive == true && entry?.route.target == required {
                back = back.union(sources)
            }
            if back.isEmpty {
                trace.block(
                    .noReturnRoute, table.routeTableId,
                    "\(table.displayName) has no route to \(packets.sources.addressDescription) through \(required)")
            } else {
                packets = packets.restricting(sources: back)
            }
        }
        packets = enterDestination(destination.subnetId, packets, arrival, &trace)
        let admitted = world.securityGroupsAllow(destination.groups, egress: false, packets, traffic)
        if admitted.isEmpty {
            trace.block(
                .securityGroupIngress, destination.groups.joined(separator: ", "),
                "no inbound rule allows \(traffic) from \(packets.sources.addressDescription) on \(packets.ports)")
        } else {
            trace.hop(.securityGroupIngress, destination.groups.joined(separator: ", "))
            packets = admitted
        }
        trace.hop(.destination, destination.networkInterfaceId, address(of: destination))
        checkResponses(&trace, packets)
        finish(trace, packets)
    }

    /// The route target a response must take for traffic that arrived this way, when it matters.
    private func returnTarget(for arrival: Arrival) -> Route.Target? {
        switch arrival {
        case .internet:
            guard case .interface(let destination) = target else { return nil }
            return network.internetGateways.values.first { $0.attachedVpcId == destination.vpcId }
                .map { .internetGateway($0.internetGatewayId) }
        case .peering(let id): return .vpcPeeringConnection(id)
        default: return nil
        }
    }

    /// Network ACLs are stateless: the response, from the destination's port to an ephemeral
    /// port of the source, must pass every ACL the request crossed, in the other direction
    /// (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html).
    func checkResponses(_ trace: inout Trace, _ delivered: PacketSet) {
        for crossing in trace.crossings where crossing.checksResponse {
            let request = crossing.packets.restricting(sources: delivered.sources)
            let response = PacketSet(
                boxes: request.boxes.map {
                    PacketBox(sources: $0.destinations, destinations: $0.sources, ports: .ephemeralPorts)
                })
            let (allowed, denial) = world.networkAclAllows(crossing.acl, egress: !crossing.egress, response, traffic)
            if allowed.isEmpty && !response.isEmpty {
                trace.block(
                    .networkAclDeniesReturn, crossing.acl.networkAclId,
                    "the response to \(response.destinations.addressDescription) on ephemeral ports is denied by \(denial ?? "a rule")"
                )
            }
        }
    }

    /// Leaves through an internet gateway: IPv4 only from an interface or NAT gateway with a
    /// public address, IPv6 from any interface of the VPC (its addresses are global).
    mutating func toInternet(through gatewayId: String, _ packets: PacketSet, _ arrival: Arrival, _ trace: Trace) {
        var trace = trace
        let packets = leaveSubnet(packets, &trace)
        trace.hop(.internetGateway, gatewayId)
        guard case .internet = target else {
            trace.block(
                .noRoute, gatewayId, "\(packets.destinations.addressDescription) is not on the internet")
            return finish(trace, packets)
        }
        switch arrival {
        case .origin where family == .ipv6:
            trace.hop(.destination, "internet", "from \(packets.sources.addressDescription)")
        case .origin(_, let publicIp?), .nat(let publicIp?):
            trace.hop(.destination, "internet", "from \(IPv4CIDR.format(publicIp))")
        case .origin, .nat:
            trace.block(
                .noPublicAddress, gatewayId,
                "the source has no public IPv4 address: the internet gateway translates only addresses that have one")
        default:
            trace.block(
                .noPublicAddress, gatewayId,
                "traffic from outside the VPC leaves through an internet gateway only after a public NAT gateway")
        }
        finish(trace, packets.restricting(destinations: Self.internetAddresses(family)))
    }

    /// Leaves through an egress-only internet gateway: IPv6 from the VPC's own interfaces, whose
    /// responses the gateway lets back in; it never carries a connection the internet starts.
    mutating func toInternet(egressOnly gatewayId: String, _ packets: PacketSet, _ arrival: Arrival, _ trace: Trace) {
        var trace = trace
        let packets = leaveSubnet(packets, &trace)
        trace.hop(.egressOnlyInternetGateway, gatewayId)
        guard case .internet = target else {
            trace.block(.noRoute, gatewayId, "\(packets.destinations.addressDescription) is not on the internet")
            return finish(trace, packets)
        }
        if case .origin = arrival {
            trace.hop(.destination, "internet", "from \(packets.sources.addressDescription)")
        } else {
            trace.block(
                .noRoute, gatewayId,
                "an egress-only internet gateway carries only IPv6 traffic from its own VPC's interfaces")
        }
        finish(trace, packets.restricting(destinations: Self.internetAddresses(family)))
    }

    /// The addresses of the internet in a family.
    static func internetAddresses(_ family: AddressFamily) -> AddressSet {
        family == .ipv4 ? IPv4CIDR.internetAddresses : IPv6CIDR.internetAddresses
    }

    /// Enters a transit gateway from an attachment: the route table associated with the ingress
    /// attachment decides, longest prefix first, blackholes drop.
    mutating func transit(from ingress: TransitGatewayAttachment, _ packets: PacketSet, _ trace: Trace) {
        var trace = trace
        guard let tableId = ingress.associatedRouteTableId, let table = network.transitGatewayRouteTables[tableId]
        else {
            trace.block(
                .noAssociation, ingress.transitGatewayAttachmentId, "the attachment is associated with no route table")
            return finish(trace, packets)
        }
        guard trace.visited.insert(tableId + "|" + ingress.transitGatewayAttachmentId).inserted else {
            trace.block(.noRoute, tableId, "the path loops back to this transit gateway route table")
            return finish(trace, packets)
        }
        let routes = world.transitGatewayRoutes(of: table, towards: packets.destinations).sorted {
            $0.destination.prefixLength > $1.destination.prefixLength
        }
        transitRoutes(routes, table, packets, trace)
    }

    private mutating func transitRoutes(
        _ routes: [TransitGatewayRoute], _ table: TransitGatewayRouteTable, _ packets: PacketSet, _ trace: Trace
    ) {
        var remaining = packets.destinations
        for route in routes where !remaining.intersection(route.destination.set).isEmpty {
            let matched = remaining.intersection(route.destination.set)
            remaining = remaining.subtracting(route.destination.set)
            var branch = trace
            let subset = packets.restricting(destinations: matched)
            guard route.state == "active", let attachmentId = route.attachmentId,
                let egress = network.transitGatewayAttachments[attachmentId]
            else {
                branch.hop(
                    .transitGatewayRouteTable, table.transitGatewayRouteTableId, "\(table.displayName): \(route)")
                branch.block(.blackholeRoute, table.transitGatewayRouteTableId, "\(route) in \(table.displayName)")
                transitRoutes(routes.filter { $0 != route }, table, subset, branch)
                continue
            }
            branch.hop(.transitGatewayRouteTable, table.transitGatewayRouteTableId, "\(table.displayName): \(route)")
            leave(through: egress, from: table.transitGatewayId, subset, branch)
        }
        if !remaining.isEmpty {
            var branch = trace
            branch.block(
                .noRoute, table.transitGatewayRouteTableId,
                "no route of \(table.displayName) matches \(remaining.addressDescription)")
            finish(branch, packets.restricting(destinations: remaining))
        }
    }

    private mutating func leave(
        through attachment: TransitGatewayAttachment, from gatewayId: String, _ packets: PacketSet, _ trace: Trace
    ) {
        var trace = trace
        switch attachment.resourceType {
        case .vpc:
            trace.hop(.transitGatewayAttachment, attachment.transitGatewayAttachmentId, "into \(attachment.resourceId)")
            if family == .ipv6 && !attachment.ipv6Support {
                trace.block(
                    .noRoute, attachment.transitGatewayAttachmentId,
                    "the attachment of \(attachment.resourceId) has no IPv6 support: IPv6 traffic does not leave the gateway there"
                )
                return finish(trace, packets)
            }
            var zone: String?
            if case .interface(let destination) = target { zone = destination.availabilityZone }
            guard let subnet = attachmentSubnet(attachment, in: zone),
                let table = world.routeTable(ofSubnet: subnet.subnetId)
            else { return finish(trace, packets) }
            exitTransitGateway(into: subnet.subnetId, &trace)
            route(table, packets, .transitGateway, trace)
        case .vpn:
            let connection = index.vpn(of: attachment)
            trace.hop(.vpnConnection, connection?.vpnConnectionId ?? attachment.resourceId)
            reachOnPremises(connection?.onPremisesAddresses ?? .empty, via: attachment.resourceId, packets, trace)
        case .peering:
            // Over the peering to the other gateway, where the attachment's end there is associated
            // with the route table that routes what arrives.
            let other =
                attachment.transitGatewayId == gatewayId
                ? attachment.accepter?.transitGatewayId : attachment.transitGatewayId
            guard let other, let arriving = attachment.side(on: other) else { return finish(trace, packets) }
            trace.hop(.transitGatewayAttachment, attachment.transitGatewayAttachmentId, "peering to \(other)")
            transit(from: arriving, packets, trace)
        }
    }

    /// Arrives on-premises when the destinations are among the VPN's blocks.
    mutating func reachOnPremises(_ blocks: AddressSet, via component: String, _ packets: PacketSet, _ trace: Trace) {
        var trace = trace
        guard case .onPremises(let wanted) = target,
            !blocks.intersection(wanted).intersection(packets.destinations).isEmpty
        else {
            trace.block(
                .noRoute, component,
                "the VPN carries \(blocks.addressDescription), not \(packets.destinations.addressDescription)")
            return finish(trace, packets)
        }
        trace.hop(.destination, "on-premises", blocks.intersection(packets.destinations).addressDescription)
        checkResponses(&trace, packets)
        finish(trace, packets.restricting(destinations: blocks))
    }

    /// Crosses a peering connection: only traffic from the VPC's own interfaces, and only to the peer's own addresses.
    mutating func peer(through id: String, from vpcId: String, _ packets: PacketSet, _ arrival: Arrival, _ trace: Trace)
    {
        var trace = trace
        trace.hop(.peeringConnection, id)
        guard let connection = network.peeringConnections[id], let peerId = connection.peer(of: vpcId),
            let peerVpc = network.vpcs[peerId]
        else { return finish(trace, packets) }
        guard case .origin = arrival else {
            trace.block(
                .notTransitive, id,
                "traffic that entered \(vpcId) from elsewhere cannot continue over a peering connection")
            return finish(trace, packets)
        }
        guard peerVpc.addresses.isSuperset(of: packets.destinations) else {
            trace.block(
                .notTransitive, id,
                "\(peerId) accepts over \(id) only its own addresses, not \(packets.destinations.subtracting(peerVpc.addresses).addressDescription)"
            )
            return finish(trace, packets)
        }
        trace.subnetId = nil
        deliver(in: peerId, packets, .peering(id), trace)
    }

    /// Passes a Network Firewall endpoint, then routes by the firewall subnet's route table.
    mutating func inspect(at endpointId: String, _ packets: PacketSet, _ arrival: Arrival, _ trace: Trace) {
        var trace = trace
        guard let (firewall, subnetId, _) = world.firewallEndpoint(endpointId),
            let table = world.routeTable(ofSubnet: subnetId)
        else { return finish(trace, packets) }
        var packets = move(to: subnetId, packets, &trace)
        let (passed, drop) = world.firewallPasses(firewall, packets, traffic)
        if passed.isEmpty {
            trace.hop(.firewall, firewall.firewallName, "endpoint \(endpointId) drops")
            trace.block(.firewallDrop, firewall.firewallName, drop ?? "dropped")
        } else {
            trace.hop(.firewall, firewall.firewallName, "endpoint \(endpointId)")
            packets = passed
        }
        route(table, packets, arrival, trace)
    }
}
