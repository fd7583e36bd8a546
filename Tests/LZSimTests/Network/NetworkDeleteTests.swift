import LZSim
import Testing

/// Deletes and detaches with EC2's dependency checks, and the blackholes routes become when
/// their target goes (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).
@Suite struct NetworkDeleteTests {
    @Test(
        "DeleteSecurityGroup: CannotDelete for the default group, DependencyViolation in use, InvalidGroup.InUse when referenced"
    )
    func deleteSecurityGroup() throws {
        var small = try SmallNetwork()
        let admin = small.admin
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let inUse = small.world.network.networkInterfaces[a.instance.networkInterfaceId]!.groups[0]
        #expect(
            errorCode { try small.world.deleteSecurityGroup(groupId: a.vpc.defaultSecurityGroupId, as: admin) }
                == "CannotDelete")
        #expect(errorCode { try small.world.deleteSecurityGroup(groupId: inUse, as: admin) } == "DependencyViolation")
        let referenced = try small.world.createSecurityGroup(
            groupName: "db", description: "db", vpcId: a.vpc.vpcId, as: admin)
        let referencing = try small.world.createSecurityGroup(
            groupName: "app", description: "app", vpcId: a.vpc.vpcId, as: admin)
        try small.world.authorizeSecurityGroupEgress(
            groupId: referencing.groupId, ipPermissions: [.tcp(5432...5432, group: referenced.groupId)], as: admin)
        #expect(
            errorCode { try small.world.deleteSecurityGroup(groupId: referenced.groupId, as: admin) }
                == "InvalidGroup.InUse")
        try small.world.deleteSecurityGroup(groupId: referencing.groupId, as: admin)
        try small.world.deleteSecurityGroup(groupId: referenced.groupId, as: admin)
        #expect(small.world.network.securityGroups[referenced.groupId] == nil)
        #expect(
            errorCode { try small.world.deleteSecurityGroup(groupId: referenced.groupId, as: admin) }
                == "InvalidGroup.NotFound")
    }

    @Test(
        "an internet gateway detaches only once no interface of its VPC has a public address, and deletes only detached"
    )
    func internetGateway() throws {
        var small = try SmallNetwork()
        let admin = small.admin
        let vpc = try small.world.createVpc(cidrBlock: "10.20.0.0/16", as: admin)
        let subnet = try small.world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.20.0.0/24", availabilityZone: "us-east-1a", as: admin)
        let igw = try small.world.createInternetGateway(as: admin)
        try small.world.attachInternetGateway(internetGatewayId: igw.internetGatewayId, vpcId: vpc.vpcId, as: admin)
        try small.world.createRoute(
            routeTableId: vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.internetGatewayId,
            as: admin)
        let interface = try small.world.createNetworkInterface(subnetId: subnet.subnetId, as: admin)
        let address = try small.world.allocateAddress(as: admin)
        try small.world.associateAddress(
            allocationId: address.allocationId, networkInterfaceId: interface.networkInterfaceId, as: admin)
        #expect(
            errorCode { try small.world.deleteInternetGateway(internetGatewayId: igw.internetGatewayId, as: admin) }
                == "DependencyViolation")
        #expect(
            errorCode {
                try small.world.detachInternetGateway(
                    internetGatewayId: igw.internetGatewayId, vpcId: vpc.vpcId, as: admin)
            } == "DependencyViolation")
        try small.world.deleteNetworkInterface(networkInterfaceId: interface.networkInterfaceId, as: admin)
        try small.world.detachInternetGateway(internetGatewayId: igw.internetGatewayId, vpcId: vpc.vpcId, as: admin)
        let table = small.world.network.routeTables[vpc.mainRouteTableId]!
        #expect(
            small.world.routes(of: table).contains {
                $0.route.target == .internetGateway(igw.internetGatewayId) && !$0.isActive
            })
        try small.world.deleteInternetGateway(internetGatewayId: igw.internetGatewayId, as: admin)
        #expect(small.world.network.internetGateways[igw.internetGatewayId] == nil)
    }

    @Test("DeleteVpc names every dependency, and succeeds once subnets, gateways, ACLs, tables and groups are gone")
    func deleteVpc() throws {
        var small = try SmallNetwork()
        let admin = small.admin
        let vpc = try small.world.createVpc(cidrBlock: "10.30.0.0/16", as: admin)
        let subnet = try small.world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.30.0.0/24", availabilityZone: "us-east-1a", as: admin)
        let acl = try small.world.createNetworkAcl(vpcId: vpc.vpcId, as: admin)
        let table = try small.world.createRouteTable(vpcId: vpc.vpcId, as: admin)
        try small.world.associateRouteTable(routeTableId: table.routeTableId, subnetId: subnet.subnetId, as: admin)
        let eigw = try small.world.createEgressOnlyInternetGateway(vpcId: vpc.vpcId, as: admin)
        do {
            try small.world.deleteVpc(vpcId: vpc.vpcId, as: admin)
            Issue.record("DeleteVpc should refuse")
        } catch {
            #expect(error.code == .dependencyViolation)
            for id in [subnet.subnetId, acl.networkAclId, table.routeTableId, eigw.egressOnlyInternetGatewayId] {
                #expect(error.message.contains(id), "\(error.message)")
            }
        }
        #expect(
            errorCode { try small.world.deleteRouteTable(routeTableId: table.routeTableId, as: admin) }
                == "DependencyViolation")
        #expect(
            errorCode { try small.world.deleteRouteTable(routeTableId: vpc.mainRouteTableId, as: admin) }
                == "DependencyViolation")
        #expect(
            errorCode { try small.world.deleteNetworkAcl(networkAclId: vpc.defaultNetworkAclId, as: admin) }
                == "InvalidParameterValue")
        try small.world.replaceNetworkAclAssociation(
            subnetId: subnet.subnetId, networkAclId: acl.networkAclId, as: admin)
        #expect(
            errorCode { try small.world.deleteNetworkAcl(networkAclId: acl.networkAclId, as: admin) }
                == "DependencyViolation")
        try small.world.deleteSubnet(subnetId: subnet.subnetId, as: admin)
        try small.world.deleteNetworkAcl(networkAclId: acl.networkAclId, as: admin)
        try small.world.deleteRouteTable(routeTableId: table.routeTableId, as: admin)
        try small.world.deleteEgressOnlyInternetGateway(
            egressOnlyInternetGatewayId: eigw.egressOnlyInternetGatewayId, as: admin)
        try small.world.deleteVpc(vpcId: vpc.vpcId, as: admin)
        #expect(small.world.network.vpcs[vpc.vpcId] == nil)
        #expect(small.world.network.securityGroups[vpc.defaultSecurityGroupId] == nil)
    }

    @Test(
        "a subnet a transit gateway attachment uses cannot be deleted; deleting the attachment blackholes the VPC's route"
    )
    func transitGatewayAttachment() throws {
        let reference = try ReferenceNetwork()
        var world = reference.world
        let attachment = try #require(
            world.network.transitGatewayAttachments.values.first { $0.resourceId == reference.prodVpc.vpcId })
        #expect(
            errorCode { try world.deleteSubnet(subnetId: attachment.subnetIds[0], as: reference.prodAdmin) }
                == "DependencyViolation")
        try world.deleteTransitGatewayVpcAttachment(
            transitGatewayAttachmentId: attachment.transitGatewayAttachmentId, as: reference.prodAdmin)
        let table = world.network.routeTables[reference.prodVpc.mainRouteTableId]!
        #expect(
            world.routes(of: table).contains {
                $0.route.target == .transitGateway(reference.transitGateway.transitGatewayId) && !$0.isActive
            })
        let answer = try world.reach(
            from: .instance(reference.prodApp.instanceId), to: .instance(reference.artifacts.instanceId),
            ports: 443...443)
        #expect(answer.blocks.first?.reason == .blackholeRoute)
        try world.deleteSubnet(subnetId: attachment.subnetIds[0], as: reference.prodAdmin)
    }
}
