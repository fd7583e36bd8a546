import LZSim
import Testing

/// Bad input gets EC2's error code and a message naming the value, and changes nothing.
@Suite struct NetworkValidationTests {
    @Test(
        "VPC blocks are refused with EC2's code",
        arguments: [
            ("10.0.0.0/33", "InvalidParameterValue"), ("10.0.0.1/16", "InvalidParameterValue"),
            ("300.0.0.0/16", "InvalidParameterValue"), ("10.0.0.0/8", "InvalidVpc.Range"),
            ("10.0.0.0/29", "InvalidVpc.Range"), ("ten/16", "InvalidParameterValue"),
        ])
    func vpcBlocks(cidr: String, code: String) throws {
        var small = try SmallNetwork()
        let error = #expect(throws: AWSError.self) { try small.world.createVpc(cidrBlock: cidr, as: small.admin) }
        #expect(error?.code.rawValue == code)
        #expect(error?.message.contains(cidr) == true)
        #expect(small.world.network.vpcs.isEmpty)
    }

    @Test(
        "subnets must lie inside their VPC and overlap no other",
        arguments: [
            ("10.9.0.0/24", "InvalidSubnet.Range"), ("10.10.0.128/25", "InvalidSubnet.Conflict"),
            ("10.10.0.0/23", "InvalidSubnet.Conflict"), ("10.10.1.0/29", "InvalidSubnet.Range"),
        ])
    func subnetBlocks(cidr: String, code: String) throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let error = #expect(throws: AWSError.self) {
            try small.world.createSubnet(
                vpcID: a.vpc.vpcId, cidrBlock: cidr, availabilityZone: "us-east-1a", as: small.admin)
        }
        #expect(error?.code.rawValue == code)
        #expect(error?.message.contains(cidr) == true)
        #expect(small.world.subnets(ofVpc: a.vpc.vpcId).count == 1)
    }

    @Test("a secondary block may not overlap the VPC's blocks")
    func secondaryBlocks() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        try small.world.associateVpcCidrBlock(vpcId: a.vpc.vpcId, cidrBlock: "10.11.0.0/16", as: small.admin)
        let error = #expect(throws: AWSError.self) {
            try small.world.associateVpcCidrBlock(vpcId: a.vpc.vpcId, cidrBlock: "10.11.128.0/17", as: small.admin)
        }
        #expect(error?.code == .invalidVpcRange)
        // The secondary block takes subnets like the primary one.
        try small.world.createSubnet(
            vpcID: a.vpc.vpcId, cidrBlock: "10.11.0.0/24", availabilityZone: "us-east-1b", as: small.admin)
    }

    @Test("a route's target must belong to the route table's VPC, exist, and be unique per destination")
    func routeTargets() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let igw = try small.world.createInternetGateway(as: small.admin)
        try small.world.attachInternetGateway(
            internetGatewayId: igw.internetGatewayId, vpcId: b.vpc.vpcId, as: small.admin)
        let foreign = #expect(throws: AWSError.self) {
            try small.world.createRoute(
                routeTableId: a.vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
                gatewayId: igw.internetGatewayId, as: small.admin)
        }
        #expect(foreign?.code == .invalidParameterValue)
        #expect(foreign?.message.contains(igw.internetGatewayId) == true)
        let unknown = #expect(throws: AWSError.self) {
            try small.world.createRoute(
                routeTableId: a.vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
                natGatewayId: "nat-0000000000000000a",
                as: small.admin)
        }
        #expect(unknown?.code == .invalidNatGatewayIDNotFound)
        let twoTargets = #expect(throws: AWSError.self) {
            try small.world.createRoute(
                routeTableId: b.vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
                gatewayId: igw.internetGatewayId, natGatewayId: "nat-0000000000000000a", as: small.admin)
        }
        #expect(twoTargets?.code == .invalidParameterValue)
        try small.world.createRoute(
            routeTableId: b.vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.internetGatewayId,
            as: small.admin)
        let duplicate = #expect(throws: AWSError.self) {
            try small.world.createRoute(
                routeTableId: b.vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
                gatewayId: igw.internetGatewayId,
                as: small.admin)
        }
        #expect(duplicate?.code == .routeAlreadyExists)
        let missing = #expect(throws: AWSError.self) {
            try small.world.deleteRoute(
                routeTableId: b.vpc.mainRouteTableId, destinationCidrBlock: "172.16.0.0/12", as: small.admin)
        }
        #expect(missing?.code == .invalidRouteNotFound)
        #expect(missing?.message.contains("172.16.0.0/12") == true)
        #expect(small.world.network.routeTables[a.vpc.mainRouteTableId]!.routes.isEmpty)
        #expect(small.world.network.routeTables[b.vpc.mainRouteTableId]!.routes.count == 1)
    }

    @Test("a batch of permissions with one impossible port range adds none of them")
    func nothingHalfApplied() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let group = try small.world.createSecurityGroup(
            groupName: "web", description: "web", vpcId: a.vpc.vpcId, as: small.admin)
        let error = #expect(throws: AWSError.self) {
            try small.world.authorizeSecurityGroupIngress(
                groupId: group.groupId,
                ipPermissions: [
                    .tcp(443...443, cidr: "0.0.0.0/0"),
                    IpPermission(ipProtocol: "tcp", fromPort: 443, toPort: 80, cidrIp: "10.0.0.0/8"),
                ], as: small.admin)
        }
        #expect(error?.code == .invalidParameterValue)
        #expect(error?.message.contains("443-80") == true)
        #expect(small.world.network.securityGroups[group.groupId]!.ingressRules.isEmpty)
        let port = #expect(throws: AWSError.self) {
            try small.world.authorizeSecurityGroupIngress(
                groupId: group.groupId, ipPermissions: [.udp(0...70_000, cidr: "10.0.0.0/8")], as: small.admin)
        }
        #expect(port?.code == .invalidParameterValue)
        try small.world.authorizeSecurityGroupIngress(
            groupId: group.groupId, ipPermissions: [.tcp(443...443, cidr: "0.0.0.0/0")], as: small.admin)
        let duplicate = #expect(throws: AWSError.self) {
            try small.world.authorizeSecurityGroupIngress(
                groupId: group.groupId, ipPermissions: [.tcp(443...443, cidr: "0.0.0.0/0")], as: small.admin)
        }
        #expect(duplicate?.code == .invalidPermissionDuplicate)
    }

    @Test("a security group may reference another VPC's group only across an active peering connection")
    func crossVpcReferences() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let groupA = try small.world.createSecurityGroup(
            groupName: "a", description: "a", vpcId: a.vpc.vpcId, as: small.admin)
        let groupB = try small.world.createSecurityGroup(
            groupName: "b", description: "b", vpcId: b.vpc.vpcId, as: small.admin)
        let error = #expect(throws: AWSError.self) {
            try small.world.authorizeSecurityGroupIngress(
                groupId: groupA.groupId, ipPermissions: [.tcp(443...443, group: groupB.groupId)], as: small.admin)
        }
        #expect(error?.code == .invalidGroupNotFound)
        #expect(error?.message.contains(groupB.groupId) == true)
        let interface = #expect(throws: AWSError.self) {
            try small.world.createNetworkInterface(
                subnetId: a.subnet.subnetId, groups: [groupB.groupId], as: small.admin)
        }
        #expect(interface?.code == .invalidGroupNotFound)
        _ = try small.peer(a.vpc, b.vpc)
        try small.world.authorizeSecurityGroupIngress(
            groupId: groupA.groupId, ipPermissions: [.tcp(443...443, group: groupB.groupId)], as: small.admin)
    }

    @Test("peering VPCs whose blocks overlap fails and cannot be accepted")
    func overlappingPeering() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.10.0.0/20", subnet: "10.10.0.0/24")
        let connection = try small.world.createVpcPeeringConnection(
            vpcId: a.vpc.vpcId, peerVpcId: b.vpc.vpcId, as: small.admin)
        #expect(connection.status == .failed)
        #expect(connection.statusMessage.contains("10.10.0.0/20"))
        let error = #expect(throws: AWSError.self) {
            try small.world.acceptVpcPeeringConnection(
                vpcPeeringConnectionId: connection.vpcPeeringConnectionId, as: small.admin)
        }
        #expect(error?.code == .invalidStateTransition)
    }

    @Test("a transit gateway attachment takes subnets of its VPC, one per Availability Zone")
    func attachmentSubnets() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let tgw = try small.world.createTransitGateway(as: small.admin)
        let careless = try small.world.createTransitGateway(autoAcceptSharedAttachments: true, as: small.admin)
        #expect(
            small.world.transitGatewaysAutoAcceptingAttachments().map(\.transitGatewayId) == [careless.transitGatewayId]
        )
        let second = try small.world.createSubnet(
            vpcID: a.vpc.vpcId, cidrBlock: "10.10.1.0/24", availabilityZone: "us-east-1a", as: small.admin)
        let sameZone = #expect(throws: AWSError.self) {
            try small.world.createTransitGatewayVpcAttachment(
                transitGatewayId: tgw.transitGatewayId, vpcId: a.vpc.vpcId,
                subnetIds: [a.subnet.subnetId, second.subnetId], as: small.admin)
        }
        #expect(sameZone?.code == .duplicateSubnetsInSameZone)
        let foreign = #expect(throws: AWSError.self) {
            try small.world.createTransitGatewayVpcAttachment(
                transitGatewayId: tgw.transitGatewayId, vpcId: a.vpc.vpcId, subnetIds: [b.subnet.subnetId],
                as: small.admin)
        }
        #expect(foreign?.code == .invalidParameterValue)
        #expect(foreign?.message.contains(b.subnet.subnetId) == true)
        #expect(small.world.network.transitGatewayAttachments.isEmpty)
        let attachment = try small.world.createTransitGatewayVpcAttachment(
            transitGatewayId: tgw.transitGatewayId, vpcId: a.vpc.vpcId, subnetIds: [a.subnet.subnetId], as: small.admin)
        // The default route table gets the association and the propagation.
        #expect(attachment.associatedRouteTableId == tgw.associationDefaultRouteTableId)
        let table = small.world.network.transitGatewayRouteTables[tgw.propagationDefaultRouteTableId!]!
        #expect(
            small.world.transitGatewayRoutes(of: table).map(\.description) == [
                "10.10.0.0/16 -> \(attachment.transitGatewayAttachmentId) (propagated)"
            ])
        let again = #expect(throws: AWSError.self) {
            try small.world.associateTransitGatewayRouteTable(
                transitGatewayRouteTableId: table.transitGatewayRouteTableId,
                transitGatewayAttachmentId: attachment.transitGatewayAttachmentId, as: small.admin)
        }
        #expect(again?.code == .resourceAlreadyAssociated)
    }

    @Test("network ACL entries need a valid number, unique per direction")
    func aclEntries() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let acl = a.vpc.defaultNetworkAclId
        for (number, code) in [
            (0, "InvalidParameterValue"), (32_767, "InvalidParameterValue"), (100, "NetworkAclEntryAlreadyExists"),
        ] {
            let error = #expect(throws: AWSError.self) {
                try small.world.createNetworkAclEntry(
                    networkAclId: acl, ruleNumber: number, protocol: "-1", ruleAction: "deny", egress: false,
                    cidrBlock: "0.0.0.0/0", as: small.admin)
            }
            #expect(error?.code.rawValue == code)
        }
    }

    @Test("reach questions with impossible ports or unknown places are refused")
    func badQuestions() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let world = small.world
        #expect(throws: AWSError.self) {
            try world.reach(from: .instance(a.instance.instanceId), to: .internet, ports: 0...70_000)
        }
        let unknown = #expect(throws: AWSError.self) {
            try world.reach(from: .networkInterface("eni-00000000000000000"), to: .internet)
        }
        #expect(unknown?.code == .invalidNetworkInterfaceIDNotFound)
    }
}
