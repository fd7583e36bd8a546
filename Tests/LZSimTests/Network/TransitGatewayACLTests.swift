import LZSim
import Testing

/// Network ACLs of the subnets a path crosses between its ends: transit gateway attachment
/// subnets (inbound rules for traffic to the gateway, outbound for traffic from it), firewall
/// subnets, and the stateless response through each
/// (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html).
@Suite struct TransitGatewayACLTests {
    /// The reference network with production's traffic to shared services sent through the
    /// inspection VPC, whose firewall passes it on 443.
    static func inspected() throws -> (reference: ReferenceNetwork, attachSubnet: String, firewallSubnet: String) {
        var reference = try ReferenceNetwork()
        let inspection = try #require(
            reference.world.network.transitGatewayAttachments.values.first {
                $0.resourceId == reference.inspectionVpc.vpcId
            })
        try reference.world.createTransitGatewayRoute(
            destinationCidrBlock: reference.sharedVpc.cidrBlock.description,
            transitGatewayRouteTableId: reference.prodTable.transitGatewayRouteTableId,
            transitGatewayAttachmentId: inspection.transitGatewayAttachmentId, as: reference.networkAdmin)
        let firewallSubnet = try #require(
            reference.world.subnets(ofVpc: reference.inspectionVpc.vpcId).first {
                !inspection.subnetIds.contains($0.subnetId)
            })
        return (reference, inspection.subnetIds[0], firewallSubnet.subnetId)
    }

    static func reach(_ reference: ReferenceNetwork) throws -> ReachabilityResult {
        try reference.world.reach(
            from: .instance(reference.prodApp.instanceId), to: .instance(reference.artifacts.instanceId),
            ports: 443...443)
    }

    /// A custom ACL on `subnetId` with the given entries (all protocols, 10.0.0.0/8).
    static func acl(
        _ reference: inout ReferenceNetwork, on subnetId: String, vpc: Vpc,
        _ entries: [(egress: Bool, ports: ClosedRange<Int>?)]
    ) throws -> NetworkAcl {
        let admin = reference.networkAdmin
        let acl = try reference.world.createNetworkAcl(vpcId: vpc.vpcId, as: admin)
        for (number, entry) in entries.enumerated() {
            try reference.world.createNetworkAclEntry(
                networkAclId: acl.networkAclId, ruleNumber: 100 + number, protocol: entry.ports == nil ? "-1" : "tcp",
                ruleAction: "allow", egress: entry.egress, cidrBlock: "10.0.0.0/8", portRange: entry.ports,
                as: admin)
        }
        try reference.world.replaceNetworkAclAssociation(subnetId: subnetId, networkAclId: acl.networkAclId, as: admin)
        return acl
    }

    @Test("inspected traffic crosses the attachment subnet's and the firewall subnet's ACLs both ways")
    func inspectionPath() throws {
        let (reference, attach, firewall) = try Self.inspected()
        let answer = try Self.reach(reference)
        #expect(answer.isReachable, "\(answer)")
        let crossed = answer.reachablePaths[0].hops.filter {
            $0.kind == .networkAclEgress || $0.kind == .networkAclIngress
        }.map { "\($0.kind.rawValue) \($0.detail)" }
        #expect(crossed.contains("network ACL out subnet \(attach)"))
        #expect(crossed.contains("network ACL in subnet \(firewall)"))
        #expect(crossed.contains("network ACL out subnet \(firewall)"))
        #expect(crossed.contains("network ACL in subnet \(attach)"))
        #expect(answer.reachablePaths[0].hops.contains { $0.kind == .firewall })
    }

    @Test("an attachment subnet ACL without outbound rules stops traffic from the gateway to the firewall")
    func attachmentOutboundDenied() throws {
        var (reference, attach, _) = try Self.inspected()
        let acl = try Self.acl(&reference, on: attach, vpc: reference.inspectionVpc, [(false, nil)])
        let answer = try Self.reach(reference)
        #expect(!answer.isReachable)
        #expect(answer.blocks.contains { $0.reason == .networkAclDeny && $0.component == acl.networkAclId })
    }

    @Test("an attachment subnet ACL that lets 443 in but not the ephemeral response blocks on return")
    func attachmentResponseDenied() throws {
        var (reference, attach, _) = try Self.inspected()
        let acl = try Self.acl(&reference, on: attach, vpc: reference.inspectionVpc, [(false, 443...443), (true, nil)])
        let answer = try Self.reach(reference)
        #expect(!answer.isReachable)
        #expect(answer.blocks.map(\.reason) == [.networkAclDeniesReturn])
        #expect(answer.blocks.first?.component == acl.networkAclId)
        _ = try Self.acl(
            &reference, on: attach, vpc: reference.inspectionVpc,
            [(false, 443...443), (false, 1024...65_535), (true, nil)])
        #expect(try Self.reach(reference).isReachable)
    }

    @Test("a firewall subnet ACL that refuses 443 in stops the inspected traffic at the firewall's subnet")
    func firewallSubnetDenied() throws {
        var (reference, _, firewall) = try Self.inspected()
        let acl = try Self.acl(&reference, on: firewall, vpc: reference.inspectionVpc, [(false, 53...53), (true, nil)])
        let answer = try Self.reach(reference)
        #expect(!answer.isReachable)
        #expect(answer.blocks.contains { $0.reason == .networkAclDeny && $0.component == acl.networkAclId })
    }

    @Test("from the gateway into its own attachment subnet no rule is evaluated; the response is, both ways")
    func sameSubnetAsAttachment() throws {
        var reference = try ReferenceNetwork()
        let subnet = reference.world.network.instances[reference.artifacts.instanceId]!.subnetId
        // Inbound allows only the VPC's own addresses: the request from production is not evaluated,
        // and the response's inbound evaluation reads its source, the repository itself.
        let admin = reference.networkAdmin
        let acl = try reference.world.createNetworkAcl(vpcId: reference.sharedVpc.vpcId, as: admin)
        try reference.world.createNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 100, protocol: "-1", ruleAction: "allow", egress: false,
            cidrBlock: reference.sharedVpc.cidrBlock.description, as: admin)
        try reference.world.createNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 100, protocol: "-1", ruleAction: "allow", egress: true,
            cidrBlock: "0.0.0.0/0", as: admin)
        try reference.world.replaceNetworkAclAssociation(subnetId: subnet, networkAclId: acl.networkAclId, as: admin)
        #expect(try Self.reach(reference).isReachable)
        try reference.world.deleteNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 100, egress: false, as: admin)
        let answer = try Self.reach(reference)
        #expect(!answer.isReachable)
        #expect(answer.blocks.map(\.reason) == [.networkAclDeniesReturn])
    }
}
