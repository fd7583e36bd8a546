import Foundation
import LZReport
import LZScenario
import Testing

/// Steps that change networks, naming their resources as `${security_groups.ACCOUNT/NAME}` and
/// kin, each taking effect for the steps after it.
@Suite struct NetworkStepsTests {
    static let foundation = """
        foundation:
          regions: [eu-west-1]
          accounts:
            net:
              iam:
                roles:
                  Admin:
                    trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.net}:root" }, Action: "sts:AssumeRole" }] }
                    managed_policies: [AdministratorAccess]
              network:
                vpcs:
                  app:
                    cidr: 10.1.0.0/16
                    internet_gateway: igw
                    subnets: { a: { zone: eu-west-1a, cidr: 10.1.0.0/24 } }
                    route_tables: { private: { subnets: [a], routes: [] } }
                    security_groups: { web: { description: web } }
                    transit_gateway_attachment: { transit_gateway: tgw, subnets: [a] }
                transit_gateways:
                  tgw:
                    route_tables:
                      rt: { routes: { 10.9.0.0/16: blackhole } }

        """

    @Test("security group rules, routes and transit gateway routes change through steps")
    func networkChanges() throws {
        let run = try ScenarioFolder([
            "s.yaml": Self.foundation + """
                checks:
                  - id: N-1
                    title: network changes
                    steps:
                      - as: net/role/Admin
                        call: ec2:AuthorizeSecurityGroupIngress
                        with: { GroupId: "${security_groups.net/web}", IpProtocol: tcp, FromPort: "22", ToPort: "22", CidrIp: 0.0.0.0/0 }
                      - as: net/role/Admin
                        call: ec2:AuthorizeSecurityGroupIngress
                        with: { GroupId: "${security_groups.net/web}", IpProtocol: tcp, FromPort: "22", ToPort: "22", CidrIp: 0.0.0.0/0 }
                        expect: InvalidPermission.Duplicate
                      - as: net/role/Admin
                        call: ec2:CreateRoute
                        with: { RouteTableId: "${route_tables.net/private}", DestinationCidrBlock: 0.0.0.0/0, GatewayId: "${internet_gateways.net/igw}" }
                      - as: net/role/Admin
                        call: ec2:DeleteRoute
                        with: { RouteTableId: "${route_tables.net/private}", DestinationCidrBlock: 0.0.0.0/0 }
                      - as: net/role/Admin
                        call: ec2:DeleteRoute
                        with: { RouteTableId: "${route_tables.net/private}", DestinationCidrBlock: 0.0.0.0/0 }
                        expect: InvalidRoute.NotFound
                      - as: net/role/Admin
                        call: ec2:DeleteTransitGatewayRoute
                        with: { TransitGatewayRouteTableId: "${transit_gateway_route_tables.net/rt}", DestinationCidrBlock: 10.9.0.0/16 }
                """
        ]).run()
        let testcase = try #require(run.suites.first?.cases.first)
        #expect(testcase.outcome == .passed, "\(testcase)")
    }

    @Test("delete steps meet EC2's dependency checks: a default group, an attached gateway, an attachment's subnet")
    func deletes() throws {
        let run = try ScenarioFolder([
            "s.yaml": Self.foundation + """
                checks:
                  - id: N-2
                    title: network deletes
                    steps:
                      - as: net/role/Admin
                        call: ec2:DeleteSecurityGroup
                        with: { GroupId: "${security_groups.net/app/default}" }
                        expect: CannotDelete
                      - as: net/role/Admin
                        call: ec2:DeleteInternetGateway
                        with: { InternetGatewayId: "${internet_gateways.net/igw}" }
                        expect: DependencyViolation
                      - as: net/role/Admin
                        call: ec2:DetachInternetGateway
                        with: { InternetGatewayId: "${internet_gateways.net/igw}", VpcId: "${vpcs.net/app}" }
                      - as: net/role/Admin
                        call: ec2:DeleteInternetGateway
                        with: { InternetGatewayId: "${internet_gateways.net/igw}" }
                      - as: net/role/Admin
                        call: ec2:DeleteSecurityGroup
                        with: { GroupId: "${security_groups.net/web}" }
                      - as: net/role/Admin
                        call: ec2:DeleteVpc
                        with: { VpcId: "${vpcs.net/app}" }
                        expect: DependencyViolation
                      - as: net/role/Admin
                        call: ec2:DeleteSubnet
                        with: { SubnetId: "${subnets.net/a}" }
                        expect: DependencyViolation
                      - as: net/role/Admin
                        call: ec2:DeleteTransitGatewayVpcAttachment
                        with: { TransitGatewayAttachmentId: "${transit_gateway_attachments.net/app}" }
                      - as: net/role/Admin
                        call: ec2:DeleteSubnet
                        with: { SubnetId: "${subnets.net/a}" }
                """
        ]).run()
        let testcase = try #require(run.suites.first?.cases.first)
        #expect(testcase.outcome == .passed, "\(testcase)")
    }
}
