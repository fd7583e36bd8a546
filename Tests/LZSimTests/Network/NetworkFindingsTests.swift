import LZSim
import Testing

/// Structural questions a suite asks of the whole organization's network.
@Suite struct NetworkFindingsTests {
    @Test("overlapping blocks are found across VPCs and on-premises")
    func overlaps() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        let b = try small.vpc("10.10.128.0/20", subnet: "10.10.128.0/24")
        let c = try small.vpc("10.20.0.0/16", subnet: "10.20.0.0/24")
        let found = try small.world.overlappingCidrs(onPremises: ["10.20.64.0/18", "192.168.0.0/16"])
        #expect(
            Set(found.map(\.description)) == [
                "\(a.vpc.vpcId) 10.10.0.0/16 overlaps \(b.vpc.vpcId) 10.10.128.0/20",
                "\(c.vpc.vpcId) 10.20.0.0/16 overlaps on-premises 10.20.64.0/18",
            ])
    }

    @Test("the reference landing zone's structure passes the network controls")
    func referenceControls() throws {
        var reference = try ReferenceNetwork()
        #expect(try reference.world.overlappingCidrs(onPremises: ["192.168.0.0/16"]).isEmpty)
        #expect(reference.world.vpcsWithoutFlowLogs().isEmpty)
        #expect(reference.world.transitGatewaysAutoAcceptingAttachments().isEmpty)
        let publicTables = reference.world.routeTablesWithInternetGatewayRoutes()
        #expect(publicTables.map { $0.tags["Name"] } == ["prod-public"])
        #expect(
            reference.world.unrestrictedIngress(ports: [22, 3389]).filter { $0.resourceId.hasPrefix("sg-") }.isEmpty)
        let open = reference.world.unrestrictedIngress(ports: [80, 443, 8080]).filter { $0.resourceId.hasPrefix("sg-") }
        let loadBalancer = reference.prodLoadBalancerGroup.groupId
        #expect(open.map(\.resourceId) == [loadBalancer, loadBalancer])
        #expect(open.reduce(IntervalSet.empty) { $0.union($1.ports) } == IntervalSet(ranges: [80...80, 443...443]))
        // EC2 creates default groups with rules; the landing zone must empty them (EC2.2).
        let defaults = reference.world.defaultSecurityGroupsWithRules()
        #expect(defaults.count == 4)
        let group = defaults[0]
        try reference.world.revokeSecurityGroupIngress(
            groupId: group.groupId, securityGroupRuleIds: group.ingressRules.map(\.securityGroupRuleId),
            as: group.place.accountID == reference.zone.prod ? reference.prodAdmin : reference.networkAdmin)
        try reference.world.revokeSecurityGroupEgress(
            groupId: group.groupId, securityGroupRuleIds: group.egressRules.map(\.securityGroupRuleId),
            as: group.place.accountID == reference.zone.prod ? reference.prodAdmin : reference.networkAdmin)
        #expect(reference.world.defaultSecurityGroupsWithRules().count == 3)
    }

    @Test("a VPC without a flow log is reported until one logging rejected traffic is added")
    func flowLogs() throws {
        var small = try SmallNetwork()
        let a = try small.vpc("10.10.0.0/16", subnet: "10.10.0.0/24")
        #expect(small.world.vpcsWithoutFlowLogs().map(\.vpcId) == [a.vpc.vpcId])
        try small.world.createFlowLogs(
            resourceId: a.vpc.vpcId, trafficType: "ACCEPT", logDestination: "arn:aws:s3:::logs", as: small.admin)
        #expect(small.world.vpcsWithoutFlowLogs().map(\.vpcId) == [a.vpc.vpcId])
        try small.world.createFlowLogs(
            resourceId: a.vpc.vpcId, trafficType: "REJECT", logDestination: "arn:aws:s3:::logs", as: small.admin)
        #expect(small.world.vpcsWithoutFlowLogs().isEmpty)
    }

    @Test("unsupported firewall rules are kept aside as ignored, as Reachability Analyzer reports them")
    func ignoredFirewallRules() throws {
        var small = try SmallNetwork()
        let group = try small.world.createRuleGroup(
            ruleGroupName: "mixed", type: "STATEFUL",
            rulesString: """
                drop tcp any any -> 10.0.0.0/8 22 (sid:1;)
                alert http any any -> any any (content:"x"; sid:2;)
                drop tcp !10.0.0.0/8 any -> any any (sid:3;)
                """, as: small.admin)
        #expect(group.statefulRules.map(\.sid) == [1])
        #expect(group.ignoredRules.count == 2)
        let error = #expect(throws: AWSError.self) {
            try small.world.createRuleGroup(
                ruleGroupName: "bad", type: "STATEFUL", rulesString: "drop tcp $NOPE any -> any any (sid:4;)",
                as: small.admin)
        }
        #expect(error?.message.contains("$NOPE") == true)
    }
}
