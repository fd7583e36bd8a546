extension World {
    /// The account and Region a caller's EC2 request acts in.
    func place(of session: Session) -> ResourcePlace {
        ResourcePlace(accountID: session.accountID, region: session.attributes.region ?? regions[0])
    }

    /// Authorizes an EC2 networking request through the gateway with EC2's denial code.
    /// - Parameters:
    ///   - action: The operation, such as `CreateVpc`; authorized as `ec2:CreateVpc`.
    ///   - resource: The resource's ARN (`.../vpc/*` for creations).
    ///   - tags: The resource's tags, for `aws:ResourceTag/*`.
    ///   - requestTags: Tags the request applies, for `aws:RequestTag/*` and `aws:TagKeys`.
    ///   - vpc: The VPC the resource is in, for `ec2:Vpc`.
    func authorizeEC2(
        _ session: Session,
        _ action: String,
        resource: String,
        tags: [String: String] = [:],
        requestTags: [String: String] = [:],
        vpc: String? = nil,
        service: String = "ec2"
    ) throws(AWSError) {
        var context: [String: [String]] = [:]
        if !requestTags.isEmpty {
            context["aws:TagKeys"] = requestTags.keys.sorted()
            for (key, value) in requestTags { context["aws:RequestTag/\(key)"] = [value] }
        }
        if let vpc { context["ec2:Vpc"] = [vpc] }
        let place = place(of: session)
        try requireAccess(
            AccessRequest(
                session: session, action: "\(service):\(action)",
                resource: ResourceReference(arn: resource, accountID: place.accountID, tags: tags), context: context,
                region: place.region),
            deniedCode: service == "ec2" ? .unauthorizedOperation : .accessDeniedException)
    }

    /// A VPC of the caller's account and Region.
    func ownVpc(_ id: String, _ session: Session) throws(AWSError) -> Vpc {
        guard let vpc = network.vpcs[id], vpc.place == place(of: session) else {
            throw AWSError(.invalidVpcIDNotFound, "The vpc ID '\(id)' does not exist")
        }
        return vpc
    }

    /// A subnet the caller may use: its own, or one shared with its account through RAM.
    func usableSubnet(_ id: String, _ session: Session) throws(AWSError) -> Subnet {
        let here = place(of: session)
        guard let subnet = network.subnets[id], subnet.place.region == here.region,
            subnet.place.accountID == here.accountID || isShared(subnet.arn, owner: subnet.place, with: here.accountID)
        else {
            throw AWSError(.invalidSubnetIDNotFound, "The subnet ID '\(id)' does not exist")
        }
        return subnet
    }

    /// A route table of the caller's account and Region.
    func ownRouteTable(_ id: String, _ session: Session) throws(AWSError) -> RouteTable {
        guard let table = network.routeTables[id], table.place == place(of: session) else {
            throw AWSError(.invalidRouteTableIDNotFound, "The routeTable ID '\(id)' does not exist")
        }
        return table
    }

    /// A security group of the caller's account and Region.
    func ownSecurityGroup(_ id: String, _ session: Session) throws(AWSError) -> SecurityGroup {
        guard let group = network.securityGroups[id], group.place == place(of: session) else {
            throw AWSError(.invalidGroupNotFound, "The security group '\(id)' does not exist")
        }
        return group
    }

    /// A transit gateway the caller owns or that is shared with its account.
    func usableTransitGateway(_ id: String, _ session: Session) throws(AWSError) -> TransitGateway {
        let here = place(of: session)
        guard let gateway = network.transitGateways[id], gateway.place.region == here.region,
            gateway.place.accountID == here.accountID
                || isShared(gateway.arn, owner: gateway.place, with: here.accountID)
        else {
            throw AWSError(.invalidTransitGatewayIDNotFound, "Transit Gateway \(id) was deleted or does not exist.")
        }
        return gateway
    }

    /// The address set of a prefix list, when it exists in `region`.
    func prefixListAddresses(_ id: String, region: String) -> AddressSet? {
        if let list = network.prefixLists[id], list.region == region { return list.addresses }
        return AWSPrefixLists.list(id: id, region: region)?.addresses
    }

    /// Reads a list of CIDR blocks, naming the first invalid one.
    static func cidrs(_ texts: [String]) throws(AWSError) -> [IPv4CIDR] {
        var blocks: [IPv4CIDR] = []
        for text in texts { blocks.append(try IPv4CIDR(text)) }
        return blocks
    }
}
