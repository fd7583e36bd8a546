import LZSim
import Testing

/// IPv6 through a transit gateway: only over attachments with IPv6 support, which propagate
/// their VPC's IPv6 blocks; static routes take IPv6 blocks too.
@Suite struct TransitGatewayIPv6Tests {
    struct Spokes {
        var small: SmallNetwork
        var gateway: TransitGateway
        var instances: [Instance]
        var attachments: [TransitGatewayAttachment]
    }

    /// Two dual-stack VPCs on one gateway, each routing ::/0 to it, whose groups let in only IPv6.
    static func spokes(ipv6Support: [Bool]) throws -> Spokes {
        var small = try SmallNetwork()
        let admin = small.admin
        let gateway = try small.world.createTransitGateway(as: admin)
        var instances: [Instance] = []
        var attachments: [TransitGatewayAttachment] = []
        for (index, support) in ipv6Support.enumerated() {
            let vpc = try small.world.createVpc(
                cidrBlock: "10.\(index + 1).0.0/16", ipv6CidrBlock: "2001:db8:\(index + 1)00::/56", as: admin)
            let subnet = try small.world.createSubnet(
                vpcID: vpc.vpcId, cidrBlock: "10.\(index + 1).0.0/24", availabilityZone: "us-east-1a",
                ipv6CidrBlock: "2001:db8:\(index + 1)00:1::/64", assignIpv6AddressOnCreation: true, as: admin)
            let group = try small.world.createSecurityGroup(
                groupName: "app", description: "app", vpcId: vpc.vpcId, as: admin)
            try small.world.authorizeSecurityGroupIngress(
                groupId: group.groupId,
                ipPermissions: [IpPermission(ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv6: "2001:db8::/32")],
                as: admin)
            try small.world.authorizeSecurityGroupEgress(
                groupId: group.groupId, ipPermissions: [IpPermission(ipProtocol: "-1", cidrIpv6: "::/0")], as: admin)
            attachments.append(
                try small.world.createTransitGatewayVpcAttachment(
                    transitGatewayId: gateway.transitGatewayId, vpcId: vpc.vpcId, subnetIds: [subnet.subnetId],
                    ipv6Support: support, as: admin))
            try small.world.createRoute(
                routeTableId: vpc.mainRouteTableId, destinationIpv6CidrBlock: "::/0",
                transitGatewayId: gateway.transitGatewayId, as: admin)
            instances.append(
                try small.world.runInstances(subnetId: subnet.subnetId, securityGroupIds: [group.groupId], as: admin))
        }
        return Spokes(small: small, gateway: gateway, instances: instances, attachments: attachments)
    }

    func reach(_ spokes: Spokes) throws -> ReachabilityResult {
        try spokes.small.world.reach(
            from: .instance(spokes.instances[0].instanceId), to: .instance(spokes.instances[1].instanceId),
            ports: 443...443)
    }

    @Test("attachments with IPv6 support propagate the VPCs' IPv6 blocks and carry IPv6 between them")
    func propagated() throws {
        let spokes = try Self.spokes(ipv6Support: [true, true])
        let table = spokes.small.world.network.transitGatewayRouteTables[
            spokes.gateway.associationDefaultRouteTableId!]!
        let routes = spokes.small.world.transitGatewayRoutes(of: table).map(\.destination.description)
        #expect(routes.contains("2001:db8:100::/56") && routes.contains("2001:db8:200::/56"), "\(routes)")
        let answer = try reach(spokes)
        #expect(answer.isReachable, "\(answer)")
        #expect(answer.reachablePaths.allSatisfy { $0.packets.sources.of(.ipv4).isEmpty })
    }

    @Test("without IPv6 support on the source's attachment, IPv6 never enters the gateway")
    func noSupport() throws {
        let spokes = try Self.spokes(ipv6Support: [false, true])
        let answer = try reach(spokes)
        #expect(!answer.isReachable)
        #expect(answer.blocks.contains { $0.detail.contains("has no IPv6 support") })
    }

    @Test("IPv6 static and blackhole routes in a transit gateway route table, longest prefix first")
    func staticRoutes() throws {
        var spokes = try Self.spokes(ipv6Support: [true, true])
        let table = spokes.gateway.associationDefaultRouteTableId!
        try spokes.small.world.createTransitGatewayRoute(
            destinationCidrBlock: "2001:db8:200:1::/64", transitGatewayRouteTableId: table, blackhole: true,
            as: spokes.small.admin)
        let answer = try reach(spokes)
        #expect(!answer.isReachable)
        // The IPv4 walk stops at the VPC's route table; the IPv6 one at the /64 blackhole, which
        // wins over the propagated /56.
        #expect(answer.blocks.contains { $0.reason == .blackholeRoute && $0.detail.hasPrefix("2001:db8:200:1::/64") })
        #expect(
            errorCode {
                try spokes.small.world.createTransitGatewayVpcAttachment(
                    transitGatewayId: spokes.gateway.transitGatewayId,
                    vpcId: try spokes.small.world.createVpc(cidrBlock: "10.9.0.0/16", as: spokes.small.admin).vpcId,
                    subnetIds: ["subnet-0"], ipv6Support: true, as: spokes.small.admin)
            } == "InvalidParameterValue")
    }
}
