extension World {
    /// Whether traffic gets from one place to another, the way Reachability Analyzer answers:
    /// statically, over the configuration, with address and port sets handled symbolically.
    /// IPv4 and IPv6 are asked apart, each where both ends have addresses of the family; the
    /// traffic is reachable when either family gets through.
    ///
    /// ```swift
    /// let answer = try world.reach(from: .instance(devApp), to: .instance(prodApp), protocol: .tcp, ports: 443...443)
    /// if !answer.isReachable { print(answer.blocks) }   // BLACKHOLE_ROUTE at tgw-rtb-...: 10.5.0.0/20 -> blackhole
    /// ```
    /// - Parameters:
    ///   - source: An interface, instance, subnet or VPC (each of its interfaces), the internet, or an on-premises block.
    ///   - destination: An interface, instance, subnet, VPC, the internet, an on-premises block or an AWS service.
    ///   - ports: Destination ports, 0 to 65535.
    /// - Returns: Every reachable path (one per source and destination pair that connects) or,
    ///   when none is, every blocked path with each block along it.
    /// - Throws: ``AWSError`` (`InvalidParameterValue`) for an unknown place or an impossible port range.
    public func reach(
        from source: NetworkPlace,
        to destination: NetworkPlace,
        protocol traffic: IPProtocol = .tcp,
        ports: ClosedRange<Int> = 0...65_535
    ) throws(AWSError) -> ReachabilityResult {
        try reach(from: source, to: destination, protocol: traffic, ports: ports, index: NetworkIndex(network))
    }

    func reach(
        from source: NetworkPlace,
        to destination: NetworkPlace,
        protocol traffic: IPProtocol,
        ports: ClosedRange<Int>,
        index: NetworkIndex
    ) throws(AWSError) -> ReachabilityResult {
        guard ports.lowerBound >= 0, ports.upperBound <= 65_535 else {
            throw AWSError(
                .invalidParameterValue, "ports \(ports.lowerBound)-\(ports.upperBound) are not within 0-65535")
        }
        let portSet = traffic.hasPorts ? IntervalSet(UInt32(ports.lowerBound)...UInt32(ports.upperBound)) : .allPorts
        let targets = try walkTargets(destination)
        let sources = try sourceInterfaces(source)
        var result = ReachabilityResult(reachablePaths: [], blockedPaths: [])
        for (target, destinationName, addresses) in targets {
            for start in sources {
                if case .interface(let interface) = start.kind, case .interface(let other) = target,
                    other.networkInterfaceId == interface.networkInterfaceId
                {
                    continue
                }
                for family in AddressFamily.allCases {
                    let from = start.addresses.of(family)
                    let to = addresses.of(family)
                    // IPv4 is always asked, so a question about IPv4-only places keeps its blocked paths.
                    guard family == .ipv4 || (!from.isEmpty && !to.isEmpty) else { continue }
                    var walk = PathWalk(
                        world: self, index: index, traffic: traffic, family: family, target: target,
                        sourceName: start.name, destinationName: destinationName)
                    walk.start(start, PacketSet(PacketBox(sources: from, destinations: to, ports: portSet)))
                    let reachable = walk.paths.filter(\.isReachable)
                    if reachable.isEmpty {
                        result.blockedPaths += walk.paths
                    } else {
                        result.reachablePaths += reachable
                    }
                }
            }
        }
        if result.isReachable { result.blockedPaths = [] }
        return result
    }

    struct WalkSource {
        enum Kind {
            case interface(NetworkInterface)
            case internet
            case onPremises(AddressSet)
        }
        var kind: Kind
        var name: String
        var addresses: AddressSet
    }

    /// The interfaces a place stands for.
    func interfaces(of place: NetworkPlace) throws(AWSError) -> [NetworkInterface] {
        switch place {
        case .networkInterface(let id):
            guard let interface = network.networkInterfaces[id] else {
                throw AWSError(.invalidNetworkInterfaceIDNotFound, "The networkInterface ID '\(id)' does not exist")
            }
            return [interface]
        case .instance(let id):
            guard let instance = network.instances[id],
                let interface = network.networkInterfaces[instance.networkInterfaceId]
            else { throw AWSError(.invalidParameterValue, "The instance ID '\(id)' does not exist") }
            return [interface]
        case .subnet(let id):
            guard network.subnets[id] != nil else {
                throw AWSError(.invalidSubnetIDNotFound, "The subnet ID '\(id)' does not exist")
            }
            return networkInterfaces(inSubnet: id)
        case .vpc(let id):
            guard network.vpcs[id] != nil else {
                throw AWSError(.invalidVpcIDNotFound, "The vpc ID '\(id)' does not exist")
            }
            return subnets(ofVpc: id).flatMap { networkInterfaces(inSubnet: $0.subnetId) }
        case .loadBalancer(let arn):
            return try loadBalancerInterfaces(arn)
        case .internet, .onPremises, .awsService:
            return []
        }
    }

