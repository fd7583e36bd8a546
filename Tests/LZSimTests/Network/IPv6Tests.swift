import LZSim
import Testing

/// IPv6 as EC2 carries it: /56 VPC blocks, /64 subnets, `::/0` routes to internet and
/// egress-only internet gateways, rules that match IPv6 traffic only, and reachability over both
/// families, every set kept as intervals.
@Suite struct IPv6Tests {
    struct DualStack {
        var small: SmallNetwork
        var vpc: Vpc
        var subnet: Subnet
        var group: SecurityGroup
        var instance: Instance
        var admin: Session { small.admin }
    }

    /// A dual-stack VPC with an Amazon-provided /56, one /64 subnet that assigns IPv6 addresses,
    /// and an instance without a public IPv4 address, in a group that allows nothing in.
    static func dualStack() throws -> DualStack {
        var small = try SmallNetwork()
        let admin = small.admin
        let vpc = try small.world.createVpc(cidrBlock: "10.60.0.0/16", amazonProvidedIpv6CidrBlock: true, as: admin)
        let block = try #require(vpc.ipv6CidrBlocks.first)
        let subnetBlock = IPv6CIDR(address: block.address | 1 << 64, prefixLength: 64)
        let subnet = try small.world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.60.1.0/24", availabilityZone: "us-east-1a",
            ipv6CidrBlock: subnetBlock.description, assignIpv6AddressOnCreation: true, as: admin)
        let group = try small.world.createSecurityGroup(
            groupName: "app", description: "app", vpcId: vpc.vpcId, as: admin)
        try small.world.authorizeSecurityGroupEgress(
            groupId: group.groupId, ipPermissions: [IpPermission(ipProtocol: "-1", cidrIpv6: "::/0")], as: admin)
        let instance = try small.world.runInstances(
            subnetId: subnet.subnetId, securityGroupIds: [group.groupId], associatePublicIpAddress: false, as: admin)
        return DualStack(
            small: small, vpc: small.world.network.vpcs[vpc.vpcId]!, subnet: subnet, group: group, instance: instance)
    }

    @Test(
        "IPv6 blocks read in RFC 4291's forms and print in RFC 5952's",
        arguments: [
            ("2600:1F18:AA00:0100:0000:0000:0000:0000/56", "2600:1f18:aa00:100::/56"),
            ("::/0", "::/0"), ("2001:db8::1:0:0:1/128", "2001:db8::1:0:0:1/128"),
            ("2001:db8:0:0:1::/80", "2001:db8:0:0:1::/80"),
        ])
    func blockText(text: String, printed: String) throws {
        #expect(try IPv6CIDR(text).description == printed)
    }

    @Test("a block with host bits, a bad group or a prefix over 128 is InvalidParameterValue naming it")
    func badBlocks() {
        for text in ["2001:db8::1/64", "2001:db8::g/64", "::/129", "1::2::3/64", "10.0.0.0/8"] {
            #expect(errorCode { _ = try IPv6CIDR(text) } == "InvalidParameterValue", "\(text)")
        }
        #expect(throws: AWSError.self) { try IPv6CIDR("::/129") }
    }

    @Test("an address set prints IPv4 as dotted quads and IPv6 as blocks, and the families never meet")
    func familiesApart() throws {
        let set = try IPv4CIDR("10.0.0.0/8").set.union(try IPv6CIDR("2001:db8::/32").set)
        #expect(set.addressDescription == "10.0.0.0/8, 2001:db8::/32")
        #expect(IPv6CIDR.anywhere.set.intersection(IPv4CIDR.allIPv4).isEmpty)
        #expect(set.of(.ipv4).addressDescription == "10.0.0.0/8")
    }

    @Test("an Amazon-provided /56 gives the default ACL rule 101 both ways and the default group ::/0 out")
    func vpcDefaults() throws {
        let stack = try Self.dualStack()
        #expect(stack.vpc.ipv6CidrBlocks.map(\.prefixLength) == [56])
        let acl = stack.small.world.network.networkAcls[stack.vpc.defaultNetworkAclId]!
        #expect(acl.entries.filter { $0.ipv6CidrBlock == .anywhere }.map(\.ruleNumber) == [101, 101])
        let group = stack.small.world.network.securityGroups[stack.vpc.defaultSecurityGroupId]!
        #expect(group.egressRules.contains { $0.peer == .ipv6Cidr(.anywhere) })
        let interface = stack.small.world.network.networkInterfaces[stack.instance.networkInterfaceId]!
        #expect(interface.ipv6Addresses.count == 1)
        #expect(stack.subnet.ipv6CidrBlock!.contains(IPv6CIDR(address: interface.ipv6Addresses[0], prefixLength: 128)))
    }

    @Test("VPC IPv6 blocks: both sources is InvalidParameterCombination, a /64 is InvalidVpc.Range")
    func vpcBlockValidation() throws {
        var small = try SmallNetwork()
        let admin = small.admin
        #expect(
            errorCode {
                try small.world.createVpc(
                    cidrBlock: "10.1.0.0/16", amazonProvidedIpv6CidrBlock: true, ipv6CidrBlock: "2001:db8::/56",
                    as: admin)
            } == "InvalidParameterCombination")
        #expect(
            errorCode { try small.world.createVpc(cidrBlock: "10.1.0.0/16", ipv6CidrBlock: "2001:db8::/64", as: admin) }
                == "InvalidVpc.Range")
        #expect(small.world.network.vpcs.isEmpty)
        let vpc = try small.world.createVpc(cidrBlock: "10.1.0.0/16", ipv6CidrBlock: "2001:db8:1200::/56", as: admin)
        #expect(
            errorCode {
                try small.world.associateVpcCidrBlock(vpcId: vpc.vpcId, ipv6CidrBlock: "2001:db8:1200::/60", as: admin)
            } == "InvalidVpc.Range")
    }

    @Test("subnet IPv6 blocks: a /64 of the VPC's, overlapping no other subnet's")
    func subnetBlockValidation() throws {
        var small = try SmallNetwork()
        let admin = small.admin
        let vpc = try small.world.createVpc(cidrBlock: "10.1.0.0/16", ipv6CidrBlock: "2001:db8:1200::/56", as: admin)
        func create(_ ipv4: String, _ ipv6: String) -> String? {
            errorCode {
                try small.world.createSubnet(
                    vpcID: vpc.vpcId, cidrBlock: ipv4, availabilityZone: "us-east-1a", ipv6CidrBlock: ipv6, as: admin)
            }
        }
        #expect(create("10.1.0.0/24", "2001:db8:1200::/60") == "InvalidSubnet.Range")
        #expect(create("10.1.0.0/24", "2001:db8:1300::/64") == "InvalidSubnet.Range")
        #expect(create("10.1.0.0/24", "2001:db8:1200:1::/64") == nil)
        #expect(create("10.1.1.0/24", "2001:db8:1200:1::/64") == "InvalidSubnet.Conflict")
        #expect(small.world.subnets(ofVpc: vpc.vpcId).count == 1)
        #expect(
            errorCode {
                try small.world.createSubnet(
                    vpcID: vpc.vpcId, cidrBlock: "10.1.2.0/24", availabilityZone: "us-east-1a",
                    assignIpv6AddressOnCreation: true, as: admin)
            } == "InvalidParameterCombination")
    }

    @Test("an instance behind an egress-only gateway reaches the internet over IPv6 with no public IPv4")
    func egressOnlyOut() throws {
        var stack = try Self.dualStack()
        let gateway = try stack.small.world.createEgressOnlyInternetGateway(vpcId: stack.vpc.vpcId, as: stack.admin)
        try stack.small.world.createRoute(
            routeTableId: stack.vpc.mainRouteTableId, destinationIpv6CidrBlock: "::/0",
            egressOnlyInternetGatewayId: gateway.egressOnlyInternetGatewayId, as: stack.admin)
        let answer = try stack.small.world.reach(
            from: .instance(stack.instance.instanceId), to: .internet, ports: 443...443)
        #expect(answer.isReachable)
        #expect(answer.reachablePaths.first?.hops.map(\.kind).contains(.egressOnlyInternetGateway) == true)
        #expect(answer.reachablePaths.allSatisfy { $0.packets.destinations.of(.ipv4).isEmpty })
    }

    @Test("the internet cannot start a connection to an instance behind an egress-only gateway")
    func egressOnlyIn() throws {
        var stack = try Self.dualStack()
        try stack.small.world.authorizeSecurityGroupIngress(
            groupId: stack.group.groupId,
            ipPermissions: [IpPermission(ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0")],
            as: stack.admin)
        let gateway = try stack.small.world.createEgressOnlyInternetGateway(vpcId: stack.vpc.vpcId, as: stack.admin)
        try stack.small.world.createRoute(
            routeTableId: stack.vpc.mainRouteTableId, destinationIpv6CidrBlock: "::/0",
            egressOnlyInternetGatewayId: gateway.egressOnlyInternetGatewayId, as: stack.admin)
        let alone = try stack.small.world.reach(
            from: .internet, to: .instance(stack.instance.instanceId), ports: 22...22)
        #expect(!alone.isReachable)
        #expect(alone.blocks.contains { $0.reason == .noRoute })
        // With an internet gateway in the VPC too, the response still leaves by the egress-only gateway.
        let igw = try stack.small.world.createInternetGateway(as: stack.admin)
        try stack.small.world.attachInternetGateway(
            internetGatewayId: igw.internetGatewayId, vpcId: stack.vpc.vpcId, as: stack.admin)
        let both = try stack.small.world.reach(
            from: .internet, to: .instance(stack.instance.instanceId), ports: 22...22)
        #expect(!both.isReachable)
        #expect(both.blocks.contains { $0.reason == .noReturnRoute })
        #expect(try stack.small.world.internetExposure(in: .vpc(stack.vpc.vpcId)).isEmpty)
    }

    /// An internet gateway with `::/0` routed to it, and a group that allows `rule` in.
    static func publicOverIPv6(_ rule: IpPermission) throws -> DualStack {
        var stack = try Self.dualStack()
        try stack.small.world.authorizeSecurityGroupIngress(
            groupId: stack.group.groupId, ipPermissions: [rule], as: stack.admin)
        let igw = try stack.small.world.createInternetGateway(as: stack.admin)
        try stack.small.world.attachInternetGateway(
            internetGatewayId: igw.internetGatewayId, vpcId: stack.vpc.vpcId, as: stack.admin)
        try stack.small.world.createRoute(
            routeTableId: stack.vpc.mainRouteTableId, destinationIpv6CidrBlock: "::/0",
            gatewayId: igw.internetGatewayId, as: stack.admin)
        return stack
    }

    @Test("::/0 to an internet gateway and SSH from ::/0: internet-exposed over IPv6 with no public IPv4")
    func exposedOverIPv6() throws {
        let stack = try Self.publicOverIPv6(
            IpPermission(ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0"))
        let findings = try stack.small.world.internetExposure(in: .vpc(stack.vpc.vpcId), protocols: [.tcp])
        #expect(findings.map(\.networkInterface.networkInterfaceId) == [stack.instance.networkInterfaceId])
        #expect(findings.first?.ports.description == "22")
        #expect(findings.first?.path.packets.sources.of(.ipv4).isEmpty == true)
    }

    @Test("an IPv4 rule from 0.0.0.0/0 matches no IPv6 packet")
    func ipv4RuleMissesIPv6() throws {
        let stack = try Self.publicOverIPv6(.tcp(22...22, cidr: "0.0.0.0/0"))
        let answer = try stack.small.world.reach(
            from: .internet, to: .instance(stack.instance.instanceId), ports: 22...22)
        #expect(!answer.isReachable)
        #expect(answer.blocks.contains { $0.reason == .securityGroupIngress })
        #expect(answer.blocks.contains { $0.reason == .noPublicAddress })
    }

    @Test("a network ACL's Ipv6CidrBlock deny stops IPv6 traffic, and its IPv4 rules never match it")
    func aclIPv6Rules() throws {
        var stack = try Self.publicOverIPv6(
            IpPermission(ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0"))
        let acl = try stack.small.world.createNetworkAcl(vpcId: stack.vpc.vpcId, as: stack.admin)
        try stack.small.world.replaceNetworkAclAssociation(
            subnetId: stack.subnet.subnetId, networkAclId: acl.networkAclId, as: stack.admin)
        for egress in [false, true] {
            try stack.small.world.createNetworkAclEntry(
                networkAclId: acl.networkAclId, ruleNumber: 100, protocol: "-1", ruleAction: "allow", egress: egress,
                cidrBlock: "0.0.0.0/0", as: stack.admin)
        }
        let ipv4Only = try stack.small.world.reach(
            from: .internet, to: .instance(stack.instance.instanceId), ports: 22...22)
        #expect(ipv4Only.blocks.contains { $0.reason == .networkAclDeny && $0.detail.contains("rule *") })
        for egress in [false, true] {
            try stack.small.world.createNetworkAclEntry(
                networkAclId: acl.networkAclId, ruleNumber: 110, protocol: "-1", ruleAction: "allow", egress: egress,
                ipv6CidrBlock: "::/0", as: stack.admin)
        }
        #expect(
            try stack.small.world.reach(from: .internet, to: .instance(stack.instance.instanceId), ports: 22...22)
                .isReachable)
        try stack.small.world.createNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 50, protocol: "tcp", ruleAction: "deny", egress: false,
            ipv6CidrBlock: "2000::/3", portRange: 22...22, as: stack.admin)
        let denied = try stack.small.world.reach(
            from: .internet, to: .instance(stack.instance.instanceId), ports: 22...22)
        #expect(!denied.isReachable)
        #expect(denied.blocks.contains { $0.detail.contains("rule 50 deny tcp 22 from 2000::/3") })
        #expect(
            errorCode {
                try stack.small.world.createNetworkAclEntry(
                    networkAclId: acl.networkAclId, ruleNumber: 60, protocol: "-1", ruleAction: "deny", egress: false,
                    cidrBlock: "0.0.0.0/0", ipv6CidrBlock: "::/0", as: stack.admin)
            } == "InvalidParameterCombination")
    }

    @Test("longest prefix match over IPv6: a /48 route wins over ::/0 for its addresses only")
    func longestPrefixOverIPv6() throws {
        var stack = try Self.dualStack()
        let gateway = try stack.small.world.createEgressOnlyInternetGateway(vpcId: stack.vpc.vpcId, as: stack.admin)
        let igw = try stack.small.world.createInternetGateway(as: stack.admin)
        try stack.small.world.attachInternetGateway(
            internetGatewayId: igw.internetGatewayId, vpcId: stack.vpc.vpcId, as: stack.admin)
        let table = stack.vpc.mainRouteTableId
        try stack.small.world.createRoute(
            routeTableId: table, destinationIpv6CidrBlock: "::/0",
            egressOnlyInternetGatewayId: gateway.egressOnlyInternetGatewayId, as: stack.admin)
        try stack.small.world.createRoute(
            routeTableId: table, destinationIpv6CidrBlock: "2001:db8:5::/48", gatewayId: igw.internetGatewayId,
            as: stack.admin)
        let answer = try stack.small.world.reach(
            from: .instance(stack.instance.instanceId), to: .internet, ports: 443...443)
        let ipv6 = answer.reachablePaths.filter { $0.packets.destinations.of(.ipv4).isEmpty }
        let byGateway = ipv6.map {
            ($0.hops.first { $0.kind.rawValue.hasSuffix("internet gateway") }?.component ?? "", $0)
        }
        #expect(
            byGateway.filter { $0.0 == igw.internetGatewayId }.map(\.1.packets.destinations.addressDescription) == [
                "2001:db8:5::/48"
            ])
        let rest = byGateway.filter { $0.0 == gateway.egressOnlyInternetGatewayId }.map(\.1.packets.destinations)
        #expect(rest.count == 1)
        let specific = try IPv6CIDR("2001:db8:5::/48").set
        #expect(rest.first.map { $0.intersection(specific).isEmpty && $0.contains(0x2600 << 112) } == true)
        let entries = stack.small.world.routes(of: stack.small.world.network.routeTables[table]!)
        #expect(entries.contains { $0.route.target == .local && $0.route.destination.isIPv6 })
    }

    @Test("egress-only gateway routes: IPv6 destinations only, the VPC's own gateway, a blackhole once deleted")
    func egressOnlyRoutes() throws {
        var stack = try Self.dualStack()
        let admin = stack.admin
        let gateway = try stack.small.world.createEgressOnlyInternetGateway(vpcId: stack.vpc.vpcId, as: admin)
        let other = try stack.small.world.createVpc(cidrBlock: "10.61.0.0/16", as: admin)
        let elsewhere = try stack.small.world.createEgressOnlyInternetGateway(vpcId: other.vpcId, as: admin)
        let table = stack.vpc.mainRouteTableId
        #expect(
            errorCode {
                try stack.small.world.createRoute(
                    routeTableId: table, destinationCidrBlock: "0.0.0.0/0",
                    egressOnlyInternetGatewayId: gateway.egressOnlyInternetGatewayId, as: admin)
            } == "InvalidParameterValue")
        #expect(
            errorCode {
                try stack.small.world.createRoute(
                    routeTableId: table, destinationIpv6CidrBlock: "::/0",
                    egressOnlyInternetGatewayId: elsewhere.egressOnlyInternetGatewayId, as: admin)
            } == "InvalidParameterValue")
        try stack.small.world.createRoute(
            routeTableId: table, destinationIpv6CidrBlock: "::/0",
            egressOnlyInternetGatewayId: gateway.egressOnlyInternetGatewayId, as: admin)
        #expect(
            errorCode {
                try stack.small.world.createRoute(
                    routeTableId: table, destinationIpv6CidrBlock: "::/0",
                    egressOnlyInternetGatewayId: gateway.egressOnlyInternetGatewayId, as: admin)
            } == "RouteAlreadyExists")
        try stack.small.world.deleteEgressOnlyInternetGateway(
            egressOnlyInternetGatewayId: gateway.egressOnlyInternetGatewayId, as: admin)
        let entries = stack.small.world.routes(of: stack.small.world.network.routeTables[table]!)
        #expect(entries.contains { $0.route.destination.isIPv6 && !$0.isActive })
        let answer = try stack.small.world.reach(from: .instance(stack.instance.instanceId), to: .internet)
        #expect(!answer.isReachable)
        #expect(answer.blocks.contains { $0.reason == .blackholeRoute })
    }

    @Test("unrestricted ingress counts ::/0 as it counts 0.0.0.0/0, in groups and in ACLs")
    func unrestrictedOverIPv6() throws {
        let stack = try Self.publicOverIPv6(
            IpPermission(ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0"))
        let findings = stack.small.world.unrestrictedIngress(ports: [22])
        #expect(findings.contains { $0.resourceId == stack.group.groupId && $0.rule.hasSuffix("::/0") })
        // The default ACL's rule 101 allows all IPv6 traffic in.
        #expect(findings.contains { $0.resourceId == stack.vpc.defaultNetworkAclId && $0.rule.hasPrefix("rule 101") })
    }
}
