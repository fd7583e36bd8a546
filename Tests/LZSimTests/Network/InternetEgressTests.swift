import LZSim
import Testing

/// Leaving for the internet: a public address or a public NAT gateway, and routes that exist.
@Suite struct InternetEgressTests {
    struct Egress {
        var small: SmallNetwork
        var vpc: Vpc
        var privateInstance: Instance
        var publicTable: RouteTable
        var nat: NatGateway
    }

    static func egress() throws -> Egress {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let publicSubnet = try small.world.createSubnet(
            vpcID: a.vpc.vpcId, cidrBlock: "10.10.100.0/24", availabilityZone: "us-east-1a", as: small.admin)
        let igw = try small.world.createInternetGateway(as: small.admin)
        try small.world.attachInternetGateway(
            internetGatewayId: igw.internetGatewayId, vpcId: a.vpc.vpcId, as: small.admin)
        let publicTable = try small.world.createRouteTable(vpcId: a.vpc.vpcId, as: small.admin)
        try small.world.associateRouteTable(
            routeTableId: publicTable.routeTableId, subnetId: publicSubnet.subnetId, as: small.admin)
        try small.world.createRoute(
            routeTableId: publicTable.routeTableId, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.internetGatewayId,
            as: small.admin)
        let address = try small.world.allocateAddress(as: small.admin)
        let nat = try small.world.createNatGateway(
            subnetId: publicSubnet.subnetId, allocationId: address.allocationId, as: small.admin)
        try small.world.createRoute(
            routeTableId: a.vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.natGatewayId,
            as: small.admin)
        return Egress(small: small, vpc: a.vpc, privateInstance: a.instance, publicTable: publicTable, nat: nat)
    }

    @Test("a private instance reaches the internet through its NAT gateway, translated to the NAT's address")
    func throughNat() throws {
        let egress = try Self.egress()
        let answer = try egress.small.world.reach(
            from: .instance(egress.privateInstance.instanceId), to: .internet, ports: 443...443)
        #expect(answer.isReachable)
        let kinds = answer.reachablePaths.first?.hops.map(\.kind) ?? []
        #expect(kinds.contains(.natGateway))
        #expect(kinds.last == .destination)
    }

    @Test("deleting the NAT gateway leaves a blackhole, and the internet out of reach")
    func natDeleted() throws {
        var egress = try Self.egress()
        try egress.small.world.deleteNatGateway(natGatewayId: egress.nat.natGatewayId, as: egress.small.admin)
        let table = egress.small.world.network.routeTables[egress.vpc.mainRouteTableId]!
        #expect(egress.small.world.routes(of: table).contains { !$0.isActive })
        let answer = try egress.small.world.reach(
            from: .instance(egress.privateInstance.instanceId), to: .internet, ports: 443...443)
        #expect(!answer.isReachable)
        #expect(answer.blocks.first?.reason == .blackholeRoute)
    }

    @Test("an instance without a public address cannot use the internet gateway directly")
    func noPublicAddress() throws {
        var egress = try Self.egress()
        try egress.small.world.associateRouteTable(
            routeTableId: egress.publicTable.routeTableId,
            subnetId: egress.small.world.network.instances[egress.privateInstance.instanceId]!.subnetId,
            as: egress.small.admin)
        let answer = try egress.small.world.reach(
            from: .instance(egress.privateInstance.instanceId), to: .internet, ports: 443...443)
        #expect(answer.blocks.map(\.reason) == [.noPublicAddress])
    }

    @Test("a public NAT gateway needs an Elastic IP, and a private one may not have one")
    func natValidation() throws {
        var egress = try Self.egress()
        let subnet = egress.small.world.network.natGateways[egress.nat.natGatewayId]!.subnetId
        let missing = #expect(throws: AWSError.self) {
            try egress.small.world.createNatGateway(subnetId: subnet, as: egress.small.admin)
        }
        #expect(missing?.code == .missingParameter)
        let used = #expect(throws: AWSError.self) {
            try egress.small.world.createNatGateway(
                subnetId: subnet, allocationId: egress.nat.allocationId, as: egress.small.admin)
        }
        #expect(used?.code == .resourceAlreadyAssociated)
    }
}
