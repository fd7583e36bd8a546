import LZSim
import Testing

@Suite struct LoadBalancerReachabilityTests {
    /// A VPC with an internet gateway and two public subnets routed to it, and a group allowing 443 from anywhere.
    struct PublicSubnets {
        var network: SmallNetwork
        var subnets: [String]
        var group: String

        init() throws {
            var network = try SmallNetwork()
            let admin = network.admin
            let vpc = try network.world.createVpc(cidrBlock: "10.5.0.0/20", as: admin)
            var subnets: [String] = []
            for (index, zone) in ["us-east-1a", "us-east-1b"].enumerated() {
                subnets.append(
                    try network.world.createSubnet(
                        vpcID: vpc.vpcId, cidrBlock: "10.5.\(index).0/24", availabilityZone: zone, as: admin
                    ).subnetId)
            }
            let gateway = try network.world.createInternetGateway(as: admin)
            try network.world.attachInternetGateway(
                internetGatewayId: gateway.internetGatewayId, vpcId: vpc.vpcId, as: admin)
            try network.world.createRoute(
                routeTableId: vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
                gatewayId: gateway.internetGatewayId, as: admin)
            let group = try network.world.createSecurityGroup(
                groupName: "alb", description: "load balancer", vpcId: vpc.vpcId, as: admin
            ).groupId
            try network.world.authorizeSecurityGroupIngress(
                groupId: group, ipPermissions: [.tcp(443...443, cidr: "0.0.0.0/0")], as: admin)
            self.network = network
            self.subnets = subnets
            self.group = group
        }

        mutating func balancer(_ scheme: LoadBalancer.Scheme) throws -> LoadBalancer {
            try network.world.createLoadBalancer(
                name: "web-\(scheme == .internal ? "internal" : "public")", scheme: scheme, subnets: subnets,
                securityGroups: [group], as: network.admin)
        }
    }

    @Test("an internet-facing load balancer's nodes are interfaces in its subnets, reachable from the internet on 443")
    func internetFacing() throws {
        var setup = try PublicSubnets()
        let balancer = try setup.balancer(.internetFacing)
        let world = setup.network.world
        let nodes = balancer.networkInterfaceIds.compactMap { world.network.networkInterfaces[$0] }
        #expect(nodes.map(\.subnetId) == setup.subnets)
        #expect(nodes.allSatisfy { $0.publicIp != nil && $0.groups == [setup.group] && $0.requesterManaged })
        #expect(nodes.first?.description.hasPrefix("ELB app/web-public/") == true)
        let https = try world.reach(from: .internet, to: .loadBalancer(balancer.arn), protocol: .tcp, ports: 443...443)
        #expect(https.isReachable && https.reachablePaths.count == 2)
        let ssh = try world.reach(from: .internet, to: .loadBalancer(balancer.arn), protocol: .tcp, ports: 22...22)
        #expect(!ssh.isReachable && ssh.blocks.allSatisfy { $0.reason == .securityGroupIngress })
    }

    @Test("an internal load balancer has no public address, so the internet cannot reach it")
    func internalScheme() throws {
        var setup = try PublicSubnets()
        let balancer = try setup.balancer(.internal)
        let answer = try setup.network.world.reach(
            from: .internet, to: .loadBalancer(balancer.arn), protocol: .tcp, ports: 443...443)
        #expect(!answer.isReachable)
        #expect(Set(answer.blocks.map(\.reason)) == [.noPublicAddress])
        let exposed = try setup.network.world.internetExposure(in: .account(setup.network.zone.prod), ports: 443...443)
        #expect(exposed.isEmpty)
    }

    @Test("deleting a load balancer frees its nodes' addresses")
    func deletion() throws {
        var setup = try PublicSubnets()
        let balancer = try setup.balancer(.internetFacing)
        try setup.network.world.deleteLoadBalancer(loadBalancerARN: balancer.arn, as: setup.network.admin)
        #expect(balancer.networkInterfaceIds.allSatisfy { setup.network.world.network.networkInterfaces[$0] == nil })
        #expect(setup.network.world.networkInterfaces(inSubnet: setup.subnets[0]).isEmpty)
    }

    @Test("a load balancer's subnets must be in one VPC")
    func oneVpc() throws {
        var setup = try PublicSubnets()
        let other = try setup.network.vpc("10.9.0.0/16", subnet: "10.9.0.0/24")
        #expect(throws: AWSError.self) {
            try setup.network.world.createLoadBalancer(
                name: "split", subnets: [setup.subnets[0], other.subnet.subnetId], as: setup.network.admin)
        }
    }

    @Test("firewall policies take stateless rules made with the public initializers")
    func statelessRule() throws {
        let rule = StatelessRule(
            priority: 5, action: "aws:drop",
            match: FirewallMatch(protocols: [.tcp], destinationPorts: IntervalSet(22...22)))
        #expect(rule.match.sources == .allAddresses && rule.match.destinationPorts == IntervalSet(22...22))
        var network = try SmallNetwork()
        let group = try network.world.createRuleGroup(
            ruleGroupName: "no-ssh", type: "STATELESS", statelessRules: [rule], as: network.admin)
        #expect(group.statelessRules == [rule])
    }
}
