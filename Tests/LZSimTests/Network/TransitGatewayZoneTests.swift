import LZSim
import Testing

/// A VPC reaches its transit gateway only from Availability Zones where its attachment has a
/// subnet (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html).
@Suite struct TransitGatewayZoneTests {
    @Test("an instance in a zone without an attachment subnet cannot reach the gateway; one beside it can")
    func zones() throws {
        var small = try SmallNetwork()
        let admin = small.admin
        let gateway = try small.world.createTransitGateway(as: admin)
        var instances: [String: Instance] = [:]
        for (index, zones) in [["us-east-1a", "us-east-1b"], ["us-east-1a"]].enumerated() {
            let vpc = try small.world.createVpc(cidrBlock: "10.\(index + 1).0.0/16", as: admin)
            let group = try small.world.createSecurityGroup(
                groupName: "app", description: "app", vpcId: vpc.vpcId, as: admin)
            try small.world.authorizeSecurityGroupIngress(
                groupId: group.groupId,
                ipPermissions: [IpPermission(ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIp: "10.0.0.0/8")],
                as: admin)
            var subnets: [Subnet] = []
            for (offset, zone) in zones.enumerated() {
                let subnet = try small.world.createSubnet(
                    vpcID: vpc.vpcId, cidrBlock: "10.\(index + 1).\(offset).0/24", availabilityZone: zone, as: admin)
                subnets.append(subnet)
                instances["\(index)-\(zone)"] = try small.world.runInstances(
                    subnetId: subnet.subnetId, securityGroupIds: [group.groupId], as: admin)
            }
            // Attached in the first zone only.
            _ = try small.world.createTransitGatewayVpcAttachment(
                transitGatewayId: gateway.transitGatewayId, vpcId: vpc.vpcId, subnetIds: [subnets[0].subnetId],
                as: admin)
            try small.world.createRoute(
                routeTableId: vpc.mainRouteTableId, destinationCidrBlock: "10.0.0.0/8",
                transitGatewayId: gateway.transitGatewayId, as: admin)
        }
        let target = instances["1-us-east-1a"]!.instanceId
        let attached = try small.world.reach(
            from: .instance(instances["0-us-east-1a"]!.instanceId), to: .instance(target), ports: 443...443)
        #expect(attached.isReachable, "\(attached)")
        let stranded = try small.world.reach(
            from: .instance(instances["0-us-east-1b"]!.instanceId), to: .instance(target), ports: 443...443)
        #expect(!stranded.isReachable)
        let block = try #require(stranded.blocks.first { $0.reason == .noAttachmentInZone }, "\(stranded)")
        #expect(block.detail.contains("has no subnet in us-east-1b"), "\(block.detail)")
    }

    @Test("an attachment's subnets change one per zone, never to none, and only within its VPC")
    func modifySubnets() throws {
        var small = try SmallNetwork()
        let admin = small.admin
        let gateway = try small.world.createTransitGateway(as: admin)
        let vpc = try small.world.createVpc(cidrBlock: "10.1.0.0/16", as: admin)
        let other = try small.world.createVpc(cidrBlock: "10.2.0.0/16", as: admin)
        let a = try small.world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.1.0.0/24", availabilityZone: "us-east-1a", as: admin)
        let a2 = try small.world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.1.1.0/24", availabilityZone: "us-east-1a", as: admin)
        let b = try small.world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.1.2.0/24", availabilityZone: "us-east-1b", as: admin)
        let elsewhere = try small.world.createSubnet(
            vpcID: other.vpcId, cidrBlock: "10.2.0.0/24", availabilityZone: "us-east-1b", as: admin)
        let attachment = try small.world.createTransitGatewayVpcAttachment(
            transitGatewayId: gateway.transitGatewayId, vpcId: vpc.vpcId, subnetIds: [a.subnetId], as: admin)
        let id = attachment.transitGatewayAttachmentId
        func code(_ body: (inout World) throws(AWSError) -> Void) -> String? {
            do throws(AWSError) {
                try body(&small.world)
                return nil
            } catch {
                return error.code.rawValue
            }
        }
        #expect(
            code { world throws(AWSError) in
                try world.modifyTransitGatewayVpcAttachment(
                    transitGatewayAttachmentId: id, addSubnetIds: [a2.subnetId], as: admin)
            } == "DuplicateSubnetsInSameZone")
        #expect(
            code { world throws(AWSError) in
                try world.modifyTransitGatewayVpcAttachment(
                    transitGatewayAttachmentId: id, addSubnetIds: [elsewhere.subnetId], as: admin)
            } == "InvalidParameterValue")
        #expect(
            code { world throws(AWSError) in
                try world.modifyTransitGatewayVpcAttachment(
                    transitGatewayAttachmentId: id, removeSubnetIds: [a.subnetId], as: admin)
            } == "InvalidParameterValue")
        #expect(
            code { world throws(AWSError) in
                try world.modifyTransitGatewayVpcAttachment(
                    transitGatewayAttachmentId: id, addSubnetIds: [b.subnetId], removeSubnetIds: [a.subnetId],
                    as: admin)
            } == nil)
        #expect(small.world.network.transitGatewayAttachments[id]?.subnetIds == [b.subnetId])
    }
}
