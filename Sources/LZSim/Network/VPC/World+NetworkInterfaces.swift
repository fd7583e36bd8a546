extension World {
    /// `CreateNetworkInterface` in a subnet the caller owns or that is shared with it.
    /// - Parameters:
    ///   - groups: Security groups of the subnet's VPC; the VPC's default group when empty.
    ///   - privateIpAddress: A free address of the subnet; the next free one when `nil`.
    ///   - ipv6AddressCount: IPv6 addresses from the subnet's block; `nil` follows the subnet's
    ///     `AssignIpv6AddressOnCreation`.
    /// - Throws: `InvalidGroup.NotFound` (a group of another VPC), `InvalidParameterValue`
    ///   (address outside the subnet or reserved), `InvalidIPAddress.InUse`.
    @discardableResult
    public mutating func createNetworkInterface(
        subnetId: String,
        groups: [String] = [],
        privateIpAddress: String? = nil,
        ipv6AddressCount: Int? = nil,
        description: String = "",
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> NetworkInterface {
        let subnet = try usableSubnet(subnetId, session)
        let address = try privateIpAddress.map { (text: String) throws(AWSError) -> UInt32 in
            guard let value = IPv4CIDR.address(text) else {
                throw AWSError(.invalidParameterValue, "Invalid value '\(text)' for privateIpAddress")
            }
            return value
        }
        let groups = try interfaceGroups(groups, subnet: subnet)
        let place = place(of: session)
        try authorizeEC2(
            session, "CreateNetworkInterface", resource: place.arn("network-interface", "*"), requestTags: tags,
            vpc: network.vpcs[subnet.vpcId]?.arn)
        var interface = try addInterface(
            subnet: subnet, place: place, privateIp: address, groups: groups, description: description,
            type: "interface", requesterManaged: false, publicIp: false,
            ipv6Count: try Self.ipv6Count(ipv6AddressCount, subnet))
        network.networkInterfaces[interface.networkInterfaceId]!.tags = tags
        interface.tags = tags
        return interface
    }

    /// `DeleteNetworkInterface`: routes to it become blackholes.
    /// - Throws: `InvalidParameterValue` for an interface an instance or service still uses.
    public mutating func deleteNetworkInterface(networkInterfaceId: String, as session: Session) throws(AWSError) {
        guard let interface = network.networkInterfaces[networkInterfaceId], interface.place == place(of: session)
        else {
            throw AWSError(
                .invalidNetworkInterfaceIDNotFound, "The networkInterface ID '\(networkInterfaceId)' does not exist")
        }
        try authorizeEC2(session, "DeleteNetworkInterface", resource: interface.arn, tags: interface.tags)
        guard interface.instanceId == nil, !interface.requesterManaged else {
            throw AWSError(.invalidParameterValue, "Network interface '\(networkInterfaceId)' is currently in use.")
        }
        removeInterface(networkInterfaceId)
    }

    /// `ModifyNetworkInterfaceAttribute`: its security groups, or its source/destination check.
    public mutating func modifyNetworkInterfaceAttribute(
        networkInterfaceId: String,
        groups: [String]? = nil,
        sourceDestCheck: Bool? = nil,
        as session: Session
    ) throws(AWSError) {
        guard let interface = network.networkInterfaces[networkInterfaceId], interface.place == place(of: session)
        else {
            throw AWSError(
                .invalidNetworkInterfaceIDNotFound, "The networkInterface ID '\(networkInterfaceId)' does not exist")
        }
        let newGroups = try groups.map { (ids: [String]) throws(AWSError) in
            try interfaceGroups(ids, subnet: network.subnets[interface.subnetId]!)
        }
        try authorizeEC2(session, "ModifyNetworkInterfaceAttribute", resource: interface.arn, tags: interface.tags)
        if let newGroups {
            for group in interface.groups { network.interfacesByGroup[group]?.remove(networkInterfaceId) }
            for group in newGroups { network.interfacesByGroup[group, default: []].insert(networkInterfaceId) }
            network.networkInterfaces[networkInterfaceId]!.groups = newGroups
        }
        if let sourceDestCheck { network.networkInterfaces[networkInterfaceId]!.sourceDestCheck = sourceDestCheck }
    }

    /// `RunInstances` for one instance with one primary interface.
    /// - Parameters:
    ///   - associatePublicIpAddress: `nil` follows the subnet's `MapPublicIpOnLaunch`.
    ///   - ipv6AddressCount: `nil` follows the subnet's `AssignIpv6AddressOnCreation`.
    ///   - httpTokens: `required` for IMDSv2 only, or `optional`.
    @discardableResult
    public mutating func runInstances(
        imageId: String = "ami-0123456789abcdef0",
        instanceType: String = "t3.micro",
        subnetId: String,
        securityGroupIds: [String] = [],
        privateIpAddress: String? = nil,
        associatePublicIpAddress: Bool? = nil,
        ipv6AddressCount: Int? = nil,
        httpTokens: String = "required",
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> Instance {
        let subnet = try usableSubnet(subnetId, session)
        guard httpTokens == "required" || httpTokens == "optional" else {
            throw AWSError(.invalidParameterValue, "Invalid value '\(httpTokens)' for HttpTokens")
        }
        let groups = try interfaceGroups(securityGroupIds, subnet: subnet)
        let ipv6Count = try Self.ipv6Count(ipv6AddressCount, subnet)
        let address = try privateIpAddress.map { (text: String) throws(AWSError) -> UInt32 in
            guard let value = IPv4CIDR.address(text) else {
                throw AWSError(.invalidParameterValue, "Invalid value '\(text)' for privateIpAddress")
            }
            return value
        }
        let place = place(of: session)
        var context: [String: [String]] = ["ec2:MetadataHttpTokens": [httpTokens]]
        context["ec2:Subnet"] = [subnet.arn]
        try requireAccess(
            AccessRequest(
                session: session, action: "ec2:RunInstances",
                resource: ResourceReference(arn: place.arn("instance", "*"), accountID: place.accountID),
                context: context.merging(tags.isEmpty ? [:] : ["aws:TagKeys": tags.keys.sorted()]) { a, _ in a },
                region: place.region),
            deniedCode: .unauthorizedOperation)
        let instanceId = ids.ec2ID("i")
        let interface = try addInterface(
            subnet: subnet, place: place, privateIp: address, groups: groups, description: "", type: "interface",
            requesterManaged: false, publicIp: associatePublicIpAddress ?? subnet.mapPublicIpOnLaunch,
            ipv6Count: ipv6Count)
        network.networkInterfaces[interface.networkInterfaceId]!.instanceId = instanceId
        network.networkInterfaces[interface.networkInterfaceId]!.tags = tags
        let instance = Instance(
            instanceId: instanceId, place: place, imageId: imageId, instanceType: instanceType, subnetId: subnetId,
            networkInterfaceId: interface.networkInterfaceId, httpTokens: httpTokens, tags: tags)
        network.instances[instanceId] = instance
        return instance
    }

    /// Places an interface in a subnet for the caller or for an AWS service (NAT gateways,
    /// endpoints, firewall endpoints, load balancer nodes, Resolver endpoints), with every check
    /// an address needs. Services describe their interface and mark it requester-managed.
    mutating func addInterface(
        subnet: Subnet,
        place: ResourcePlace,
        privateIp: UInt32?,
        groups: [String],
        description: String,
        type: String,
        requesterManaged: Bool,
        publicIp: Bool,
        ipv6Count: Int = 0
    ) throws(AWSError) -> NetworkInterface {
        let block = subnet.cidrBlock
        // The first four addresses and the last of every subnet are AWS's
        // (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html).
        let usable = (block.lower + 4)...(block.upper - 1)
        let address: UInt32
        if let privateIp {
            guard usable.contains(privateIp) else {
                throw AWSError(
                    .invalidParameterValue,
                    "Address \(IPv4CIDR.format(privateIp)) does not fall within the usable range of subnet \(subnet.subnetId) (\(block))"
                )
            }
            guard !subnet.assignedAddresses.contains(privateIp) else {
                throw AWSError(
                    .invalidIPAddressInUse, "The specified address \(IPv4CIDR.format(privateIp)) is already in use.")
            }
            address = privateIp
        } else {
            guard let free = usable.first(where: { !subnet.assignedAddresses.contains($0) }) else {
                throw AWSError(.invalidParameterValue, "subnet \(subnet.subnetId) has no free address")
            }
            address = free
        }
        var subnet = subnet
        var ipv6Addresses: [UInt128] = []
        for _ in 0..<ipv6Count {
            let next = try freeIpv6Address(in: subnet)
            subnet.assignedIpv6Addresses.insert(next)
            ipv6Addresses.append(next)
        }
        var interface = NetworkInterface(
            networkInterfaceId: ids.ec2ID("eni"), subnetId: subnet.subnetId, vpcId: subnet.vpcId, place: place,
            availabilityZone: subnet.availabilityZone, privateIpAddress: address,
            publicIp: publicIp ? ids.publicAddress() : nil, groups: groups, description: description,
            interfaceType: type, requesterManaged: requesterManaged, sourceDestCheck: true, instanceId: nil, tags: [:])
        interface.ipv6Addresses = ipv6Addresses
        network.networkInterfaces[interface.networkInterfaceId] = interface
        network.subnets[subnet.subnetId]!.assignedAddresses.insert(address)
        network.subnets[subnet.subnetId]!.assignedIpv6Addresses = subnet.assignedIpv6Addresses
        network.interfacesBySubnet[subnet.subnetId, default: []].append(interface.networkInterfaceId)
        for group in groups { network.interfacesByGroup[group, default: []].insert(interface.networkInterfaceId) }
        return interface
    }

    /// Removes an interface and frees its address.
    mutating func removeInterface(_ id: String) {
        guard let interface = network.networkInterfaces.removeValue(forKey: id) else { return }
        network.subnets[interface.subnetId]?.assignedAddresses.remove(interface.privateIpAddress)
        for address in interface.ipv6Addresses {
            network.subnets[interface.subnetId]?.assignedIpv6Addresses.remove(address)
        }
        network.interfacesBySubnet[interface.subnetId]?.removeAll { $0 == id }
        for group in interface.groups { network.interfacesByGroup[group]?.remove(id) }
    }

    /// How many IPv6 addresses an interface gets: as asked (0 to 10, from a subnet with an IPv6
    /// block), else one when the subnet assigns them on creation.
    static func ipv6Count(_ asked: Int?, _ subnet: Subnet) throws(AWSError) -> Int {
        guard let asked else { return subnet.assignIpv6AddressOnCreation ? 1 : 0 }
        guard (0...10).contains(asked), asked == 0 || subnet.ipv6CidrBlock != nil else {
            throw AWSError(
                .invalidParameterValue,
                "Invalid value '\(asked)' for ipv6AddressCount in subnet \(subnet.subnetId)"
                    + (subnet.ipv6CidrBlock == nil ? ", which has no IPv6 CIDR block" : ": it must be 0 to 10"))
        }
        return asked
    }

    /// The security groups for an interface in `subnet`: each must be in the subnet's VPC.
    func interfaceGroups(_ groups: [String], subnet: Subnet) throws(AWSError) -> [String] {
        if groups.isEmpty { return [network.vpcs[subnet.vpcId]!.defaultSecurityGroupId] }
        for id in groups where network.securityGroups[id]?.vpcId != subnet.vpcId {
            throw AWSError(.invalidGroupNotFound, "The security group '\(id)' does not exist in VPC '\(subnet.vpcId)'")
        }
        return groups
    }

    /// The interfaces of a subnet.
    public func networkInterfaces(inSubnet subnetId: String) -> [NetworkInterface] {
        (network.interfacesBySubnet[subnetId] ?? []).compactMap { network.networkInterfaces[$0] }
    }
}
