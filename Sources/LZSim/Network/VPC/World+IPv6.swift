extension World {
    /// `AssociateVpcCidrBlock` for IPv6: an Amazon-provided /56, or a block of the caller's own
    /// (from an IPAM pool or BYOIP, /44 to /60 in steps of 4). The default network ACL gains its
    /// rule 101 allowing all IPv6 traffic in each direction whose rules were never changed, and the
    /// default security group an outbound rule to `::/0`, as EC2 adds them
    /// (https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html).
    /// - Throws: `InvalidParameterCombination` (both or neither source), `InvalidParameterValue`
    ///   (not an IPv6 block), `InvalidVpc.Range` (size, overlap), `LimitExceeded` (five blocks).
    @discardableResult
    public mutating func associateVpcCidrBlock(
        vpcId: String,
        amazonProvidedIpv6CidrBlock: Bool = false,
        ipv6CidrBlock: String? = nil,
        as session: Session
    ) throws(AWSError) -> Vpc {
        let vpc = try ownVpc(vpcId, session)
        let block = try ipv6VpcBlock(amazonProvided: amazonProvidedIpv6CidrBlock, ipv6CidrBlock, for: vpc)
        try authorizeEC2(session, "AssociateVpcCidrBlock", resource: vpc.arn, tags: vpc.tags)
        addIpv6Block(block, to: vpcId)
        return network.vpcs[vpcId]!
    }

    /// Validates an IPv6 block for a VPC, before anything changes: the block, or `nil` for an
    /// Amazon-provided one, drawn when it is added.
    func ipv6VpcBlock(amazonProvided: Bool, _ text: String?, for vpc: Vpc?) throws(AWSError) -> IPv6CIDR? {
        var block: IPv6CIDR?
        switch (amazonProvided, text) {
        case (true, nil):
            block = nil
        case (false, let text?):
            let own = try IPv6CIDR(text)
            guard (44...60).contains(own.prefixLength), own.prefixLength % 4 == 0 else {
                throw AWSError(
                    .invalidVpcRange,
                    "The IPv6 CIDR '\(own)' is invalid: a VPC's IPv6 block must be /44 to /60 in increments of /4.")
            }
            block = own
        default:
            throw AWSError(
                .invalidParameterCombination,
                "Specify exactly one of AmazonProvidedIpv6CidrBlock or Ipv6CidrBlock")
        }
        guard let vpc else { return block }
        if let block, let existing = vpc.ipv6CidrBlocks.first(where: { $0.overlaps(block) }) {
            throw AWSError(.invalidVpcRange, "The IPv6 CIDR '\(block)' overlaps \(existing) of \(vpc.vpcId)")
        }
        // AWS allows at most five IPv6 blocks per VPC by default.
        guard vpc.ipv6CidrBlocks.count < 5 else {
            throw AWSError(
                .limitExceeded, "The maximum number of IPv6 CIDR blocks (5) for \(vpc.vpcId) has been reached.")
        }
        return block
    }

    /// Adds a validated IPv6 block (an Amazon-provided one when `nil`), and the default ACL and
    /// group rules EC2 adds with the first.
    mutating func addIpv6Block(_ block: IPv6CIDR?, to vpcId: String) {
        let block = block ?? ids.amazonIpv6Block()
        let first = network.vpcs[vpcId]!.ipv6CidrBlocks.isEmpty
        network.vpcs[vpcId]!.ipv6CidrBlocks.append(block)
        guard first else { return }
        let vpc = network.vpcs[vpcId]!
        if var acl = network.networkAcls[vpc.defaultNetworkAclId] {
            for egress in [false, true] where acl.entries(egress: egress) == [.allowAll(egress: egress)] {
                acl.entries.append(.allowAll(egress: egress, ipv6: true))
            }
            acl.entries.sort { ($0.egress ? 1 : 0, $0.ruleNumber) < ($1.egress ? 1 : 0, $1.ruleNumber) }
            network.networkAcls[vpc.defaultNetworkAclId] = acl
        }
        let everywhere = SecurityGroupRule.Peer.ipv6Cidr(.anywhere)
        if let group = network.securityGroups[vpc.defaultSecurityGroupId],
            !group.egressRules.contains(where: { $0.peer == everywhere })
        {
            network.securityGroups[vpc.defaultSecurityGroupId]!.egressRules.append(
                SecurityGroupRule(
                    securityGroupRuleId: ids.ec2ID("sgr"), ipProtocol: .all, fromPort: -1, toPort: -1,
                    peer: everywhere, ruleDescription: ""))
        }
    }

    /// `AssociateSubnetCidrBlock`: gives a subnet a /64 of its VPC's IPv6 blocks.
    /// - Throws: `InvalidSubnet.Range` (not a /64, or outside the VPC's IPv6 blocks),
    ///   `InvalidSubnet.Conflict` (another subnet's block), `Resource.AlreadyAssociated`.
    public mutating func associateSubnetCidrBlock(subnetId: String, ipv6CidrBlock: String, as session: Session)
        throws(AWSError)
    {
        let subnet = try usableSubnet(subnetId, session)
        guard subnet.place == place(of: session) else {
            throw AWSError(.unauthorizedOperation, "only the owner of \(subnetId) can associate a CIDR block")
        }
        if let existing = subnet.ipv6CidrBlock {
            throw AWSError(.resourceAlreadyAssociated, "The subnet \(subnetId) already has the IPv6 block \(existing)")
        }
        let block = try subnetIpv6Block(ipv6CidrBlock, vpcId: subnet.vpcId)
        try authorizeEC2(session, "AssociateSubnetCidrBlock", resource: subnet.arn, tags: subnet.tags)
        network.subnets[subnetId]!.ipv6CidrBlock = block
    }

    /// Validates a subnet's IPv6 block: a /64 inside one of the VPC's IPv6 blocks, and no other subnet's.
    func subnetIpv6Block(_ text: String, vpcId: String) throws(AWSError) -> IPv6CIDR {
        let block = try IPv6CIDR(text)
        let vpc = network.vpcs[vpcId]!
        guard block.prefixLength == 64, vpc.ipv6CidrBlocks.contains(where: { $0.contains(block) }) else {
            let blocks = vpc.ipv6CidrBlocks.map(\.description).joined(separator: ", ")
            throw AWSError(
                .invalidSubnetRange,
                "The IPv6 CIDR '\(block)' is invalid for \(vpcId): a subnet's IPv6 block is a /64 of the VPC's IPv6 blocks (\(blocks.isEmpty ? "none" : blocks))."
            )
        }
        for id in network.subnetsByVpc[vpcId] ?? [] where network.subnets[id]!.ipv6CidrBlock?.overlaps(block) == true {
            throw AWSError(.invalidSubnetConflict, "The IPv6 CIDR '\(block)' conflicts with another subnet (\(id)).")
        }
        return block
    }

    /// `CreateEgressOnlyInternetGateway` for a VPC: IPv6 traffic out, and nothing the internet starts.
    @discardableResult
    public mutating func createEgressOnlyInternetGateway(
        vpcId: String, tags: [String: String] = [:], as session: Session
    ) throws(AWSError) -> EgressOnlyInternetGateway {
        let vpc = try ownVpc(vpcId, session)
        try authorizeEC2(
            session, "CreateEgressOnlyInternetGateway", resource: vpc.place.arn("egress-only-internet-gateway", "*"),
            requestTags: tags, vpc: vpc.arn)
        let gateway = EgressOnlyInternetGateway(
            egressOnlyInternetGatewayId: ids.ec2ID("eigw"), place: vpc.place, vpcId: vpcId, tags: tags)
        network.egressOnlyInternetGateways[gateway.egressOnlyInternetGatewayId] = gateway
        return gateway
    }

    /// `DeleteEgressOnlyInternetGateway`: routes to it become blackholes.
    public mutating func deleteEgressOnlyInternetGateway(egressOnlyInternetGatewayId id: String, as session: Session)
        throws(AWSError)
    {
        guard let gateway = network.egressOnlyInternetGateways[id], gateway.place == place(of: session) else {
            throw AWSError(.invalidGatewayIDNotFound, "The gateway ID '\(id)' does not exist")
        }
        try authorizeEC2(
            session, "DeleteEgressOnlyInternetGateway",
            resource: gateway.place.arn("egress-only-internet-gateway", id), tags: gateway.tags)
        network.egressOnlyInternetGateways[id] = nil
    }

    /// The next free IPv6 address of a subnet: the first four and the last of its block are AWS's.
    func freeIpv6Address(in subnet: Subnet) throws(AWSError) -> UInt128 {
        guard let block = subnet.ipv6CidrBlock else {
            throw AWSError(
                .invalidParameterValue, "The subnet \(subnet.subnetId) has no IPv6 CIDR block to assign addresses from")
        }
        var address = block.lower + 4
        while subnet.assignedIpv6Addresses.contains(address) { address += 1 }
        return address
    }
}

extension NetworkAclEntry {
    /// Rule 100 (IPv4) or 101 (IPv6) of a default ACL: everything allowed.
    static func allowAll(egress: Bool, ipv6: Bool = false) -> NetworkAclEntry {
        NetworkAclEntry(
            ruleNumber: ipv6 ? 101 : 100, egress: egress, ipProtocol: .all, ruleAction: "allow",
            cidrBlock: ipv6 ? nil : IPv4CIDR(address: 0, prefixLength: 0), ipv6CidrBlock: ipv6 ? .anywhere : nil,
            portRange: nil)
    }
}
