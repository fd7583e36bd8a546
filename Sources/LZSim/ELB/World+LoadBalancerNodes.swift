extension World {
    /// Places a load balancer's nodes: one requester-managed interface in each of its subnets,
    /// with its security groups (the VPC's default group when none are given), and a public
    /// address when it is internet-facing, as ELB does
    /// (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones).
    ///
    /// Subnets the network does not know are kept as identifiers only, as load balancers were
    /// before the network modelled them; a subnet it knows must be usable by the caller, and all
    /// of them in one VPC.
    /// - Returns: The interfaces' IDs, in subnet order.
    /// - Throws: `InvalidSubnetID.NotFound`, `InvalidGroup.NotFound`, `InvalidConfigurationRequest`
    ///   (subnets of several VPCs), or an address problem of a subnet.
    mutating func placeNodes(
        description: String,
        scheme: LoadBalancer.Scheme,
        subnets: [String],
        securityGroups: [String],
        session: Session
    ) throws(AWSError) -> [String] {
        var known: [Subnet] = []
        for id in subnets where network.subnets[id] != nil && !known.contains(where: { $0.subnetId == id }) {
            known.append(try usableSubnet(id, session))
        }
        guard let first = known.first else { return [] }
        guard known.allSatisfy({ $0.vpcId == first.vpcId }) else {
            throw AWSError(
                AWSError.Code(rawValue: "InvalidConfigurationRequest"),
                "The subnets of a load balancer must belong to one VPC")
        }
        let groups = try interfaceGroups(securityGroups, subnet: first)
        let place = place(of: session)
        var nodes: [String] = []
        for subnet in known {
            let interface = try addInterface(
                subnet: network.subnets[subnet.subnetId]!, place: place, privateIp: nil, groups: groups,
                description: description, type: "interface", requesterManaged: true,
                publicIp: scheme == .internetFacing)
            nodes.append(interface.networkInterfaceId)
        }
        return nodes
    }

    /// The interfaces of a load balancer's nodes.
    func loadBalancerInterfaces(_ arn: String) throws(AWSError) -> [NetworkInterface] {
        try requireLoadBalancer(arn).networkInterfaceIds.compactMap { network.networkInterfaces[$0] }
    }
}
