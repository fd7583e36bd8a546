import Foundation
import LZSim
import Testing

@testable import LZScenario

/// Loads the network fixtures and small inline foundations, and builds them.
enum NetworkFixtures {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/scenario/network")
    }

    static func foundation(_ name: String) throws -> ScenarioFoundation {
        try ScenarioFoundation(contentsOf: folder.appendingPathComponent(name))
    }

    /// Builds an inline scenario written in a throwaway folder.
    static func build(_ yaml: String) throws(ScenarioError) -> ScenarioFoundation {
        let folder: ScenarioFolder
        do { folder = try ScenarioFolder(["network.yaml": yaml]) } catch {
            throw ScenarioError("\(error)", at: SourceLocation(file: "network.yaml", line: 1, column: 1))
        }
        return try ScenarioFoundation(contentsOf: folder.url.appendingPathComponent("network.yaml"))
    }

    /// Two accounts in an organization, with `hub` and `spoke` network sections spliced in.
    static func accounts(hub: String, spoke: String = "{}") -> String {
        """
        foundation:
          regions: [us-east-1]
          organization:
            management: management
            root:
              units:
                Infrastructure: { accounts: [hub] }
                Workloads: { accounts: [spoke] }
          accounts:
            hub:
              network: \(hub)
            spoke:
              network: \(spoke)

        """
    }
}

@Suite struct NetworkFoundationTests {
    let foundation: ScenarioFoundation
    let names: NetworkNames
    let network: Network

    init() throws {
        foundation = try NetworkFixtures.foundation("every-declaration.yaml")
        names = foundation.built.network
        network = foundation.world.network
    }

    func id(_ kind: NetworkNames.Kind, _ name: String) throws -> String {
        try #require(names.all(kind)[name], "no \(kind.rawValue) \(name)")
    }

    @Test("a VPC gets its blocks, DNS attributes, flow logs, gateways and tags")
    func vpc() throws {
        let vpc = try #require(network.vpcs[try id(.vpc, "hub/core")])
        #expect(vpc.cidrBlocks.map(\.description) == ["10.0.0.0/16", "10.100.0.0/16"])
        #expect(vpc.enableDnsSupport && vpc.enableDnsHostnames)
        #expect(vpc.tags == ["Name": "core", "Environment": "shared"])
        let log = try #require(network.flowLogs.values.first { $0.resourceId == vpc.vpcId })
        #expect(log.trafficType == "REJECT" && log.logDestination == "arn:aws:s3:::flow-logs")
        #expect(network.internetGateways[try id(.internetGateway, "hub/core-igw")]?.attachedVpcId == vpc.vpcId)
        #expect(network.vpnGateways[try id(.vpnGateway, "hub/core-vgw")]?.attachedVpcId == vpc.vpcId)
        let subnet = try #require(network.subnets[try id(.subnet, "hub/public-a")])
        #expect(subnet.mapPublicIpOnLaunch && subnet.availabilityZone == "us-east-1a")
        #expect(network.subnets[try id(.subnet, "hub/secondary-a")]?.cidrBlock.description == "10.100.0.0/24")
    }

