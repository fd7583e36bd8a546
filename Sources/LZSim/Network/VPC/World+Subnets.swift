extension World {
    /// `CreateSubnet`: a block inside one of the VPC's blocks, overlapping no other subnet.
    /// - Parameters:
    ///   - availabilityZone: A zone of the caller's Region, such as `eu-west-1a`.
    /// - Throws: `InvalidParameterValue`, `InvalidSubnet.Range` (outside the VPC or not /16 to /28),
    ///   `InvalidSubnet.Conflict` (overlap), `InvalidVpcID.NotFound`.
    @discardableResult
    public mutating func createSubnet(
        vpcID: String,
        cidrBlock: String,
        availabilityZone: String,
        mapPublicIpOnLaunch: Bool = false,
        ipv6CidrBlock: String? = nil,
        assignIpv6AddressOnCreation: Bool = false,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> Subnet {
        let vpc = try ownVpc(vpcID, session)
        let block = try IPv4CIDR(cidrBlock)
        let place = place(of: session)
        guard availabilityZone.hasPrefix(place.region), availabilityZone.count == place.region.count + 1,
            availabilityZone.last.map({ ("a"..."f").contains($0) }) == true
        else {
            throw AWSError(
                .invalidParameterValue,
                "Value (\(availabilityZone)) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: \(place.region)a to \(place.region)f."
            )
        }
        guard (16...28).contains(block.prefixLength), vpc.cidrBlocks.contains(where: { $0.contains(block) }) else {
            throw AWSError(.invalidSubnetRange, "The CIDR '\(block)' is invalid for \(vpcID).")
        }
        for id in network.subnetsByVpc[vpcID] ?? [] where network.subnets[id]!.cidrBlock.overlaps(block) {
            throw AWSError(.invalidSubnetConflict, "The CIDR '\(block)' conflicts with another subnet (\(id)).")
        }
        let ipv6Block = try ipv6CidrBlock.map { (text: String) throws(AWSError) in
            try subnetIpv6Block(text, vpcId: vpcID)
        }
        if assignIpv6AddressOnCreation && ipv6Block == nil {
            throw AWSError(
                .invalidParameterCombination, "AssignIpv6AddressOnCreation needs an IPv6 CIDR block on the subnet")
        }
        try authorizeEC2(session, "CreateSubnet", resource: place.arn("subnet", "*"), requestTags: tags, vpc: vpc.arn)
        let subnet = Subnet(
            subnetId: ids.ec2ID("subnet"), vpcId: vpcID, place: place, availabilityZone: availabilityZone,
            cidrBlock: block, mapPublicIpOnLaunch: mapPublicIpOnLaunch, ipv6CidrBlock: ipv6Block,
            assignIpv6AddressOnCreation: assignIpv6AddressOnCreation, tags: tags)
        network.subnets[subnet.subnetId] = subnet
        network.subnetsByVpc[vpcID, default: []].append(subnet.subnetId)
        network.networkAcls[vpc.defaultNetworkAclId]!.subnetAssociations.insert(subnet.subnetId)
        network.networkAclBySubnet[subnet.subnetId] = vpc.defaultNetworkAclId
        return subnet
    }

    /// `ModifySubnetAttribute` for `MapPublicIpOnLaunch`.
    public mutating func modifySubnetAttribute(
        subnetId: String,
        mapPublicIpOnLaunch: Bool,
        as session: Session
    ) throws(AWSError) {
        let subnet = try usableSubnet(subnetId, session)
        guard subnet.place == place(of: session) else {
            throw AWSError(.unauthorizedOperation, "only the owner of \(subnetId) can modify its attributes")
        }
        try authorizeEC2(session, "ModifySubnetAttribute", resource: subnet.arn, tags: subnet.tags)
        network.subnets[subnetId]!.mapPublicIpOnLaunch = mapPublicIpOnLaunch
    }

    /// `DeleteSubnet`: only once no interface is left in it and no transit gateway attachment uses it.
    /// - Throws: `DependencyViolation` naming the interfaces or attachments.
    public mutating func deleteSubnet(subnetId: String, as session: Session) throws(AWSError) {
        let subnet = try usableSubnet(subnetId, session)
        try authorizeEC2(session, "DeleteSubnet", resource: subnet.arn, tags: subnet.tags)
        let interfaces =
            (network.interfacesBySubnet[subnetId] ?? [])
            + (network.attachmentsByResource[subnet.vpcId] ?? []).filter {
                network.transitGatewayAttachments[$0].map { $0.state != .deleted && $0.subnetIds.contains(subnetId) }
                    ?? false
            }
        guard interfaces.isEmpty else {
            throw AWSError(
                .dependencyViolation,
                "The subnet '\(subnetId)' has dependencies and cannot be deleted: \(interfaces.joined(separator: ", "))"
            )
        }
        network.subnets[subnetId] = nil
        network.subnetsByVpc[subnet.vpcId]?.removeAll { $0 == subnetId }
        if let acl = network.networkAclBySubnet.removeValue(forKey: subnetId) {
            network.networkAcls[acl]?.subnetAssociations.remove(subnetId)
        }
        if let table = network.routeTableBySubnet.removeValue(forKey: subnetId) {
            network.routeTables[table]?.subnetAssociations.remove(subnetId)
        }
    }

    /// The subnets of a VPC, in creation order.
    public func subnets(ofVpc vpcId: String) -> [Subnet] {
        (network.subnetsByVpc[vpcId] ?? []).compactMap { network.subnets[$0] }
    }

    /// The route table a subnet uses: its explicit association, else its VPC's main table.
    public func routeTable(ofSubnet subnetId: String) -> RouteTable? {
        guard let subnet = network.subnets[subnetId] else { return nil }
        if let explicit = network.routeTableBySubnet[subnetId].flatMap({ network.routeTables[$0] }) {
            return explicit
        }
        return network.vpcs[subnet.vpcId].flatMap { network.routeTables[$0.mainRouteTableId] }
    }

    /// The network ACL a subnet is associated with.
    public func networkAcl(ofSubnet subnetId: String) -> NetworkAcl? {
        network.networkAclBySubnet[subnetId].flatMap { network.networkAcls[$0] }
    }
}
