extension World {
    /// `CreateResolverEndpoint` (Route 53 Resolver): at least two addresses, each an interface
    /// in a subnet of the VPC, with the given security groups.
    /// - Parameter ipAddresses: Subnet and optional address of each interface.
    @discardableResult
    public mutating func createResolverEndpoint(
        name: String,
        direction: String,
        securityGroupIds: [String],
        ipAddresses: [(subnetId: String, ip: String?)],
        as session: Session
    ) throws(AWSError) -> ResolverEndpoint {
        guard direction == "INBOUND" || direction == "OUTBOUND" else {
            throw AWSError(.invalidRequest, "Direction must be INBOUND or OUTBOUND, not \(direction)")
        }
        guard ipAddresses.count >= 2 else {
            throw AWSError(.invalidRequest, "A Resolver endpoint needs at least two IP addresses")
        }
        var subnets: [Subnet] = []
        var addresses: [UInt32?] = []
        for entry in ipAddresses {
            let subnet = try usableSubnet(entry.subnetId, session)
            guard subnets.first.map({ $0.vpcId == subnet.vpcId }) ?? true else {
                throw AWSError(.invalidRequest, "The subnets of a Resolver endpoint must be in one VPC")
            }
            subnets.append(subnet)
            addresses.append(entry.ip.flatMap(IPv4CIDR.address))
        }
        let groups = try interfaceGroups(securityGroupIds, subnet: subnets[0])
        let place = place(of: session)
        let id = ids.ec2ID(direction == "INBOUND" ? "rslvr-in" : "rslvr-out")
        try authorizeEC2(
            session, "CreateResolverEndpoint",
            resource: "arn:aws:route53resolver:\(place.region):\(place.accountID):resolver-endpoint/\(id)",
            service: "route53resolver")
        var interfaces: [String] = []
        for (subnet, address) in zip(subnets, addresses) {
            let interface = try addInterface(
                subnet: network.subnets[subnet.subnetId]!, place: place, privateIp: address, groups: groups,
                description: "Route 53 Resolver: \(id)", type: "interface", requesterManaged: true, publicIp: false)
            interfaces.append(interface.networkInterfaceId)
        }
        let endpoint = ResolverEndpoint(
            id: id, name: name, place: place, direction: direction, vpcId: subnets[0].vpcId,
            securityGroupIds: groups, networkInterfaceIds: interfaces)
        network.resolverEndpoints[id] = endpoint
        return endpoint
    }

    /// `CreateResolverRule`: a `FORWARD` rule needs target addresses and an outbound endpoint.
    @discardableResult
    public mutating func createResolverRule(
        name: String,
        domainName: String,
        ruleType: String = "FORWARD",
        targetIps: [String] = [],
        resolverEndpointId: String? = nil,
        as session: Session
    ) throws(AWSError) -> ResolverRule {
        let place = place(of: session)
        if ruleType == "FORWARD" {
            guard !targetIps.isEmpty, targetIps.allSatisfy({ IPv4CIDR.address($0) != nil }) else {
                throw AWSError(.invalidRequest, "A FORWARD rule for \(domainName) needs valid target IPs")
            }
            guard let resolverEndpointId, network.resolverEndpoints[resolverEndpointId]?.direction == "OUTBOUND",
                network.resolverEndpoints[resolverEndpointId]?.place == place
            else {
                throw AWSError(
                    .resourceNotFoundException, "Outbound endpoint \(resolverEndpointId ?? "-") does not exist")
            }
        }
        let id = ids.ec2ID("rslvr-rr")
        let arn = "arn:aws:route53resolver:\(place.region):\(place.accountID):resolver-rule/\(id)"
        try authorizeEC2(session, "CreateResolverRule", resource: arn, service: "route53resolver")
        let rule = ResolverRule(
            id: id, arn: arn, name: name, place: place, domainName: domainName, ruleType: ruleType,
            targetIps: targetIps, resolverEndpointId: resolverEndpointId, associatedVpcIds: [])
        network.resolverRules[id] = rule
        return rule
    }

    /// `AssociateResolverRule` with one of the caller's VPCs; the rule may be shared with it through RAM.
    public mutating func associateResolverRule(resolverRuleId: String, vpcId: String, as session: Session)
        throws(AWSError)
    {
        let vpc = try ownVpc(vpcId, session)
        guard let rule = network.resolverRules[resolverRuleId], rule.place.region == vpc.place.region,
            rule.place.accountID == vpc.place.accountID
                || isShared(rule.arn, owner: rule.place, with: vpc.place.accountID)
        else {
            throw AWSError(.resourceNotFoundException, "Resolver rule \(resolverRuleId) does not exist")
        }
        try authorizeEC2(session, "AssociateResolverRule", resource: rule.arn, service: "route53resolver")
        network.resolverRules[resolverRuleId]!.associatedVpcIds.insert(vpcId)
    }
}