    /// Every public address of both families: the internet as a source or a destination.
    private static let internetAddresses = IPv4CIDR.internetAddresses.union(IPv6CIDR.internetAddresses)

    private func sourceInterfaces(_ place: NetworkPlace) throws(AWSError) -> [WalkSource] {
        switch place {
        case .internet:
            let addresses = Self.internetAddresses
            return [WalkSource(kind: .internet, name: "internet", addresses: addresses)]
        case .onPremises(let text):
            let block = try IPv4CIDR(text)
            return [WalkSource(kind: .onPremises(block.set), name: "on-premises \(block)", addresses: block.set)]
        case .awsService(let name):
            throw AWSError(.invalidParameterValue, "AWS service \(name) can only be a destination")
        default:
            return try interfaces(of: place).map {
                WalkSource(kind: .interface($0), name: $0.displayName, addresses: $0.addresses)
            }
        }
    }

    private func walkTargets(_ place: NetworkPlace) throws(AWSError) -> [(PathWalk.Target, String, AddressSet)] {
        switch place {
        case .internet:
            return [(.internet, "internet", Self.internetAddresses)]
        case .onPremises(let text):
            let block = try IPv4CIDR(text)
            return [(.onPremises(block.set), "on-premises \(block)", block.set)]
        case .awsService(let name):
            guard let list = AWSPrefixLists.list(service: name, region: regions[0]) else {
                throw AWSError(.invalidParameterValue, "\(name) is not a gateway endpoint service")
            }
            let addresses = regions.compactMap { AWSPrefixLists.list(service: name, region: $0) }
                .reduce(list.addresses) { $0.union($1.addresses) }
            return [(.service(name), name, addresses)]
        default:
            return try interfaces(of: place).map {
                (.interface($0), $0.displayName, $0.addresses)
            }
        }
    }
}

extension PathWalk {
    /// Starts the walk at a source.
    mutating func start(_ source: World.WalkSource, _ packets: PacketSet) {
        switch source.kind {
        case .interface(let interface): start(at: interface, packets)
        case .internet: fromInternet(packets)
        case .onPremises(let blocks): fromOnPremises(blocks, packets)
        }
    }

    /// From the internet: through the internet gateway of the destination's VPC to its public
    /// address (IPv4) or its own address (IPv6, which is global).
    mutating func fromInternet(_ packets: PacketSet) {
        var trace = Trace()
        trace.hop(.source, "internet")
        guard case .interface(let destination) = target else {
            trace.block(.noRoute, "internet", "the internet is not a path to \(destinationName)")
            return finish(trace, packets)
        }
        guard let gateway = network.internetGateways.values.first(where: { $0.attachedVpcId == destination.vpcId })
        else {
            trace.block(.noRoute, destination.vpcId, "\(destination.vpcId) has no internet gateway")
            return finish(trace, packets)
        }
        trace.hop(.internetGateway, gateway.internetGatewayId)
        if family == .ipv4, destination.publicIp == nil {
            trace.block(
                .noPublicAddress, destination.networkInterfaceId,
                "the interface has no public IPv4 address the internet could address")
        }
        deliver(in: destination.vpcId, packets, .internet, trace)
    }

    /// From on-premises: over each VPN whose blocks hold the source, into its transit gateway or VPC.
    mutating func fromOnPremises(_ blocks: AddressSet, _ packets: PacketSet) {
        let connections = network.vpnConnections.values.filter { !$0.onPremisesAddresses.intersection(blocks).isEmpty }
            .sorted { $0.vpnConnectionId < $1.vpnConnectionId }
        guard !connections.isEmpty else {
            var trace = Trace()
            trace.hop(.source, sourceName)
            trace.block(.noRoute, sourceName, "no VPN connection carries \(blocks.addressDescription)")
            return finish(trace, packets)
        }
        for connection in connections {
            var trace = Trace()
            trace.hop(.source, sourceName)
            trace.hop(.vpnConnection, connection.vpnConnectionId)
            let subset = packets.restricting(sources: connection.onPremisesAddresses)
            if let attachmentId = connection.transitGatewayAttachmentId,
                let attachment = network.transitGatewayAttachments[attachmentId]
            {
                transit(from: attachment, subset, trace)
            } else if let gateway = connection.vpnGatewayId, let vpcId = network.vpnGateways[gateway]?.attachedVpcId {
                trace.hop(.transitGatewayAttachment, gateway, "into \(vpcId)")
                deliver(in: vpcId, subset, .vpn, trace)
            }
        }
    }
}
