import LZSim
import Testing

/// Peering is not transitive, and network ACLs are stateless.
@Suite struct PeeringAndACLTests {
    @Test("a peering connection is not transitive: A reaches B and B reaches C, but A never reaches C through B")
    func peeringNotTransitive() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let c = try small.vpc("10.30.0.0/16", subnet: "10.30.0.0/24")
        let ab = try small.peer(a.vpc, b.vpc)
        _ = try small.peer(b.vpc, c.vpc)
        // A sends C's block to B: B accepts over the connection only its own addresses.
        try small.world.createRoute(
            routeTableId: a.vpc.mainRouteTableId, destinationCidrBlock: "10.30.0.0/16",
            vpcPeeringConnectionId: ab.vpcPeeringConnectionId, as: small.admin)
        let world = small.world
        #expect(
            try world.reach(from: .instance(a.instance.instanceId), to: .instance(b.instance.instanceId)).isReachable)
        #expect(
            try world.reach(from: .instance(b.instance.instanceId), to: .instance(c.instance.instanceId)).isReachable)
        let transit = try world.reach(from: .instance(a.instance.instanceId), to: .instance(c.instance.instanceId))
        #expect(!transit.isReachable)
        #expect(transit.blocks.map(\.reason) == [.notTransitive])
    }

    @Test("peering with one-way routes fails for want of the route back")
    func peeringNeedsBothRoutes() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let connection = try small.world.createVpcPeeringConnection(
            vpcId: a.vpc.vpcId, peerVpcId: b.vpc.vpcId, as: small.admin)
        try small.world.acceptVpcPeeringConnection(
            vpcPeeringConnectionId: connection.vpcPeeringConnectionId, as: small.admin)
        try small.world.createRoute(
            routeTableId: a.vpc.mainRouteTableId, destinationCidrBlock: "10.20.0.0/16",
            vpcPeeringConnectionId: connection.vpcPeeringConnectionId, as: small.admin)
        let answer = try small.world.reach(from: .instance(a.instance.instanceId), to: .instance(b.instance.instanceId))
        #expect(answer.blocks.map(\.reason) == [.noReturnRoute])
    }

    @Test("a deleted peering connection turns its routes into blackholes")
    func deletedPeeringIsBlackhole() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let connection = try small.peer(a.vpc, b.vpc)
        try small.world.deleteVpcPeeringConnection(
            vpcPeeringConnectionId: connection.vpcPeeringConnectionId, as: small.admin)
        let table = small.world.network.routeTables[a.vpc.mainRouteTableId]!
        #expect(
            small.world.routes(of: table).filter { !$0.isActive }.map(\.description) == [
                "10.20.0.0/16 -> \(connection.vpcPeeringConnectionId) (blackhole)"
            ])
        let answer = try small.world.reach(from: .instance(a.instance.instanceId), to: .instance(b.instance.instanceId))
        #expect(answer.blocks.map(\.reason) == [.blackholeRoute, .noRoute])
    }

    @Test("an ACL that lets the request in but not the response out blocks the connection")
    func statelessReturnBlocked() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let server = try small.world.createSubnet(
            vpcID: a.vpc.vpcId, cidrBlock: "10.10.1.0/24", availabilityZone: "us-east-1b", as: small.admin)
        let group = small.world.network.networkInterfaces[
            small.world.network.instances[a.instance.instanceId]!.networkInterfaceId]!.groups
        let target = try small.world.runInstances(subnetId: server.subnetId, securityGroupIds: group, as: small.admin)
        let acl = try small.world.createNetworkAcl(vpcId: a.vpc.vpcId, as: small.admin)
        try small.world.createNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 100, protocol: "tcp", ruleAction: "allow", egress: false,
            cidrBlock: "10.10.0.0/16", portRange: 443...443, as: small.admin)
        try small.world.createNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 100, protocol: "tcp", ruleAction: "allow", egress: true,
            cidrBlock: "10.10.0.0/16", portRange: 443...443, as: small.admin)
        try small.world.replaceNetworkAclAssociation(
            subnetId: server.subnetId, networkAclId: acl.networkAclId, as: small.admin)
        let client = NetworkPlace.instance(a.instance.instanceId)
        let blocked = try small.world.reach(from: client, to: .instance(target.instanceId), ports: 443...443)
        #expect(blocked.blocks.map(\.reason) == [.networkAclDeniesReturn])
        #expect(blocked.blocks.first?.component == acl.networkAclId)
        try small.world.createNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 110, protocol: "tcp", ruleAction: "allow", egress: true,
            cidrBlock: "10.10.0.0/16", portRange: 1024...65_535, as: small.admin)
        #expect(try small.world.reach(from: client, to: .instance(target.instanceId), ports: 443...443).isReachable)
        let other = try small.world.reach(from: client, to: .instance(target.instanceId), ports: 80...80)
        #expect(other.blocks.first?.reason == .networkAclDeny)
        #expect(other.blocks.first?.detail == "rule * deny all (no numbered rule matches)")
    }

    @Test("a deny rule numbered before an allow wins, and the answer names its number")
    func aclRuleOrder() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.world.createSubnet(
            vpcID: a.vpc.vpcId, cidrBlock: "10.10.1.0/24", availabilityZone: "us-east-1b", as: small.admin)
        let groups = small.world.network.networkInterfaces[
            small.world.network.instances[a.instance.instanceId]!.networkInterfaceId]!.groups
        let target = try small.world.runInstances(subnetId: b.subnetId, securityGroupIds: groups, as: small.admin)
        try small.world.createNetworkAclEntry(
            networkAclId: a.vpc.defaultNetworkAclId, ruleNumber: 90, protocol: "tcp", ruleAction: "deny", egress: false,
            cidrBlock: "10.10.0.0/24", portRange: 20...25, as: small.admin)
        let answer = try small.world.reach(
            from: .instance(a.instance.instanceId), to: .instance(target.instanceId), ports: 22...22)
        #expect(answer.blocks.map(\.detail) == ["rule 90 deny tcp 20-25 from 10.10.0.0/24"])
        let wider = try small.world.reach(
            from: .instance(a.instance.instanceId), to: .instance(target.instanceId), ports: 20...30)
        #expect(wider.reachablePorts == IntervalSet(26...30))
    }
}
