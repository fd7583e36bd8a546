extension World {
    /// `CreateInternetGateway`, detached.
    @discardableResult
    public mutating func createInternetGateway(tags: [String: String] = [:], as session: Session) throws(AWSError)
        -> InternetGateway
    {
        let place = place(of: session)
        try authorizeEC2(
            session, "CreateInternetGateway", resource: place.arn("internet-gateway", "*"), requestTags: tags)
        let gateway = InternetGateway(internetGatewayId: ids.ec2ID("igw"), place: place, attachedVpcId: nil, tags: tags)
        network.internetGateways[gateway.internetGatewayId] = gateway
        return gateway
    }

    /// `AttachInternetGateway`: a VPC has at most one, and a gateway one VPC.
    /// - Throws: `Resource.AlreadyAssociated`, `InvalidInternetGatewayID.NotFound`, `InvalidVpcID.NotFound`.
    public mutating func attachInternetGateway(internetGatewayId: String, vpcId: String, as session: Session)
        throws(AWSError)
    {
        let vpc = try ownVpc(vpcId, session)
        guard let gateway = network.internetGateways[internetGatewayId], gateway.place == vpc.place else {
            throw AWSError(
                .invalidInternetGatewayIDNotFound, "The internetGateway ID '\(internetGatewayId)' does not exist")
        }
        try authorizeEC2(
            session, "AttachInternetGateway", resource: vpc.place.arn("internet-gateway", internetGatewayId),
            tags: gateway.tags, vpc: vpc.arn)
        if let attached = gateway.attachedVpcId {
            throw AWSError(
                .resourceAlreadyAssociated, "resource \(internetGatewayId) is already attached to network \(attached)")
        }
        if let other = network.internetGateways.values.first(where: { $0.attachedVpcId == vpcId }) {
            throw AWSError(
                .resourceAlreadyAssociated,
                "network \(vpcId) already has an internet gateway attached: \(other.internetGatewayId)")
        }
        network.internetGateways[internetGatewayId]!.attachedVpcId = vpcId
    }

    /// `DetachInternetGateway`: routes to it become blackholes. EC2 refuses while an interface of
    /// the VPC has a public address (an instance's, an Elastic IP's, a public NAT gateway's).
    /// - Throws: `InvalidParameterValue` (not attached there), `DependencyViolation` naming the interfaces.
    public mutating func detachInternetGateway(internetGatewayId: String, vpcId: String, as session: Session)
        throws(AWSError)
    {
        guard let gateway = network.internetGateways[internetGatewayId], gateway.place == place(of: session),
            gateway.attachedVpcId == vpcId
        else {
            throw AWSError(
                .invalidParameterValue, "The internetGateway ID '\(internetGatewayId)' is not attached to \(vpcId)")
        }
        try authorizeEC2(
            session, "DetachInternetGateway", resource: gateway.place.arn("internet-gateway", internetGatewayId),
            tags: gateway.tags)
        let mapped = subnets(ofVpc: vpcId).flatMap { networkInterfaces(inSubnet: $0.subnetId) }
            .filter { $0.publicIp != nil }.map(\.networkInterfaceId).sorted()
        guard mapped.isEmpty else {
            throw AWSError(
                .dependencyViolation,
                "Network \(vpcId) has some mapped public address(es) (\(mapped.joined(separator: ", "))). Please unmap those public address(es) before detaching the gateway."
            )
        }
        network.internetGateways[internetGatewayId]!.attachedVpcId = nil
    }

    /// `DeleteInternetGateway`: only once it is detached.
    /// - Throws: `InvalidInternetGatewayID.NotFound`, `DependencyViolation` while attached.
    public mutating func deleteInternetGateway(internetGatewayId: String, as session: Session) throws(AWSError) {
        guard let gateway = network.internetGateways[internetGatewayId], gateway.place == place(of: session) else {
            throw AWSError(
                .invalidInternetGatewayIDNotFound, "The internetGateway ID '\(internetGatewayId)' does not exist")
        }
        try authorizeEC2(
            session, "DeleteInternetGateway", resource: gateway.place.arn("internet-gateway", internetGatewayId),
            tags: gateway.tags)
        if let vpcId = gateway.attachedVpcId {
            throw AWSError(
                .dependencyViolation,
                "The internetGateway '\(internetGatewayId)' has dependencies and cannot be deleted: it is attached to \(vpcId)"
            )
        }
        network.internetGateways[internetGatewayId] = nil
    }

    /// `AllocateAddress`: an Elastic IP for the caller's account and Region.
    @discardableResult
    public mutating func allocateAddress(as session: Session) throws(AWSError) -> ElasticIP {
        let place = place(of: session)
        try authorizeEC2(session, "AllocateAddress", resource: place.arn("elastic-ip", "*"))
        let address = ElasticIP(allocationId: ids.ec2ID("eipalloc"), place: place, publicIp: ids.publicAddress())
        network.elasticIPs[address.allocationId] = address
        return address
    }

    /// `AssociateAddress`: gives an interface the Elastic IP as its public address.
    public mutating func associateAddress(allocationId: String, networkInterfaceId: String, as session: Session)
        throws(AWSError)
    {
        guard let address = network.elasticIPs[allocationId], address.place == place(of: session) else {
            throw AWSError(.invalidAllocationIDNotFound, "The allocation ID '\(allocationId)' does not exist")
        }
        guard let interface = network.networkInterfaces[networkInterfaceId], interface.place == address.place else {
            throw AWSError(
                .invalidNetworkInterfaceIDNotFound, "The networkInterface ID '\(networkInterfaceId)' does not exist")
        }
        try authorizeEC2(session, "AssociateAddress", resource: address.place.arn("elastic-ip", allocationId))
        guard address.networkInterfaceId == nil else {
            throw AWSError(.resourceAlreadyAssociated, "\(allocationId) is already associated")
        }
        network.elasticIPs[allocationId]!.networkInterfaceId = networkInterfaceId
        network.networkInterfaces[networkInterfaceId]!.publicIp = address.publicIp
    }

    /// `CreateNatGateway` in a subnet: public ones need an Elastic IP, private ones must not have one.
    /// - Throws: `InvalidParameterValue`, `InvalidAllocationID.NotFound`, `InvalidSubnetID.NotFound`.
    @discardableResult
    public mutating func createNatGateway(
        subnetId: String,
        allocationId: String? = nil,
        connectivityType: NatGateway.ConnectivityType = .public,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> NatGateway {
        let subnet = try usableSubnet(subnetId, session)
        switch (connectivityType, allocationId) {
        case (.public, nil):
            throw AWSError(.missingParameter, "A public NAT gateway in \(subnetId) needs an AllocationId")
        case (.private, _?):
            throw AWSError(.invalidParameterValue, "A private NAT gateway cannot have an Elastic IP allocation")
        case (.public, let id?):
            guard let address = network.elasticIPs[id], address.place == subnet.place else {
                throw AWSError(.invalidAllocationIDNotFound, "The allocation ID '\(id)' does not exist")
            }
            guard address.networkInterfaceId == nil else {
                throw AWSError(.resourceAlreadyAssociated, "Elastic IP address \(id) is already associated")
            }
        case (.private, nil):
            break
        }
        try authorizeEC2(session, "CreateNatGateway", resource: subnet.place.arn("natgateway", "*"), requestTags: tags)
        let gatewayId = ids.ec2ID("nat")
        let interface = try addInterface(
            subnet: subnet, place: subnet.place, privateIp: nil, groups: [],
            description: "Interface for NAT Gateway \(gatewayId)",
            type: "nat_gateway", requesterManaged: true, publicIp: false)
        network.networkInterfaces[interface.networkInterfaceId]!.sourceDestCheck = false
        if let allocationId {
            network.elasticIPs[allocationId]!.networkInterfaceId = interface.networkInterfaceId
            network.networkInterfaces[interface.networkInterfaceId]!.publicIp =
                network.elasticIPs[allocationId]!.publicIp
        }
        let gateway = NatGateway(
            natGatewayId: gatewayId, place: subnet.place, subnetId: subnetId, vpcId: subnet.vpcId,
            connectivityType: connectivityType, allocationId: allocationId,
            networkInterfaceId: interface.networkInterfaceId, state: "available", tags: tags)
        network.natGateways[gatewayId] = gateway
        return gateway
    }

    /// `DeleteNatGateway`: routes to it become blackholes.
    public mutating func deleteNatGateway(natGatewayId: String, as session: Session) throws(AWSError) {
        guard let gateway = network.natGateways[natGatewayId], gateway.place == place(of: session),
            gateway.state == "available"
        else {
            throw AWSError(.invalidNatGatewayIDNotFound, "The natGateway ID '\(natGatewayId)' does not exist")
        }
        try authorizeEC2(session, "DeleteNatGateway", resource: gateway.place.arn("natgateway", natGatewayId))
        network.natGateways[natGatewayId]!.state = "deleted"
        removeInterface(gateway.networkInterfaceId)
        if let allocationId = gateway.allocationId { network.elasticIPs[allocationId]?.networkInterfaceId = nil }
    }
}
