import Foundation
import LZReport
import LZScenario
import Testing

/// `assert` over what AWS RAM shares (subnets, transit gateways) and over the Resolver rules a
/// VPC uses.
@Suite struct ShareAssertTests {
    static let foundation = """
        foundation:
          regions: [eu-west-1]
          organization:
            management: management
            root:
              units:
                Dev: { accounts: [dev] }
                Prod: { accounts: [prod] }
                Infra: { accounts: [net] }
          accounts:
            partner: { outside_organization: true }
            net:
              network:
                region: eu-west-1
                transit_gateways:
                  hub: { asn: 64512 }
                vpcs:
                  shared:
                    cidr: 10.1.0.0/16
                    subnets:
                      private-a: { zone: eu-west-1a, cidr: 10.1.0.0/24 }
                      public-a: { zone: eu-west-1a, cidr: 10.1.1.0/24 }
                    internet_gateway: shared-igw
                    route_tables:
                      public:
                        subnets: [public-a]
                        routes: [{ destination: 0.0.0.0/0, internet_gateway: true }]
                  plain: { cidr: 10.2.0.0/16 }
                resolver:
                  endpoints:
                    out: { direction: OUTBOUND, addresses: [{ subnet: private-a, ip: 10.1.0.10 }, { subnet: private-a, ip: 10.1.0.11 }] }
                  rules:
                    corp: { domain: corp.example.com, targets: [192.168.10.10], endpoint: out, vpcs: [shared] }
                shares:
                  to-dev: { subnets: [private-a], principals: [Dev] }
                  public-to-prod: { subnets: [public-a], principals: [prod] }
                  hub-out: { transit_gateways: [hub], principals: [partner], allow_external: true }

        """

    static func verdicts(_ assertion: String) throws -> [String: String] {
        try ScenarioFolder.assertVerdicts(foundation, assertion)
    }

    @Test("a subnet shared beyond the allowed OUs and accounts names who else has it")
    func sharedWithin() throws {
        #expect(
            try Self.verdicts("{ resources: ec2:subnet, expect: { shared_with_within: [Dev] } }") == [
                "net/subnet/private-a": "passed", "net/subnet/public-a": "is shared with prod, beyond Dev",
            ])
    }

    @Test("a public subnet that is shared fails with the route that makes it public")
    func sharedWhilePublic() throws {
        let verdicts = try Self.verdicts("{ resources: ec2:subnet, expect: { shared_while_public: false } }")
        #expect(verdicts["net/subnet/private-a"] == "passed")
        let failure = verdicts["net/subnet/public-a"]
        #expect(failure == "is public (route to net/shared-igw) and shared with prod")
    }

    @Test("a transit gateway shared with an account outside the organization is named as such")
    func outsideOrganization() throws {
        #expect(
            try Self.verdicts("{ resources: ec2:transit-gateway, expect: { shared_outside_organization: false } }")
                == ["net/transit-gateway/hub": "is shared with outside partner"])
        #expect(
            try Self.verdicts("{ resources: ec2:transit-gateway, expect: { shared: false } }")
                == ["net/transit-gateway/hub": "is shared with outside partner"])
    }

    @Test("a VPC whose attachment misses a zone it uses names the zone")
    func attachmentZones() throws {
        let foundation = """
            foundation:
              regions: [eu-west-1]
              accounts:
                net:
                  network:
                    transit_gateways: { hub: { asn: 64512 } }
                    vpcs:
                      wide:
                        cidr: 10.1.0.0/16
                        subnets:
                          a: { zone: eu-west-1a, cidr: 10.1.0.0/24 }
                          b: { zone: eu-west-1b, cidr: 10.1.1.0/24 }
                        transit_gateway_attachment: { transit_gateway: hub, subnets: [a] }
                      narrow:
                        cidr: 10.2.0.0/16
                        subnets: { c: { zone: eu-west-1a, cidr: 10.2.0.0/24 } }
                        transit_gateway_attachment: { transit_gateway: hub, subnets: [c] }

            """
        #expect(
            try ScenarioFolder.assertVerdicts(
                foundation, "{ resources: ec2:vpc, expect: { attachments_cover_zones: true } }")
                == [
                    "net/vpc/narrow": "passed",
                    "net/vpc/wide": "its attachment to net/hub has no subnet in eu-west-1b",
                ])
    }

    @Test("a VPC without the Resolver rule for a domain names the domain")
    func resolverRules() throws {
        #expect(
            try Self.verdicts("{ resources: ec2:vpc, expect: { resolver_rules_include: [corp.example.com.] } }") == [
                "net/vpc/plain": "uses no Resolver rule for corp.example.com.", "net/vpc/shared": "passed",
            ])
    }
}
