extension World {
    /// Every interface in `scope` reachable from the internet, with the ports and a path for each,
    /// in the manner of Network Access Analyzer's "internet to interface" scope.
    ///
    /// Only interfaces with a public IPv4 address or an IPv6 address can be addressed from the
    /// internet; the others are unreachable without a walk (load balancers in front of them are their own interfaces).
    /// - Parameters:
    ///   - protocols: The protocols to check.
    ///   - ports: The destination ports to check.
    public func internetExposure(
        in scope: NetworkScope,
        protocols: [IPProtocol] = [.tcp, .udp],
        ports: ClosedRange<Int> = 0...65_535
    ) throws(AWSError) -> [ExposureFinding] {
        let index = NetworkIndex(network)
        var findings: [ExposureFinding] = []
        for interface in try interfaces(in: scope) where interface.publicIp != nil || !interface.ipv6Addresses.isEmpty {
            for traffic in protocols {
                let result = try reach(
                    from: .internet, to: .networkInterface(interface.networkInterfaceId), protocol: traffic,
                    ports: ports, index: index)
                guard let path = result.reachablePaths.first else { continue }
                findings.append(
                    ExposureFinding(
                        networkInterface: interface, ipProtocol: traffic, ports: result.reachablePorts, path: path))
            }
        }
        return findings
    }

    /// Every reachable path from an interface of one scope to an interface of another, such as
    /// development to production.
    public func accessPaths(
        from source: NetworkScope,
        to destination: NetworkScope,
        protocol traffic: IPProtocol = .tcp,
        ports: ClosedRange<Int> = 0...65_535
    ) throws(AWSError) -> [NetworkPath] {
        let index = NetworkIndex(network)
        let targets = try interfaces(in: destination)
        var paths: [NetworkPath] = []
        for start in try interfaces(in: source) {
            for target in targets where target.networkInterfaceId != start.networkInterfaceId {
                paths += try reach(
                    from: .networkInterface(start.networkInterfaceId), to: .networkInterface(target.networkInterfaceId),
                    protocol: traffic, ports: ports, index: index
                ).reachablePaths
            }
        }
        return paths
    }

    /// The interfaces of a scope, sorted by ID.
    public func interfaces(in scope: NetworkScope) throws(AWSError) -> [NetworkInterface] {
        let all = network.networkInterfaces.values
        let selected: [NetworkInterface]
        switch scope {
        case .organization:
            selected = Array(all)
        case .account(let name):
            guard let account = account(name) else {
                throw AWSError(.noSuchEntity, "the world has no account '\(name)'")
            }
            selected = all.filter { $0.place.accountID == account.id }
        case .organizationalUnit(let id):
            guard let organization else { throw AWSError(.organizationNotInUse, "there is no organization") }
            selected = all.filter { organization.path(to: $0.place.accountID).contains(id) }
        case .vpc(let id):
            selected = all.filter { $0.vpcId == id }
        case .tag(let key, let value):
            selected = all.filter { interface in
                let tags = [
                    interface.tags, interface.instanceId.flatMap { network.instances[$0]?.tags } ?? [:],
                    network.subnets[interface.subnetId]?.tags ?? [:], network.vpcs[interface.vpcId]?.tags ?? [:],
                ]
                return tags.contains { $0[key] == value }
            }
        }
        return selected.sorted { $0.networkInterfaceId < $1.networkInterfaceId }
    }
}
