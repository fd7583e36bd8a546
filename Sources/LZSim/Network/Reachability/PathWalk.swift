/// One walk of the network graph from a source towards a destination, carrying a symbolic set
/// of packets that each component narrows, and splitting where routes split the destinations.
///
/// When a component stops the packets, the walk records the block and goes on with the packets
/// as they were (or, for a blackhole, with the next best route), so a blocked path lists every
/// layer that stops the traffic, not only the first.
struct PathWalk {
    /// What the walk is looking for.
    enum Target {
        case interface(NetworkInterface)
        case internet
        case onPremises(AddressSet)
        case service(String)
    }

    /// How the packets entered the VPC whose route table is consulted.
    enum Arrival: Hashable {
        case origin(subnetId: String, publicIp: UInt32?)
        case nat(publicIp: UInt32?)
        case transitGateway
        case peering(String)
        case internet
        case vpn
    }

    /// A network ACL crossed on the way, checked again for the response.
    struct Crossing {
        var acl: NetworkAcl
        var subnetId: String
        var egress: Bool
        var packets: PacketSet
        /// Whether the response crosses the ACL the other way; transit gateway traffic within
        /// one subnet is not evaluated on its way from the gateway.
        var checksResponse = true
    }

    struct Trace {
        var hops: [NetworkHop] = []
        var blocks: [NetworkBlock] = []
        var crossings: [Crossing] = []
        var visited: Set<String> = []
        /// The subnet whose interface holds the packets; `nil` outside every subnet (the
        /// internet, a peer, a VPN, the transit gateway itself).
        var subnetId: String?
        /// Whether the packets have passed the outbound rules of that subnet's ACL.
        var leftSubnet = false

        mutating func hop(_ kind: NetworkHop.Kind, _ component: String, _ detail: String = "") {
            hops.append(NetworkHop(kind: kind, component: component, detail: detail))
        }

        mutating func block(_ reason: BlockReason, _ component: String, _ detail: String) {
            blocks.append(NetworkBlock(reason: reason, component: component, detail: detail))
        }
    }

    let world: World
    let index: NetworkIndex
    let traffic: IPProtocol
    /// The family of every packet of the walk: IPv4 and IPv6 are walked apart.
    let family: AddressFamily
    let target: Target
    let sourceName: String
    let destinationName: String
    var paths: [NetworkPath] = []

    var network: Network { world.network }

    /// An interface's address in the walk's family, for hops.
    func address(of interface: NetworkInterface) -> String {
        family == .ipv4
            ? interface.privateIpAddressText : interface.ipv6Addresses.map(IPv6CIDR.format).joined(separator: ", ")
    }

    mutating func finish(_ trace: Trace, _ packets: PacketSet) {
        var trace = trace
        if trace.blocks.isEmpty && packets.isEmpty {
            trace.block(.noRoute, trace.hops.last?.component ?? sourceName, "no packet is left to deliver")
        }
        paths.append(
            NetworkPath(
                source: sourceName, destination: destinationName, hops: trace.hops, blocks: trace.blocks,
                packets: packets))
    }

    /// Starts at an interface: its security groups out, its subnet's ACL out, its route table.
    mutating func start(at source: NetworkInterface, _ packets: PacketSet) {
        var trace = Trace()
        trace.hop(.networkInterface, source.networkInterfaceId, address(of: source))
        var packets = packets
        let out = world.securityGroupsAllow(source.groups, egress: true, packets, traffic)
        if out.isEmpty {
            trace.block(
                .securityGroupEgress, source.groups.joined(separator: ", "),
                "no outbound rule allows \(traffic) to \(packets.destinations.addressDescription) on \(packets.ports)")
        } else {
            trace.hop(.securityGroupEgress, source.groups.joined(separator: ", "))
            packets = out
        }
        trace.subnetId = source.subnetId
        if case .interface(let destination) = target, destination.subnetId == source.subnetId {
            deliver(in: source.vpcId, packets, .origin(subnetId: source.subnetId, publicIp: source.publicIp), trace)
            return
        }
        packets = leaveSubnet(packets, &trace)
        guard let table = world.routeTable(ofSubnet: source.subnetId) else { return finish(trace, packets) }
        route(table, packets, .origin(subnetId: source.subnetId, publicIp: source.publicIp), trace)
    }

    /// Looks the destinations up in a VPC route table and follows each winning route.
    mutating func route(_ table: RouteTable, _ packets: PacketSet, _ arrival: Arrival, _ trace: Trace) {
        var trace = trace
        guard trace.visited.insert("\(table.routeTableId)|\(arrival)").inserted, trace.hops.count < 64 else {
            trace.block(.noRoute, table.routeTableId, "the path loops back to this route table")
            return finish(trace, packets)
        }
        let entries = world.routes(of: table)
        for (entry, destinations) in world.longestPrefixMatch(entries, destinations: packets.destinations) {
            follow(entry, entries, table, packets.restricting(destinations: destinations), arrival, trace)
        }
    }

