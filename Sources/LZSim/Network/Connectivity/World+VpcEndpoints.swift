import LZPolicy

extension World {
    /// `CreateVpcEndpoint`: a gateway endpoint (S3, DynamoDB) adds the service's prefix-list route
    /// to each route table; an interface endpoint places an interface in each subnet.
    /// - Parameters:
    ///   - serviceName: `com.amazonaws.REGION.SERVICE`.
    ///   - policyDocument: The endpoint policy; full access when `nil`.
    /// - Throws: `InvalidServiceName`, `InvalidParameterValue` (wrong type for the service, a
    ///   route table or subnet of another VPC), `InvalidPolicyDocument`.
    @discardableResult
    public mutating func createVpcEndpoint(
        vpcId: String,
        serviceName: String,
        vpcEndpointType: VpcEndpoint.EndpointType = .gateway,
        routeTableIds: [String] = [],
        subnetIds: [String] = [],
        securityGroupIds: [String] = [],
        privateDnsEnabled: Bool = true,
        policyDocument: String? = nil,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> VpcEndpoint {
        let vpc = try ownVpc(vpcId, session)
        let prefix = "com.amazonaws.\(vpc.place.region)."
        guard serviceName.hasPrefix(prefix), serviceName.count > prefix.count else {
            throw AWSError(.invalidServiceName, "The Vpc Endpoint Service '\(serviceName)' does not exist")
        }
        let service = String(serviceName.dropFirst(prefix.count))
        if vpcEndpointType == .gateway, AWSPrefixLists.list(service: service, region: vpc.place.region) == nil {
            throw AWSError(
                .invalidParameterValue,
                "Endpoint type (Gateway) does not match available service types ([Interface]) for \(serviceName)")
        }
        for id in routeTableIds where network.routeTables[id]?.vpcId != vpcId {
            throw AWSError(.invalidRouteTableIDNotFound, "The routeTable ID '\(id)' does not exist in \(vpcId)")
        }
        var subnets: [Subnet] = []
        for id in subnetIds {
            let subnet = try usableSubnet(id, session)
            guard subnet.vpcId == vpcId else {
                throw AWSError(.invalidParameterValue, "The subnet \(id) does not belong to VPC \(vpcId)")
            }
            subnets.append(subnet)
        }
        let groups =
            vpcEndpointType == .interface
            ? try interfaceGroups(securityGroupIds, subnet: subnets.first ?? Subnet.placeholder(vpcId)) : []
        let text = policyDocument ?? VpcEndpoint.fullAccessPolicy
        let policy = try compilePolicy(
            text, kind: .vpcEndpoint, name: "endpoint policy", codes: DocumentErrorCodes.ec2)
        try authorizeEC2(
            session, "CreateVpcEndpoint", resource: vpc.place.arn("vpc-endpoint", "*"), requestTags: tags, vpc: vpc.arn)
        let endpointId = ids.ec2ID("vpce")
        var interfaces: [String] = []
        for subnet in subnets where vpcEndpointType == .interface {
            let interface = try addInterface(
                subnet: subnet, place: vpc.place, privateIp: nil, groups: groups,
                description: "VPC Endpoint Interface \(endpointId)", type: "vpc_endpoint", requesterManaged: true,
                publicIp: false)
            interfaces.append(interface.networkInterfaceId)
        }
        let endpoint = VpcEndpoint(
            vpcEndpointId: endpointId, vpcId: vpcId, place: vpc.place, vpcEndpointType: vpcEndpointType,
            serviceName: serviceName, routeTableIds: Set(routeTableIds), subnetIds: subnetIds,
            networkInterfaceIds: interfaces, groupIds: groups, privateDnsEnabled: privateDnsEnabled,
            policyDocument: text, policy: policy, tags: tags)
        network.vpcEndpoints[endpointId] = endpoint
        if vpcEndpointType == .gateway, let list = AWSPrefixLists.list(service: service, region: vpc.place.region) {
            for id in routeTableIds {
                network.routeTables[id]!.routes.append(
                    Route(
                        destination: .prefixList(list.prefixListId), target: .gatewayEndpoint(endpointId),
                        origin: .createRoute))
            }
        }
        return endpoint
    }

    /// `ModifyVpcEndpoint`: replaces the endpoint policy.
    public mutating func modifyVpcEndpoint(vpcEndpointId: String, policyDocument: String, as session: Session)
        throws(AWSError)
    {
        guard let endpoint = network.vpcEndpoints[vpcEndpointId], endpoint.place == place(of: session) else {
            throw AWSError(.invalidVpcEndpointIdNotFound, "The Vpc Endpoint Id '\(vpcEndpointId)' does not exist")
        }
        let policy = try compilePolicy(
            policyDocument, kind: .vpcEndpoint, name: "endpoint policy of \(vpcEndpointId)", codes: .ec2)
        try authorizeEC2(session, "ModifyVpcEndpoint", resource: endpoint.arn, tags: endpoint.tags)
        network.vpcEndpoints[vpcEndpointId]!.policy = policy
        network.vpcEndpoints[vpcEndpointId]!.policyDocument = policyDocument
    }

    /// The policy of the VPC endpoint a request comes through, which joins its authorization
    /// (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html).
    func vpcEndpointPolicy(forRequestFrom session: Session) -> Policy? {
        session.attributes.sourceVPCEndpoint.flatMap { network.vpcEndpoints[$0]?.policy }
    }
}

extension World.DocumentErrorCodes {
    /// EC2 rejects an endpoint policy with `InvalidPolicyDocument`.
    static let ec2 = World.DocumentErrorCodes(
        malformed: AWSError.Code(rawValue: "InvalidPolicyDocument"),
        tooLarge: AWSError.Code(rawValue: "InvalidPolicyDocument"))
}

extension Subnet {
    /// A stand-in for an interface endpoint created without subnets, so its groups are still checked against its VPC.
    static func placeholder(_ vpcId: String) -> Subnet {
        Subnet(
            subnetId: "", vpcId: vpcId, place: ResourcePlace(accountID: "", region: ""), availabilityZone: "",
            cidrBlock: IPv4CIDR(host: 0), mapPublicIpOnLaunch: false, tags: [:])
    }
}
