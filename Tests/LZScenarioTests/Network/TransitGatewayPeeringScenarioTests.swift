import Foundation
import LZReport
import Testing

@testable import LZScenario

/// Transit gateway peering declared in a scenario: `peering` on a transit gateway, accepted by
/// the peer's owner, named in route tables like an attachment, with static routes only.
@Suite struct TransitGatewayPeeringScenarioTests {
    static func side(_ account: String, _ octet: Int, peering: String, table: String) -> String {
        """
            \(account):
              network:
                transit_gateways:
                  tgw-\(account):
                    asn: \(64_511 + octet)
                    default_route_table_association: false
                    default_route_table_propagation: false
            \(peering)
                    route_tables:
                      rt-\(account): \(table)
                vpcs:
                  app:
                    cidr: 10.\(octet).0.0/16
                    subnets: { s: { zone: eu-west-1a, cidr: 10.\(octet).0.0/24 } }
                    route_tables: { main: { main: true, routes: [{ destination: 10.0.0.0/8, transit_gateway: tgw-\(account) }] } }
                    security_groups: { app: { ingress: [{ protocol: tcp, ports: 443, cidr: 10.0.0.0/8 }] } }
                    transit_gateway_attachment: { transit_gateway: tgw-\(account), subnets: [s] }
                instances: { app: { subnet: s, security_groups: [app] } }

        """
    }

    static func run(peer: String = "b/tgw-b", bTable: String) throws -> [String: String] {
        let foundation =
            "foundation:\n  regions: [eu-west-1]\n  accounts:\n"
            + side(
                "a", 1, peering: "        peering: { to-b: { peer: \(peer) } }",
                table: "{ associations: [app, to-b], propagations: [app], routes: { 10.2.0.0/16: to-b } }")
            + side("b", 2, peering: "", table: bTable)
        let checks = """
            checks:
              - { id: R-1, title: a to b, reach: { from: { instance: a/app }, to: { instance: b/app }, ports: 443, expect: reachable } }
              - { id: R-2, title: b to a, reach: { from: { instance: b/app }, to: { instance: a/app }, ports: 443, expect: reachable } }

            """
        return ReachCheckTests.results(try ScenarioFolder(["s.yaml": foundation + checks]).run())
    }

    @Test("two accounts' transit gateways peer, and static routes on both sides carry their VPCs' traffic")
    func peered() throws {
        let results = try Self.run(
            bTable: "{ associations: [app, a/to-b], propagations: [app], routes: { 10.1.0.0/16: a/to-b } }")
        #expect(results == ["R-1 a to b": "passed", "R-2 b to a": "passed"])
    }

    @Test("propagating a peering attachment is refused at its line, as EC2 refuses it")
    func propagationRefused() throws {
        let results = try Self.run(bTable: "{ associations: [app, a/to-b], propagations: [app, a/to-b] }")
        let message = try #require(results.values.first)
        #expect(message.contains("s.yaml:31:72:"), "\(message)")
        #expect(message.contains("static routes only"), "\(message)")
    }

    @Test("a peer that does not exist is an error at the peer's name, with a suggestion")
    func unknownPeer() throws {
        let results = try Self.run(peer: "b/tgw-c", bTable: "{ associations: [app] }")
        let message = try #require(results.values.first)
        #expect(message.contains("s.yaml:11:38:"), "\(message)")
        #expect(message.contains("no transit gateway named 'tgw-c' in account 'b'"), "\(message)")
        #expect(message.contains("did you mean 'b/tgw-b'?"), "\(message)")
    }
}
