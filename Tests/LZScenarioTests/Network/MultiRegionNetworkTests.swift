import Foundation
import LZSim
import Testing

@testable import LZScenario

/// An account's `network:` as a list, one network per Region: each built in its own Region,
/// names unique across them, peering across Regions accepted in the peer's Region.
@Suite struct MultiRegionNetworkTests {
    static func foundation(_ networks: String, regions: String = "[eu-west-1, eu-central-1]") -> String {
        """
        foundation:
          regions: \(regions)
          accounts:
            app:
              network:
        \(networks)
        """
    }

    static let twoRegions = """
              - region: eu-west-1
                vpcs:
                  home:
                    cidr: 10.1.0.0/16
                    subnets: { home-a: { zone: eu-west-1a, cidr: 10.1.0.0/24 } }
                    route_tables: { home-rt: { main: true, routes: [{ destination: 10.2.0.0/16, peering: to-dr }] } }
                    security_groups: { web: { ingress: [{ protocol: tcp, ports: 443, cidr: 10.0.0.0/8 }] } }
                peering:
                  to-dr: { vpc: home, peer: dr }
                instances:
                  app: { subnet: home-a, security_groups: [web] }
              - region: eu-central-1
                vpcs:
                  dr:
                    cidr: 10.2.0.0/16
                    subnets: { dr-a: { zone: eu-central-1a, cidr: 10.2.0.0/24 } }
                    route_tables: { dr-rt: { main: true, routes: [{ destination: 10.1.0.0/16, peering: to-dr }] } }
                    security_groups: { standby: { ingress: [{ protocol: tcp, ports: 443, cidr: 10.1.0.0/16 }] } }
                instances:
                  standby: { subnet: dr-a, security_groups: [standby] }

        """

    @Test("each network is built in its own Region, and a peering across Regions carries traffic")
    func twoRegions() throws {
        let built = try NetworkFixtures.build(Self.foundation(Self.twoRegions))
        let network = built.world.network
        let regions = Dictionary(
            uniqueKeysWithValues: network.vpcs.values.map { ($0.cidrBlocks[0].description, $0.place.region) })
        #expect(regions == ["10.1.0.0/16": "eu-west-1", "10.2.0.0/16": "eu-central-1"])
        let app = try #require(network.instances.values.first { $0.place.region == "eu-west-1" })
        let standby = try #require(network.instances.values.first { $0.place.region == "eu-central-1" })
        let result = try built.world.reach(
            from: .instance(app.instanceId), to: .instance(standby.instanceId), protocol: .tcp, ports: 443...443)
        #expect(result.isReachable, "\(result)")
    }

    @Test("one account's transit gateways in two Regions peer, accepted in the peer's Region")
    func transitGatewaysAcrossRegions() throws {
        func side(_ region: String, _ octet: Int, _ table: String, peering: String = "") -> String {
            """
                  - region: \(region)
                    transit_gateways:
                      tgw-\(octet):
                        asn: \(64_511 + octet)
                        default_route_table_association: false
                        default_route_table_propagation: false
                        \(peering)
                        route_tables:
                          rt-\(octet): \(table)
                    vpcs:
                      app-\(octet):
                        cidr: 10.\(octet).0.0/16
                        subnets: { s-\(octet): { zone: \(region)a, cidr: 10.\(octet).0.0/24 } }
                        route_tables: { main-\(octet): { main: true, routes: [{ destination: 10.0.0.0/8, transit_gateway: tgw-\(octet) }] } }
                        security_groups: { web-\(octet): { ingress: [{ protocol: tcp, ports: 443, cidr: 10.0.0.0/8 }] } }
                        transit_gateway_attachment: { transit_gateway: tgw-\(octet), subnets: [s-\(octet)] }
                    instances: { app-\(octet): { subnet: s-\(octet), security_groups: [web-\(octet)] } }

            """
        }
        let networks =
            side(
                "eu-west-1", 1,
                "{ associations: [app-1, home-to-dr], propagations: [app-1], routes: { 10.2.0.0/16: home-to-dr } }",
                peering: "peering: { home-to-dr: { peer: tgw-2 } }")
            + side(
                "eu-central-1", 2,
                "{ associations: [app-2, home-to-dr], propagations: [app-2], routes: { 10.1.0.0/16: home-to-dr } }")
        let built = try NetworkFixtures.build(Self.foundation(networks))
        let instances = built.world.network.instances.values
        let home = try #require(instances.first { $0.place.region == "eu-west-1" })
        let dr = try #require(instances.first { $0.place.region == "eu-central-1" })
        let there = try built.world.reach(
            from: .instance(home.instanceId), to: .instance(dr.instanceId), ports: 443...443)
        let back = try built.world.reach(
            from: .instance(dr.instanceId), to: .instance(home.instanceId), ports: 443...443)
        #expect(there.isReachable, "\(there)")
        #expect(back.isReachable, "\(back)")
    }

    @Test("a list of networks names each one's Region, once, and only the foundation's Regions")
    func badLists() throws {
        let cases: [(String, String)] = [
            ("        - { vpcs: { a: { cidr: 10.1.0.0/16 } } }\n", "needs 'region', since it has more than one"),
            (
                "        - { region: eu-west-1, vpcs: { a: { cidr: 10.1.0.0/16 } } }\n"
                    + "        - { region: eu-west-1, vpcs: { b: { cidr: 10.2.0.0/16 } } }\n",
                "account 'app' declares two networks in eu-west-1"
            ),
            (
                "        - { region: us-east-1, vpcs: { a: { cidr: 10.1.0.0/16 } } }\n",
                "a Region the foundation does not govern"
            ),
            ("        []\n", "or a list of networks, one per Region, found an empty list"),
            (
                "        - { region: eu-west-1, vpcs: { a: { cidr: 10.1.0.0/16 } } }\n"
                    + "        - { region: eu-central-1, vpcs: { a: { cidr: 10.2.0.0/16 } } }\n",
                "account 'app' declares two VPCs named 'a'"
            ),
        ]
        for (networks, message) in cases {
            do {
                _ = try NetworkFixtures.build(Self.foundation(networks))
                Issue.record("expected an error containing \(message)")
            } catch {
                #expect(error.message.contains(message), "\(error.message)")
            }
        }
    }
}
