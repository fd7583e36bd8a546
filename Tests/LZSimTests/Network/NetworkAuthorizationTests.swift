import LZPolicy
import LZSim
import Testing

/// Networking operations go through the gateway with EC2's action names, and requests through a
/// VPC endpoint are also decided by its policy.
@Suite struct NetworkAuthorizationTests {
    @Test("an SCP denying ec2:CreateVpc in the Dev OU stops developers with UnauthorizedOperation")
    func scpGuardrail() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let policy = try zone.world.createOrganizationPolicy(
            name: "vpc-core", type: .serviceControlPolicy,
            content: Fixture.deny("ec2:CreateVpc"), as: root)
        try zone.world.attachPolicy(policyID: policy.id, targetID: zone.devOU, as: root)
        let developer = try zone.administrator(of: zone.dev)
        let error = #expect(throws: AWSError.self) { try zone.world.createVpc(cidrBlock: "10.1.0.0/16", as: developer) }
        #expect(error?.code == .unauthorizedOperation)
        #expect(error?.decision?.outcome == .explicitlyDenied)
        #expect(error?.message.contains("ec2:CreateVpc") == true)
        #expect(zone.world.network.vpcs.isEmpty)
        let producer = try zone.administrator(of: zone.prod)
        #expect(try zone.world.createVpc(cidrBlock: "10.5.0.0/16", as: producer).place.accountID == zone.prod)
    }

    @Test("a request through a VPC endpoint is also decided by the endpoint's policy")
    func endpointPolicy() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let endpoint = try small.world.createVpcEndpoint(
            vpcId: a.vpc.vpcId, serviceName: "com.amazonaws.us-east-1.s3", routeTableIds: [a.vpc.mainRouteTableId],
            policyDocument: #"""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::artifacts/*"}]}
                """#, as: small.admin)
        let caller = small.admin.with {
            $0.sourceVPCEndpoint = endpoint.vpcEndpointId
            $0.sourceVPC = a.vpc.vpcId
        }
        func decide(_ resource: String) -> Decision {
            small.world.authorize(
                AccessRequest(session: caller, action: "s3:GetObject", resource: ResourceReference(arn: resource)))
        }
        #expect(decide("arn:aws:s3:::artifacts/app.tar").isAllowed)
        let other = decide("arn:aws:s3:::customer-data/records.csv")
        #expect(other.outcome == .implicitlyDenied)
        #expect(other.implicitDenyIn == [.vpcEndpoint])
        // The same request outside the endpoint is the administrator's to make.
        #expect(
            small.world.authorize(
                AccessRequest(
                    session: small.admin, action: "s3:GetObject",
                    resource: ResourceReference(arn: "arn:aws:s3:::customer-data/records.csv"))
            ).isAllowed)
    }

    @Test("the gateway endpoint's prefix-list route carries traffic to S3 and nowhere else")
    func gatewayEndpointRoute() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        #expect(
            try !small.world.reach(from: .instance(a.instance.instanceId), to: .awsService("s3"), ports: 443...443)
                .isReachable)
        try small.world.createVpcEndpoint(
            vpcId: a.vpc.vpcId, serviceName: "com.amazonaws.us-east-1.s3", routeTableIds: [a.vpc.mainRouteTableId],
            as: small.admin)
        #expect(
            try small.world.reach(from: .instance(a.instance.instanceId), to: .awsService("s3"), ports: 443...443)
                .isReachable)
        let error = #expect(throws: AWSError.self) {
            try small.world.createVpcEndpoint(
                vpcId: a.vpc.vpcId, serviceName: "com.amazonaws.us-east-1.kms", vpcEndpointType: .gateway,
                as: small.admin)
        }
        #expect(error?.code == .invalidParameterValue)
        let policy = #expect(throws: AWSError.self) {
            try small.world.createVpcEndpoint(
                vpcId: a.vpc.vpcId, serviceName: "com.amazonaws.us-east-1.dynamodb", policyDocument: "{",
                as: small.admin)
        }
        #expect(policy?.code.rawValue == "InvalidPolicyDocument")
    }

    @Test("a shared subnet is usable by the accounts it is shared with and by no other")
    func sharedSubnets() throws {
        let reference = try ReferenceNetwork()
        var world = reference.world
        let subnet = world.network.instances[reference.devApp.instanceId]!.subnetId
        #expect(world.network.instances[reference.devApp.instanceId]!.place.accountID == reference.zone.dev)
        #expect(world.sharedAccounts(of: world.network.subnets[subnet]!.arn) == [reference.zone.dev])
        let error = #expect(throws: AWSError.self) {
            try world.runInstances(subnetId: subnet, as: reference.prodAdmin)
        }
        #expect(error?.code == .invalidSubnetIDNotFound)
    }
}
