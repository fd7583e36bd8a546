import Foundation
import Testing

@testable import LZScenario

@Suite struct NetworkErrorTests {
    /// A bad network of the `hub` account, the line (within the snippet) the error must point
    /// at, and the message and hint it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        var title: String
        var hub: String
        var spoke: String = ""
        var line: Int
        var message: String
        var hint: String?
        var testDescription: String { title }
    }

    /// The scenario's line of the snippets' first line: `hub`'s network starts on line 12, `spoke`'s after it.
    static func scenario(_ testCase: Case) -> (yaml: String, spokeLine: Int) {
        let hub = testCase.hub.split(separator: "\n", omittingEmptySubsequences: false).map { "        \($0)" }
        let spoke = testCase.spoke.split(separator: "\n", omittingEmptySubsequences: false).map { "        \($0)" }
        let yaml = """
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
                  network:
            \(hub.joined(separator: "\n"))
                spoke:
                  network:
            \(testCase.spoke.isEmpty ? "        {}" : spoke.joined(separator: "\n"))

            """
        return (yaml, 12 + hub.count + 2)
    }

    static let vpc = """
        vpcs:
          core:
            cidr: 10.0.0.0/16
            subnets:
              public-a: { zone: us-east-1a, cidr: 10.0.0.0/24 }
        """

    static let cases: [Case] = [
        Case(
            title: "an unknown VPC name, with the declared one suggested",
            hub: vpc + """

                network_firewall:
                  policies:
                    inspection: {}
                  firewalls:
                    fw: { policy: inspection, vpc: cor, subnets: [public-a] }
                """, line: 10, message: "no VPC named 'cor' in account 'hub'", hint: "did you mean 'core'?"),
        Case(
            title: "an overlapping subnet, refused by EC2 at the subnet's line",
            hub: vpc + """

                      public-b: { zone: us-east-1b, cidr: 10.0.0.128/25 }
                """, line: 6,
            message: "InvalidSubnet.Conflict: The CIDR '10.0.0.128/25' conflicts with another subnet (subnet-"),
        Case(
            title: "a route to a NAT gateway the VPC does not have",
            hub: vpc + """

                    nat_gateways:
                      nat-a: { subnet: public-a }
                    route_tables:
                      private:
                        routes:
                          - { destination: 0.0.0.0/0, nat_gateway: nat-b }
                """, line: 11, message: "no NAT gateway named 'nat-b' in account 'hub'", hint: "did you mean 'nat-a'?"),
        Case(
            title: "a route to the internet gateway of a VPC without one",
            hub: vpc + """

                    route_tables:
                      public:
                        routes: [{ destination: 0.0.0.0/0, internet_gateway: true }]
                """, line: 8, message: "VPC 'core' has no internet gateway for this route",
            hint: "declare internet_gateway: NAME in the VPC"),
        Case(
            title: "a blackhole in a VPC route table, which EC2 cannot create",
            hub: vpc + """

                    route_tables:
                      private:
                        routes: [{ destination: 10.5.0.0/16, blackhole: true }]
                """, line: 8,
            message: "a VPC route cannot target blackhole: EC2's CreateRoute has no such target, and a VPC route is "
                + "a blackhole only when its target is gone",
            hint: "write blackhole routes in a transit gateway route table"),
        Case(
            title: "a route with two targets",
            hub: vpc + """

                    route_tables:
                      private:
                        routes: [{ destination: 10.5.0.0/16, nat_gateway: a, transit_gateway: b }]
                """, line: 8,
            message:
                "a route of route table 'private' has nat_gateway and transit_gateway; a route has exactly one target"),
        Case(
            title: "a misspelt key, with the right one suggested",
            hub: """
                vpcs:
                  core:
                    cidr: 10.0.0.0/16
                    subnet: {}
                """, line: 4,
            message:
                "unknown key 'subnet' in VPC 'core'; expected one of cidr, secondary_cidrs, ipv6, dns_support, "
                + "dns_hostnames, flow_logs, internet_gateway, egress_only_internet_gateway, vpn_gateway, subnets, "
                + "route_tables, nat_gateways, security_groups, "
                + "network_acls, endpoints, transit_gateway_attachment, resolver_rules, tags",
            hint: "did you mean 'subnets'?"),
        Case(
            title: "two subnets of one name in two VPCs of an account",
            hub: vpc + """

                  edge:
                    cidr: 10.1.0.0/16
                    subnets:
                      public-a: { zone: us-east-1a, cidr: 10.1.0.0/24 }
                """, line: 9, message: "account 'hub' declares two subnets named 'public-a'",
            hint: "names are unique per account and kind, across its VPCs"),
        Case(
            title: "a local route for a block the VPC does not have",
            hub: vpc + """

                    route_tables:
                      private:
                        routes: [{ destination: 10.9.0.0/16, local: true }]
                """, line: 8,
            message: "a local route covers exactly one of the VPC's blocks (10.0.0.0/16), found 10.9.0.0/16",
            hint: "the local routes are implied; leave them out"),
    ]

    @Test("a bad network declaration fails at its own line with what was expected and found", arguments: cases)
    func badDeclaration(_ testCase: Case) throws {
        let (yaml, _) = Self.scenario(testCase)
        let error = try #require(throws: ScenarioError.self) { try NetworkFixtures.build(yaml) }
        #expect(error.location.line == 11 + testCase.line, "\(error)")
        #expect(error.message.hasPrefix(testCase.message), "\(error)")
        #expect(error.hint == testCase.hint, "\(error)")
    }

    @Test("another account's missing transit gateway is named with the account, and the declared one suggested")
    func crossAccountReference() throws {
        let testCase = Case(
            title: "", hub: "transit_gateways: { tgw-main: {} }",
            spoke: """
                vpcs:
                  app:
                    cidr: 10.5.0.0/16
                    subnets: { a: { zone: us-east-1a, cidr: 10.5.0.0/24 } }
                    transit_gateway_attachment: { transit_gateway: hub/tgw-mian, subnets: [a] }
                """, line: 0, message: "")
        let (yaml, spokeLine) = Self.scenario(testCase)
        let error = try #require(throws: ScenarioError.self) { try NetworkFixtures.build(yaml) }
        #expect(error.message == "no transit gateway named 'tgw-mian' in account 'hub'")
        #expect(error.hint == "did you mean 'hub/tgw-main'?")
        #expect(error.location.line == spokeLine + 4 && error.location.column == 60)
    }

    @Test("attaching to a transit gateway nobody shared is refused by EC2 at the attachment's line")
    func unsharedTransitGateway() throws {
        let testCase = Case(
            title: "", hub: "transit_gateways: { tgw-main: {} }",
            spoke: """
                vpcs:
                  app:
                    cidr: 10.5.0.0/16
                    subnets: { a: { zone: us-east-1a, cidr: 10.5.0.0/24 } }
                    transit_gateway_attachment: { transit_gateway: hub/tgw-main, subnets: [a] }
                """, line: 0, message: "")
        let (yaml, spokeLine) = Self.scenario(testCase)
        let error = try #require(throws: ScenarioError.self) { try NetworkFixtures.build(yaml) }
        #expect(error.message.hasPrefix("InvalidTransitGatewayID.NotFound: Transit Gateway tgw-"), "\(error)")
        #expect(error.location.line == spokeLine + 4)
    }
}
