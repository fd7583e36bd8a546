extension World {
    /// `CreateVpc`, with the main route table, default network ACL and default security group EC2 creates with it.
    /// - Parameters:
    ///   - cidrBlock: An IPv4 block between /16 and /28.
    ///   - amazonProvidedIpv6CidrBlock: Whether the VPC also gets an Amazon-provided IPv6 /56.
    ///   - ipv6CidrBlock: An IPv6 block of the caller's own (IPAM or BYOIP), /44 to /60.
    ///   - tags: Tags applied at creation.
    /// - Throws: `InvalidParameterValue` (not a CIDR block), `InvalidVpc.Range` (size), `UnauthorizedOperation`.
    @discardableResult
    public mutating func createVpc(
        cidrBlock: String,
        enableDnsSupport: Bool = true,
        enableDnsHostnames: Bool = false,
        amazonProvidedIpv6CidrBlock: Bool = false,
        ipv6CidrBlock: String? = nil,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> Vpc {
        let block = try IPv4CIDR(cidrBlock)
        try Self.requireVpcSize(block)
        let ipv6 = amazonProvidedIpv6CidrBlock || ipv6CidrBlock != nil
        let ipv6Block =
            ipv6 ? try ipv6VpcBlock(amazonProvided: amazonProvidedIpv6CidrBlock, ipv6CidrBlock, for: nil) : nil
        let place = place(of: session)
        try authorizeEC2(session, "CreateVpc", resource: place.arn("vpc", "*"), requestTags: tags)
        let vpcId = ids.ec2ID("vpc")
        let tableId = ids.ec2ID("rtb")
        let aclId = ids.ec2ID("acl")
        let groupId = ids.ec2ID("sg")
        network.vpcs[vpcId] = Vpc(
            vpcId: vpcId, place: place, cidrBlocks: [block], enableDnsSupport: enableDnsSupport,
            enableDnsHostnames: enableDnsHostnames, mainRouteTableId: tableId, defaultNetworkAclId: aclId,
            defaultSecurityGroupId: groupId, tags: tags)
        network.addBlock(block, of: vpcId)
        network.routeTables[tableId] = RouteTable(
            routeTableId: tableId, vpcId: vpcId, place: place, routes: [], subnetAssociations: [],
            gatewayAssociations: [], propagatingVgws: [], tags: [:])
        // The default ACL allows everything both ways; the default group allows its own members
        // in and everything out (https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html).
        let everywhere = IPv4CIDR(address: 0, prefixLength: 0)
        network.networkAcls[aclId] = NetworkAcl(
            networkAclId: aclId, vpcId: vpcId, place: place, isDefault: true, subnetAssociations: [],
            entries: [.allowAll(egress: false), .allowAll(egress: true)], tags: [:])
        network.securityGroups[groupId] = SecurityGroup(
            groupId: groupId, groupName: "default", description: "default VPC security group", vpcId: vpcId,
            place: place, isDefault: true,
            ingressRules: [
                SecurityGroupRule(
                    securityGroupRuleId: ids.ec2ID("sgr"), ipProtocol: .all, fromPort: -1, toPort: -1,
                    peer: .securityGroup(groupId), ruleDescription: "")
            ],
            egressRules: [
                SecurityGroupRule(
                    securityGroupRuleId: ids.ec2ID("sgr"), ipProtocol: .all, fromPort: -1, toPort: -1,
                    peer: .cidr(everywhere), ruleDescription: "")
            ], tags: [:])
        if ipv6 { addIpv6Block(ipv6Block, to: vpcId) }
        return network.vpcs[vpcId]!
    }

    /// `AssociateVpcCidrBlock`: adds a secondary IPv4 block, which must not overlap the VPC's
    /// blocks or the routes of its route tables.
    /// - Throws: `InvalidVpc.Range`, `InvalidParameterValue`, `InvalidVpcID.NotFound`.
    @discardableResult
    public mutating func associateVpcCidrBlock(vpcId: String, cidrBlock: String, as session: Session) throws(AWSError)
        -> Vpc
    {
        let vpc = try ownVpc(vpcId, session)
        let block = try IPv4CIDR(cidrBlock)
        try Self.requireVpcSize(block)
        try authorizeEC2(session, "AssociateVpcCidrBlock", resource: vpc.arn, tags: vpc.tags)
        if let existing = vpc.cidrBlocks.first(where: { $0.overlaps(block) }) {
            throw AWSError(
                .invalidVpcRange,
                "The CIDR '\(block)' conflicts with another subnet: it overlaps \(existing) of \(vpcId)")
        }
        // AWS allows at most five IPv4 blocks per VPC by default.
        guard vpc.cidrBlocks.count < 5 else {
            throw AWSError(.limitExceeded, "The maximum number of IPv4 CIDR blocks (5) for \(vpcId) has been reached.")
        }
        network.vpcs[vpcId]!.cidrBlocks.append(block)
        network.addBlock(block, of: vpcId)
        return network.vpcs[vpcId]!
    }

    /// `ModifyVpcAttribute` for the DNS attributes; DNS hostnames need DNS support.
    public mutating func modifyVpcAttribute(
        vpcId: String,
        enableDnsSupport: Bool? = nil,
        enableDnsHostnames: Bool? = nil,
        as session: Session
    ) throws(AWSError) {
        let vpc = try ownVpc(vpcId, session)
        try authorizeEC2(session, "ModifyVpcAttribute", resource: vpc.arn, tags: vpc.tags)
        let support = enableDnsSupport ?? vpc.enableDnsSupport
        let hostnames = enableDnsHostnames ?? vpc.enableDnsHostnames
        guard support || !hostnames else {
            throw AWSError(
                .invalidParameterValue, "enableDnsHostnames cannot be true for \(vpcId) while enableDnsSupport is false"
            )
        }
        network.vpcs[vpcId]!.enableDnsSupport = support
        network.vpcs[vpcId]!.enableDnsHostnames = hostnames
    }

    /// `DeleteVpc`: only once its subnets, gateways, transit gateway attachments, endpoints,
    /// non-default groups, ACLs and route tables are gone.
    /// - Throws: `DependencyViolation` naming what is still there.
    public mutating func deleteVpc(vpcId: String, as session: Session) throws(AWSError) {
        let vpc = try ownVpc(vpcId, session)
        try authorizeEC2(session, "DeleteVpc", resource: vpc.arn, tags: vpc.tags)
        let dependents =
            (network.subnetsByVpc[vpcId] ?? [])
            + network.internetGateways.values.filter { $0.attachedVpcId == vpcId }.map(\.internetGatewayId)
            + network.egressOnlyInternetGateways.values.filter { $0.vpcId == vpcId }.map(\.egressOnlyInternetGatewayId)
            + network.vpnGateways.values.filter { $0.attachedVpcId == vpcId }.map(\.vpnGatewayId)
            + (network.attachmentsByResource[vpcId] ?? []).filter {
                network.transitGatewayAttachments[$0]?.state != .deleted
            }
            + network.vpcEndpoints.values.filter { $0.vpcId == vpcId }.map(\.vpcEndpointId)
            + network.networkAcls.values.filter { $0.vpcId == vpcId && !$0.isDefault }.map(\.networkAclId)
            + network.securityGroups.values.filter { $0.vpcId == vpcId && !$0.isDefault }.map(\.groupId)
            + network.routeTables.values.filter { $0.vpcId == vpcId && $0.routeTableId != vpc.mainRouteTableId }
            .map(\.routeTableId)
        guard dependents.isEmpty else {
            throw AWSError(
                .dependencyViolation,
                "The vpc '\(vpcId)' has dependencies and cannot be deleted: \(dependents.sorted().joined(separator: ", "))"
            )
        }
        network.vpcs[vpcId] = nil
        network.vpcBlocks.removeAll { $0.vpcId == vpcId }
        network.routeTables[vpc.mainRouteTableId] = nil
        network.networkAcls = network.networkAcls.filter { $0.value.vpcId != vpcId }
        network.securityGroups[vpc.defaultSecurityGroupId] = nil
    }

    /// `CreateFlowLogs` for one VPC, subnet or interface.
    /// - Parameter trafficType: `ACCEPT`, `REJECT` or `ALL`.
    @discardableResult
    public mutating func createFlowLogs(
        resourceId: String,
        trafficType: String = "ALL",
        logDestination: String,
        as session: Session
    ) throws(AWSError) -> FlowLog {
        guard ["ACCEPT", "REJECT", "ALL"].contains(trafficType) else {
            throw AWSError(.invalidParameterValue, "Invalid value '\(trafficType)' for TrafficType")
        }
        let place = place(of: session)
        let owned =
            network.vpcs[resourceId]?.place ?? network.subnets[resourceId]?.place
            ?? network.networkInterfaces[resourceId]?.place
        guard owned == place else {
            throw AWSError(.invalidParameterValue, "The resource '\(resourceId)' does not exist in \(place.region)")
        }
        try authorizeEC2(session, "CreateFlowLogs", resource: place.arn("vpc-flow-log", "*"))
        let log = FlowLog(
            flowLogId: ids.ec2ID("fl"), place: place, resourceId: resourceId, trafficType: trafficType,
            logDestination: logDestination)
        network.flowLogs[log.flowLogId] = log
        return log
    }

    /// A VPC block's size must be /16 to /28 (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html).
    static func requireVpcSize(_ block: IPv4CIDR) throws(AWSError) {
        guard (16...28).contains(block.prefixLength) else {
            throw AWSError(.invalidVpcRange, "The CIDR '\(block)' is invalid: a VPC block must be between /16 and /28.")
        }
    }
}