    @Test("route tables get their subnets and a route to every kind of target")
    func routes() throws {
        let table = try #require(network.routeTables[try id(.routeTable, "hub/private")])
        #expect(table.subnetAssociations == [try id(.subnet, "hub/private-a"), try id(.subnet, "hub/private-b")])
        let routes = foundation.world.routes(of: table).map { names.describe($0.description) }
        #expect(
            Set(routes).isSuperset(of: [
                "10.0.0.0/16 -> local", "10.100.0.0/16 -> local", "0.0.0.0/0 -> hub/nat-a",
                "10.98.0.0/16 -> hub/hub-tgw", "10.60.0.0/16 -> hub/core-to-edge", "172.16.0.0/12 -> hub/core-vgw",
                "10.70.0.0/16 -> hub/inspection@firewall-a", "10.80.0.0/16 -> hub/appliance",
            ]), "\(routes)")
        #expect(routes.contains { $0.hasPrefix("pl-") && $0.hasSuffix("-> hub/s3") })
        let publicTable = try #require(network.routeTables[try id(.routeTable, "hub/public")])
        #expect(
            foundation.world.routes(of: publicTable).map { names.describe($0.description) }.contains(
                "0.0.0.0/0 -> hub/core-igw"))
    }

    @Test("security groups get their rules, group references by name, and an emptied default group")
    func securityGroups() throws {
        let web = try #require(network.securityGroups[try id(.securityGroup, "hub/web")])
        #expect(
            web.ingressRules.map { "\($0.ipProtocol) \($0.fromPort)-\($0.toPort) \($0.peer)" } == [
                "tcp 443-443 0.0.0.0/0"
            ])
        #expect(web.egressRules.map { "\($0.ipProtocol) \($0.peer)" } == ["all 10.0.0.0/8"])
        let app = try #require(network.securityGroups[try id(.securityGroup, "hub/app")])
        #expect(app.ingressRules.map { "\($0.fromPort)-\($0.toPort) \($0.peer)" } == ["8000-8100 \(web.groupId)"])
        let defaultGroup = try #require(network.securityGroups[try id(.securityGroup, "hub/core/default")])
        #expect(defaultGroup.isDefault && defaultGroup.ingressRules.isEmpty && defaultGroup.egressRules.isEmpty)
    }

    @Test("a network ACL gets its numbered entries and replaces its subnets' ACL")
    func networkAcl() throws {
        let acl = try #require(network.networkAcls[try id(.networkAcl, "hub/data")])
        #expect(
            acl.entries.map { "\($0.egress ? "out" : "in") \($0.ruleNumber) \($0.ruleAction) \($0.block)" } == [
                "in 100 allow 10.0.0.0/8", "out 100 allow 0.0.0.0/0", "in 200 deny 0.0.0.0/0",
            ])
        #expect(
            foundation.world.networkAcl(ofSubnet: try id(.subnet, "hub/private-b"))?.networkAclId == acl.networkAclId)
    }

    @Test("endpoints, the transit gateway, VPNs, the firewall, Resolver and shares are built as declared")
    func connectivity() throws {
        let kms = try #require(network.vpcEndpoints[try id(.endpoint, "hub/kms")])
        #expect(
            kms.vpcEndpointType == .interface && !kms.privateDnsEnabled && kms.policyDocument.contains("kms:Decrypt"))
        #expect(
            network.vpcEndpoints[try id(.endpoint, "hub/s3")]?.routeTableIds == [try id(.routeTable, "hub/private")])
        let gateway = try #require(network.transitGateways[try id(.transitGateway, "hub/hub-tgw")])
        #expect(gateway.amazonSideAsn == 64_600 && gateway.autoAcceptSharedAttachments)
        let table = try #require(network.transitGatewayRouteTables[try id(.transitGatewayRouteTable, "hub/rt-main")])
        let routes = foundation.world.transitGatewayRoutes(of: table).map {
            "\($0.destination) \(names.name(of: $0.attachmentId ?? "-")) \($0.state)"
        }
        #expect(
            Set(routes) == [
                "10.99.0.0/16 - blackhole", "10.98.0.0/16 spoke/spoke-vpc active", "10.0.0.0/16 hub/core active",
                "10.100.0.0/16 hub/core active", "192.168.0.0/16 hub/office active",
            ], "\(routes)")
        let spokeAttachment = try #require(network.transitGatewayAttachments[try id(.attachment, "spoke/spoke-vpc")])
        #expect(
            spokeAttachment.state == .available
                && spokeAttachment.associatedRouteTableId == table.transitGatewayRouteTableId)
        #expect(
            network.vpnConnections[try id(.vpnConnection, "hub/branch")]?.routes.map(\.description) == ["172.16.0.0/12"]
        )
        let firewall = try #require(network.firewalls[try id(.firewall, "hub/inspection")])
        let policy = try #require(network.firewallPolicies[firewall.firewallPolicyArn])
        #expect(policy.statefulRuleOrder == .strictOrder && policy.statefulDefaultDrop)
        #expect(
            network.ruleGroups[try id(.ruleGroup, "hub/fast")]?.statelessRules.map(\.action) == [
                "aws:drop", "aws:forward_to_sfe",
            ])
        let rule = try #require(network.resolverRules[try id(.resolverRule, "hub/corp")])
        #expect(rule.associatedVpcIds == [try id(.vpc, "hub/core"), try id(.vpc, "spoke/spoke-vpc")])
        let share = try #require(network.resourceShares.values.first { $0.name == "to-spoke" })
        #expect(share.principals == [try foundation.accountID("spoke")] && share.resourceArns.count == 3)
    }

    @Test("instances and interfaces land in their subnets, shared ones included, with their options")
    func instances() throws {
        let web = try #require(network.instances[try id(.instance, "hub/web-1")])
        #expect(web.httpTokens == "optional" && web.instanceType == "t3.small")
        #expect(network.networkInterfaces[web.networkInterfaceId]?.publicIp != nil, "public-a maps public addresses")
        let shared = try #require(network.instances[try id(.instance, "spoke/in-shared-subnet")])
        #expect(shared.place.accountID == (try foundation.accountID("spoke")))
        #expect(network.networkInterfaces[shared.networkInterfaceId]?.privateIpAddressText == "10.0.1.50")
        let appliance = try #require(network.networkInterfaces[try id(.interface, "hub/appliance")])
        #expect(!appliance.sourceDestCheck && appliance.publicIp != nil && appliance.description == "appliance")
        let peering = try #require(network.peeringConnections[try id(.peering, "hub/core-to-edge")])
        #expect(peering.status == .active)
    }
}
