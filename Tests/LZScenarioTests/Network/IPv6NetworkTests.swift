import Foundation
import LZReport
import Testing

@testable import LZScenario

/// Dual-stack networks declared in a scenario: `ipv6` on a VPC, `ipv6_cidr` on subnets (a block,
/// or an index in an Amazon-provided one), egress-only gateways, `::/0` routes, IPv6 ACL entries
/// and rules, and reach and exposure checks that see IPv6 traffic.
@Suite struct IPv6NetworkTests {
    static func foundation(vpc: String = "ipv6: amazon", subnet: String = "ipv6_cidr: 1") -> String {
        """
        foundation:
          regions: [eu-west-1]
          accounts:
            a:
              network:
                vpcs:
                  app:
                    cidr: 10.1.0.0/16
                    \(vpc)
                    internet_gateway: igw
                    egress_only_internet_gateway: eigw
                    subnets:
                      web: { zone: eu-west-1a, cidr: 10.1.1.0/24, \(subnet), assign_ipv6_on_creation: true }
                      app: { zone: eu-west-1a, cidr: 10.1.2.0/24, ipv6_cidr: 2, assign_ipv6_on_creation: true }
                    route_tables:
                      public:
                        subnets: [web]
                        routes: [{ destination: "::/0", internet_gateway: true }]
                      private:
                        subnets: [app]
                        routes: [{ destination: "::/0", egress_only_internet_gateway: true }]
                    security_groups:
                      web: { ingress: [{ protocol: tcp, ports: 22, ipv6_cidr: "::/0" }] }
                      app: { ingress: [{ protocol: tcp, ports: 22, ipv6_cidr: "::/0" }], egress: [{ protocol: all, ipv6_cidr: "::/0" }] }
                    network_acls:
                      strict:
                        subnets: [app]
                        ingress: { 100: { action: allow, ipv6_cidr: "::/0" } }
                        egress: { 100: { action: allow, ipv6_cidr: "::/0" } }
                instances:
                  web: { subnet: web, security_groups: [web], public_ip: false }
                  app: { subnet: app, security_groups: [app] }

        """
    }

    static func run(_ foundation: String, _ checks: String) throws -> [String: String] {
        let run = try ScenarioFolder(["s.yaml": foundation + "checks:\n" + checks]).run()
        return ReachCheckTests.results(run)
    }

    @Test("the public subnet's instance is internet-exposed on 22 over IPv6; the egress-only one reaches out only")
    func dualStack() throws {
        let results = try Self.run(
            Self.foundation(),
            """
              - { id: R-1, title: web exposed, reach: { from: internet, to: { instance: a/web }, ports: 22, expect: reachable } }
              - { id: R-2, title: app closed, reach: { from: internet, to: { instance: a/app }, ports: 22, expect: unreachable } }
              - { id: R-3, title: app out, reach: { from: { instance: a/app }, to: internet, ports: 443, expect: reachable } }
              - id: E-1
                title: exposure
                exposure: { in: { accounts: [a] }, ports: [22], expect: [{ resource: a/web, ports: 22 }] }
            """)
        #expect(
            results == [
                "R-1 web exposed": "passed", "R-2 app closed": "passed", "R-3 app out": "passed",
                "E-1 exposure": "passed",
            ])
    }

    @Test("a VPC's IPv6 block of the wrong size is InvalidVpc.Range at its line")
    func badVpcBlock() throws {
        let results = try Self.run(
            Self.foundation(vpc: "ipv6: \"2001:db8::/64\"", subnet: "ipv6_cidr: \"2001:db8::/64\""),
            "  - { id: R-1, title: t, reach: { from: internet, to: { instance: a/web }, ports: 22, expect: reachable } }\n"
        )
        let message = try #require(results.values.first)
        #expect(message.contains("s.yaml:9:"), "\(message)")
        #expect(message.contains("InvalidVpc.Range"), "\(message)")
    }

    @Test("a subnet's IPv6 index beyond the VPC's block, and a block outside it, are errors at the value")
    func badSubnetBlock() throws {
        let index = try Self.run(
            Self.foundation(subnet: "ipv6_cidr: 256"),
            "  - { id: R-1, title: t, reach: { from: internet, to: { instance: a/web }, ports: 22, expect: reachable } }\n"
        )
        let message = try #require(index.values.first)
        #expect(message.contains("s.yaml:13:"), "\(message)")
        #expect(message.contains("expected the index of a /64"), "\(message)")
        let outside = try Self.run(
            Self.foundation(vpc: "ipv6: \"2001:db8:1200::/56\"", subnet: "ipv6_cidr: \"2001:db8:1300::/64\""),
            "  - { id: R-1, title: t, reach: { from: internet, to: { instance: a/web }, ports: 22, expect: reachable } }\n"
        )
        let refused = try #require(outside.values.first)
        #expect(refused.contains("s.yaml:13:"), "\(refused)")
        #expect(refused.contains("InvalidSubnet.Range"), "\(refused)")
    }

    @Test("ipv6_support on transit gateway attachments carries IPv6 between spokes; without it, no route")
    func transitGatewayIPv6() throws {
        func spoke(_ name: String, _ octet: Int, support: Bool) -> String {
            """
                      \(name):
                        cidr: 10.\(octet).0.0/16
                        ipv6: "2001:db8:\(octet)00::/56"
                        subnets: { s\(octet): { zone: eu-west-1a, cidr: 10.\(octet).0.0/24, ipv6_cidr: 0, assign_ipv6_on_creation: true } }
                        route_tables: { rt\(octet): { main: true, routes: [{ destination: "::/0", transit_gateway: tgw }] } }
                        security_groups: { sg\(octet): { ingress: [{ protocol: tcp, ports: 443, ipv6_cidr: "2001:db8::/32" }], egress: [{ protocol: all, ipv6_cidr: "::/0" }] } }
                        transit_gateway_attachment: { transit_gateway: tgw, subnets: [s\(octet)], ipv6_support: \(support) }

            """
        }
        func run(_ support: Bool) throws -> [String: String] {
            let yaml = """
                foundation:
                  regions: [eu-west-1]
                  accounts:
                    a:
                      network:
                        transit_gateways: { tgw: {} }
                        vpcs:

                """ + spoke("one", 1, support: true) + spoke("two", 2, support: support) + """
                            instances:
                              i1: { subnet: s1, security_groups: [sg1] }
                              i2: { subnet: s2, security_groups: [sg2] }
                    checks:
                      - { id: R-1, title: over IPv6, reach: { from: { instance: a/i1 }, to: { instance: a/i2 }, ports: 443, expect: reachable } }

                    """
            return ReachCheckTests.results(try ScenarioFolder(["s.yaml": yaml]).run())
        }
        #expect(try run(true) == ["R-1 over IPv6": "passed"])
        // Without IPv6 support the second spoke's IPv6 block never reaches the gateway's route table.
        let failed = try #require(try run(false).values.first)
        #expect(failed.contains("matches 2001:db8:200::4/128"), "\(failed)")
    }
}
