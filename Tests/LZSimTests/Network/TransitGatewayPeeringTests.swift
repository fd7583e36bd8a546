import LZSim
import Testing

/// Transit gateway peering: requested by one gateway's owner, accepted by the other's, carrying
/// static routes only (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html).
@Suite struct TransitGatewayPeeringTests {
    struct Peered {
        var small: SmallNetwork
        var a: (vpc: Vpc, subnet: Subnet, instance: Instance)
        var b: (vpc: Vpc, subnet: Subnet, instance: Instance)
        var first: TransitGateway
        var second: TransitGateway
        var peering: TransitGatewayAttachment
    }

    /// Two VPCs, each on its own transit gateway (EC2's default association and propagation),
    /// routed to it, and a peering attachment between the gateways, not yet accepted.
    static func peered() throws -> Peered {
        var small = try SmallNetwork()
        let admin = small.admin
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let first = try small.world.createTransitGateway(amazonSideAsn: 64_512, as: admin)
        let second = try small.world.createTransitGateway(amazonSideAsn: 64_513, as: admin)
        for (vpc, subnet, gateway, peer) in [(a.vpc, a.subnet, first, b.vpc), (b.vpc, b.subnet, second, a.vpc)] {
            try small.world.createTransitGatewayVpcAttachment(
                transitGatewayId: gateway.transitGatewayId, vpcId: vpc.vpcId, subnetIds: [subnet.subnetId], as: admin)
            try small.world.createRoute(
                routeTableId: vpc.mainRouteTableId, destinationCidrBlock: peer.cidrBlock.description,
                transitGatewayId: gateway.transitGatewayId, as: admin)
        }
        let peering = try small.world.createTransitGatewayPeeringAttachment(
            transitGatewayId: first.transitGatewayId, peerTransitGatewayId: second.transitGatewayId,
            peerAccountId: admin.accountID, peerRegion: "us-east-1", as: admin)
        return Peered(small: small, a: a, b: b, first: first, second: second, peering: peering)
    }

    /// Adds each side's static route to the other side's VPC over the peering.
    static func route(_ peered: inout Peered) throws {
        let id = peered.peering.transitGatewayAttachmentId
        for (gateway, vpc) in [(peered.first, peered.b.vpc), (peered.second, peered.a.vpc)] {
            try peered.small.world.createTransitGatewayRoute(
                destinationCidrBlock: vpc.cidrBlock.description,
                transitGatewayRouteTableId: gateway.associationDefaultRouteTableId!, transitGatewayAttachmentId: id,
                as: peered.small.admin)
        }
    }

    func reach(_ peered: Peered) throws -> ReachabilityResult {
        try peered.small.world.reach(
            from: .instance(peered.a.instance.instanceId), to: .instance(peered.b.instance.instanceId),
            ports: 443...443)
    }

    @Test("once accepted and routed statically on both sides, a VPC reaches the peer gateway's VPC")
    func staticRoutesOverPeering() throws {
        var peered = try Self.peered()
        #expect(peered.peering.state == .pendingAcceptance)
        try Self.route(&peered)
        #expect(try !reach(peered).isReachable)
        try peered.small.world.acceptTransitGatewayPeeringAttachment(
            transitGatewayAttachmentId: peered.peering.transitGatewayAttachmentId, as: peered.small.admin)
        let answer = try reach(peered)
        #expect(answer.isReachable, "\(answer)")
        let tables = answer.reachablePaths.first?.hops.filter { $0.kind == .transitGatewayRouteTable }.count
        #expect(tables == 2)
    }

    @Test("without static routes nothing crosses: a peering attachment never propagates")
    func noPropagation() throws {
        var peered = try Self.peered()
        let id = peered.peering.transitGatewayAttachmentId
        try peered.small.world.acceptTransitGatewayPeeringAttachment(
            transitGatewayAttachmentId: id, as: peered.small.admin)
        let answer = try reach(peered)
        #expect(!answer.isReachable)
        #expect(answer.blocks.first?.reason == .noRoute)
        #expect(
            errorCode {
                try peered.small.world.enableTransitGatewayRouteTablePropagation(
                    transitGatewayRouteTableId: peered.second.associationDefaultRouteTableId!,
                    transitGatewayAttachmentId: id, as: peered.small.admin)
            } == "InvalidParameterValue")
    }

    @Test("deleting the peering attachment turns the static routes over it into blackholes")
    func deletedPeering() throws {
        var peered = try Self.peered()
        try Self.route(&peered)
        let id = peered.peering.transitGatewayAttachmentId
        try peered.small.world.acceptTransitGatewayPeeringAttachment(
            transitGatewayAttachmentId: id, as: peered.small.admin)
        try peered.small.world.deleteTransitGatewayPeeringAttachment(
            transitGatewayAttachmentId: id, as: peered.small.admin)
        let answer = try reach(peered)
        #expect(!answer.isReachable)
        #expect(answer.blocks.first?.reason == .blackholeRoute)
    }

    @Test("a gateway cannot peer with itself or with one that is not where the request says")
    func badRequests() throws {
        var peered = try Self.peered()
        let admin = peered.small.admin
        let first = peered.first.transitGatewayId
        #expect(
            errorCode {
                try peered.small.world.createTransitGatewayPeeringAttachment(
                    transitGatewayId: first, peerTransitGatewayId: first, peerAccountId: admin.accountID,
                    peerRegion: "us-east-1", as: admin)
            } == "InvalidParameterValue")
        #expect(
            errorCode {
                try peered.small.world.createTransitGatewayPeeringAttachment(
                    transitGatewayId: first, peerTransitGatewayId: peered.second.transitGatewayId,
                    peerAccountId: "111111111111", peerRegion: "us-east-1", as: admin)
            } == "InvalidTransitGatewayID.NotFound")
        try peered.small.world.acceptTransitGatewayPeeringAttachment(
            transitGatewayAttachmentId: peered.peering.transitGatewayAttachmentId, as: admin)
        #expect(
            errorCode {
                try peered.small.world.acceptTransitGatewayPeeringAttachment(
                    transitGatewayAttachmentId: peered.peering.transitGatewayAttachmentId, as: admin)
            } == "IncorrectState")
    }
}
