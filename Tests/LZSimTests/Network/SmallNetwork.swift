import LZSim

/// A single account with VPCs built to order, for tests of one rule at a time.
struct SmallNetwork {
    var zone: LandingZone
    var admin: Session

    var world: World {
        get { zone.world }
        set { zone.world = newValue }
    }

    init() throws {
        zone = try LandingZone()
        admin = try zone.administrator(of: zone.prod)
    }

    /// A VPC with one subnet in zone a, its main route table, and one instance whose group allows
    /// everything in from 10.0.0.0/8.
    mutating func vpc(_ cidr: String, subnet: String) throws -> (vpc: Vpc, subnet: Subnet, instance: Instance) {
        let vpc = try world.createVpc(cidrBlock: cidr, as: admin)
        let subnet = try world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: subnet, availabilityZone: "us-east-1a", as: admin)
        let group = try world.createSecurityGroup(groupName: "open", description: "open", vpcId: vpc.vpcId, as: admin)
        try world.authorizeSecurityGroupIngress(
            groupId: group.groupId, ipPermissions: [.all(cidr: "10.0.0.0/8")], as: admin)
        let instance = try world.runInstances(subnetId: subnet.subnetId, securityGroupIds: [group.groupId], as: admin)
        return (vpc, subnet, instance)
    }

    /// Peers two VPCs and routes each to the other.
    mutating func peer(_ first: Vpc, _ second: Vpc) throws -> VpcPeeringConnection {
        let connection = try world.createVpcPeeringConnection(vpcId: first.vpcId, peerVpcId: second.vpcId, as: admin)
        try world.acceptVpcPeeringConnection(vpcPeeringConnectionId: connection.vpcPeeringConnectionId, as: admin)
        for (from, to) in [(first, second), (second, first)] {
            try world.createRoute(
                routeTableId: from.mainRouteTableId, destinationCidrBlock: to.cidrBlock.description,
                vpcPeeringConnectionId: connection.vpcPeeringConnectionId, as: admin)
        }
        return connection
    }
}

/// The AWS error code `body` throws, `nil` when it succeeds, or the description of another error.
func errorCode(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as AWSError {
        return error.code.rawValue
    } catch {
        return "\(error)"
    }
}
