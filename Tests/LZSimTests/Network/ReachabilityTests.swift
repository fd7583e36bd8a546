import LZSim
import Testing

/// The questions a platform team asks of the reference landing zone's network before production.
@Suite struct ReachabilityTests {
    @Test("development cannot reach production on 443: the blackhole and the firewall both stop it")
    func devToProdBlockedTwice() throws {
        let reference = try ReferenceNetwork()
        let answer = try reference.world.reach(
            from: .instance(reference.devApp.instanceId), to: .instance(reference.prodApp.instanceId), protocol: .tcp,
            ports: 443...443)
        #expect(!answer.isReachable)
        let reasons = answer.blocks.map(\.reason)
        #expect(reasons == [.blackholeRoute, .firewallDrop])
        #expect(answer.blocks.first?.component == reference.devTable.transitGatewayRouteTableId)
        #expect(answer.blocks.first?.detail.contains("10.5.0.0/20") == true)
        #expect(answer.blocks.last?.detail.contains("sid 9995") == true)
    }

    @Test("without the blackhole, the firewall alone still drops development to production")
    func firewallStopsWithoutBlackhole() throws {
        var reference = try ReferenceNetwork()
        try reference.world.deleteTransitGatewayRoute(
            transitGatewayRouteTableId: reference.devTable.transitGatewayRouteTableId,
            destinationCidrBlock: "10.5.0.0/20", as: reference.networkAdmin)
        let answer = try reference.world.reach(
            from: .instance(reference.devApp.instanceId), to: .instance(reference.prodApp.instanceId), ports: 443...443)
        #expect(!answer.isReachable)
        #expect(answer.blocks.map(\.reason) == [.firewallDrop])
        let hops = answer.blockedPaths.first?.hops.map(\.kind) ?? []
        #expect(hops.contains(.transitGatewayRouteTable))
        #expect(
            answer.blockedPaths.first?.hops.contains {
                $0.component == reference.inspectionTable.transitGatewayRouteTableId
            } == true)
    }

    @Test("production reaches the Resolver endpoint on 53 and the artifact repository on 443")
    func prodReachesSharedServices() throws {
        let reference = try ReferenceNetwork()
        let world = reference.world
        for traffic in [IPProtocol.udp, .tcp] {
            let dns = try world.reach(
                from: .instance(reference.prodApp.instanceId),
                to: .networkInterface(reference.resolver.networkInterfaceIds[0]), protocol: traffic, ports: 53...53)
            #expect(dns.isReachable, "\(dns)")
        }
        let repository = try world.reach(
            from: .instance(reference.prodApp.instanceId), to: .instance(reference.artifacts.instanceId),
            ports: 443...443)
        #expect(repository.isReachable)
        let kinds = repository.reachablePaths.first?.hops.map(\.kind) ?? []
        // The attachment subnet's ACL is evaluated inbound on the way to the gateway; the artifact
        // repository shares its subnet with its VPC's attachment, so no ACL is evaluated on the way
        // from the gateway (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html).
        #expect(
            kinds == [
                .networkInterface, .securityGroupEgress, .networkAclEgress, .routeTable, .networkAclIngress,
                .transitGatewayAttachment, .transitGatewayRouteTable, .transitGatewayAttachment, .routeTable,
                .securityGroupIngress, .destination,
            ])
        let ssh = try world.reach(
            from: .instance(reference.prodApp.instanceId), to: .instance(reference.artifacts.instanceId), ports: 22...22
        )
        #expect(!ssh.isReachable)
        #expect(ssh.blocks.map(\.reason) == [.securityGroupIngress])
    }

    @Test("production reaches on-premises production on 443 but not on-premises development")
    func onPremisesSplit() throws {
        let reference = try ReferenceNetwork()
        let world = reference.world
        let prod = NetworkPlace.instance(reference.prodApp.instanceId)
        #expect(try world.reach(from: prod, to: .onPremises("192.168.128.0/17"), ports: 443...443).isReachable)
        let development = try world.reach(from: prod, to: .onPremises("192.168.0.0/17"), ports: 443...443)
        #expect(!development.isReachable)
        #expect(development.blocks.contains { $0.reason == .noRoute })
        let dev = NetworkPlace.instance(reference.devApp.instanceId)
        #expect(try world.reach(from: dev, to: .onPremises("192.168.0.0/17"), ports: 443...443).isReachable)
        #expect(try !world.reach(from: dev, to: .onPremises("192.168.128.0/17"), ports: 443...443).isReachable)
    }

    @Test("on-premises production reaches the production application through the VPN")
    func onPremisesIn() throws {
        let reference = try ReferenceNetwork()
        let inbound = try reference.world.reach(
            from: .onPremises("192.168.200.0/24"), to: .instance(reference.prodApp.instanceId), ports: 443...443)
        #expect(inbound.isReachable, "\(inbound)")
        #expect(inbound.reachablePaths.first?.hops.first?.kind == .source)
    }

    @Test("nothing in production is reachable from the internet on 22 or 3389")
    func noRemoteAdministrationFromInternet() throws {
        let reference = try ReferenceNetwork()
        for port in [22, 3389] {
            let findings = try reference.world.internetExposure(
                in: .account(reference.zone.prod), protocols: [.tcp, .udp], ports: port...port)
            #expect(findings.isEmpty, "\(findings)")
        }
    }

    @Test("only the public load balancer in production is reachable from the internet, on 80 and 443 only")
    func onlyLoadBalancerExposed() throws {
        let reference = try ReferenceNetwork()
        let findings = try reference.world.internetExposure(in: .organizationalUnit(reference.zone.workloadsOU))
        #expect(findings.count == 1)
        #expect(findings.first?.networkInterface.networkInterfaceId == reference.prodLoadBalancer.networkInterfaceId)
        #expect(findings.first?.ipProtocol == .tcp)
        #expect(findings.first?.ports == IntervalSet(ranges: [80...80, 443...443]))
        #expect(findings.first?.path.hops.first?.kind == .source)
    }

    @Test("opening SSH to the world on an interface with no public address exposes nothing")
    func privateInterfaceStaysPrivate() throws {
        var reference = try ReferenceNetwork()
        let group = reference.world.network.instances[reference.prodApp.instanceId].map {
            reference.world.network.networkInterfaces[$0.networkInterfaceId]!.groups[0]
        }!
        try reference.world.authorizeSecurityGroupIngress(
            groupId: group, ipPermissions: [.tcp(22...22, cidr: "0.0.0.0/0")], as: reference.prodAdmin)
        #expect(try reference.world.internetExposure(in: .account(reference.zone.prod), ports: 22...22).isEmpty)
        let direct = try reference.world.reach(
            from: .internet, to: .instance(reference.prodApp.instanceId), ports: 22...22)
        #expect(direct.blocks.contains { $0.reason == .noPublicAddress })
        #expect(
            reference.world.unrestrictedIngress(ports: [22, 3389]).map(\.resourceId).filter { $0.hasPrefix("sg-") } == [
                group
            ])
    }

    @Test("no development interface has a path to production on any port")
    func noDevelopmentToProductionPaths() throws {
        let reference = try ReferenceNetwork()
        let paths = try reference.world.accessPaths(
            from: .organizationalUnit(reference.zone.devOU), to: .account(reference.zone.prod))
        #expect(paths.isEmpty)
        let toShared = try reference.world.accessPaths(
            from: .account(reference.zone.prod), to: .tag(key: "Name", value: "artifacts"), ports: 443...443)
        // The application and the load balancer both reach it: the public subnet routes 10.0.0.0/12 to the gateway.
        #expect(toShared.count == 2)
    }
}