    private mutating func follow(
        _ entry: RouteEntry?, _ entries: [RouteEntry], _ table: RouteTable, _ packets: PacketSet, _ arrival: Arrival,
        _ trace: Trace
    ) {
        var trace = trace
        guard let entry else {
            trace.block(
                .noRoute, table.routeTableId,
                "no route of \(table.displayName) matches \(packets.destinations.addressDescription)")
            return finish(trace, packets)
        }
        guard entry.isActive else {
            trace.hop(.routeTable, table.routeTableId, entry.description)
            trace.block(.blackholeRoute, table.routeTableId, "\(entry) in \(table.displayName): its target is gone")
            let rest = entries.filter { $0 != entry }
            for (next, destinations) in world.longestPrefixMatch(rest, destinations: packets.destinations) {
                follow(next, rest, table, packets.restricting(destinations: destinations), arrival, trace)
            }
            return
        }
        trace.hop(.routeTable, table.routeTableId, entry.description)
        let vpcId = table.vpcId
        switch entry.route.target {
        case .local:
            deliver(in: vpcId, packets, arrival, trace)
        case .internetGateway(let id):
            toInternet(through: id, packets, arrival, trace)
        case .egressOnlyInternetGateway(let id):
            toInternet(egressOnly: id, packets, arrival, trace)
        case .natGateway(let id):
            guard let nat = network.natGateways[id], let interface = network.networkInterfaces[nat.networkInterfaceId],
                let next = world.routeTable(ofSubnet: nat.subnetId)
            else { return finish(trace, packets) }
            let packets = move(to: nat.subnetId, packets, &trace)
            trace.hop(.natGateway, id, "translates sources to \(interface.privateIpAddressText)")
            route(
                next, packets.translatingSources(to: interface.privateIpAddress),
                .nat(publicIp: nat.connectivityType == .public ? interface.publicIp : nil), trace)
        case .transitGateway(let id):
            guard let attachment = index.attachment(of: vpcId, on: id) else {
                trace.block(.noAttachment, id, "\(vpcId) has no available attachment on \(id)")
                return finish(trace, packets)
            }
            let zone = trace.subnetId.flatMap { network.subnets[$0]?.availabilityZone }
            let entry = attachmentSubnet(attachment, in: zone)
            // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html: resources in an
            // Availability Zone without an attachment subnet cannot reach the transit gateway.
            if let subnetId = trace.subnetId, let zone, entry?.availabilityZone != zone {
                trace.block(
                    .noAttachmentInZone, attachment.transitGatewayAttachmentId,
                    "the attachment of \(vpcId) has no subnet in \(zone), so traffic from \(subnetId) cannot reach \(id)"
                )
                return finish(trace, packets)
            }
            if family == .ipv6 && !attachment.ipv6Support {
                trace.block(
                    .noRoute, attachment.transitGatewayAttachmentId,
                    "the attachment of \(vpcId) has no IPv6 support: IPv6 traffic does not enter the gateway")
                return finish(trace, packets)
            }
            let packets = enterTransitGateway(at: entry, packets, &trace)
            trace.hop(.transitGatewayAttachment, attachment.transitGatewayAttachmentId, "from \(vpcId)")
            transit(from: attachment, packets, trace)
        case .vpcPeeringConnection(let id):
            peer(through: id, from: vpcId, packets, arrival, trace)
        case .gatewayEndpoint(let id):
            let packets = leaveSubnet(packets, &trace)
            trace.hop(.gatewayEndpoint, id, network.vpcEndpoints[id]?.serviceName ?? "")
            if case .service(let name) = target, network.vpcEndpoints[id]?.serviceName.hasSuffix(".\(name)") == true {
                trace.hop(.destination, name)
                return finish(trace, packets)
            }
            trace.block(.noRoute, id, "a gateway endpoint delivers only to its service")
            finish(trace, packets)
        case .vpcEndpoint(let id):
            inspect(at: id, packets, arrival, trace)
        case .networkInterface(let id):
            guard let appliance = network.networkInterfaces[id],
                let next = world.routeTable(ofSubnet: appliance.subnetId)
            else { return finish(trace, packets) }
            let packets = move(to: appliance.subnetId, packets, &trace)
            if appliance.sourceDestCheck {
                trace.block(.sourceDestinationCheck, id, "the appliance's interface drops traffic not addressed to it")
            }
            trace.hop(.appliance, id, appliance.privateIpAddressText)
            route(next, packets, arrival, trace)
        case .virtualPrivateGateway(let id):
            let packets = leaveSubnet(packets, &trace)
            trace.hop(.vpnConnection, id)
            let onPremises = network.vpnConnections.values.filter { $0.vpnGatewayId == id }
                .reduce(AddressSet.empty) { $0.union($1.onPremisesAddresses) }
            reachOnPremises(onPremises, via: id, packets, trace)
        }
    }
}
