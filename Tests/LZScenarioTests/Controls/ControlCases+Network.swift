import Foundation
import LZSim

@testable import LZScenario

/// The EC2 controls' fixtures: VPCs, security groups, network ACLs, instances, volumes, gateways.
extension ControlCase {
    static let network: [ControlCase] = [
        ControlCase(
            id: "EC2.2",
            compliant: { fixture in
                let (vpc, _) = try fixture.vpc()
                let group = fixture.world.network.securityGroups[vpc.defaultSecurityGroupId]!
                try fixture.world.revokeSecurityGroupIngress(
                    groupId: group.groupId, securityGroupRuleIds: group.ingressRules.map(\.securityGroupRuleId),
                    as: fixture.admin)
                try fixture.world.revokeSecurityGroupEgress(
                    groupId: group.groupId, securityGroupRuleIds: group.egressRules.map(\.securityGroupRuleId),
                    as: fixture.admin)
                return .init(
                    resource: "app/vpc/main/default-security-group",
                    status: .compliant("default security group of main has no rules"))
            },
            nonCompliant: { fixture in
                _ = try fixture.vpc()
                return .init(
                    resource: "app/vpc/main/default-security-group",
                    status: .nonCompliant("default security group of main has 1 inbound and 1 outbound rules"))
            }),
        ControlCase(
            id: "EC2.6",
            compliant: { fixture in
                let (vpc, _) = try fixture.vpc()
                _ = try fixture.world.createFlowLogs(
                    resourceId: vpc.vpcId, trafficType: "REJECT", logDestination: "arn:aws:s3:::flow-logs",
                    as: fixture.admin)
                return .init(resource: "app/vpc/main", status: .compliant("VPC main logs rejected traffic"))
            },
            nonCompliant: { fixture in
                let (vpc, _) = try fixture.vpc()
                _ = try fixture.world.createFlowLogs(
                    resourceId: vpc.vpcId, trafficType: "ACCEPT", logDestination: "arn:aws:s3:::flow-logs",
                    as: fixture.admin)
                return .init(
                    resource: "app/vpc/main",
                    status: .nonCompliant("VPC main has no flow log capturing rejected traffic"))
            }),
        ControlCase(
            id: "EC2.10",
            compliant: { fixture in
                let (vpc, subnet) = try fixture.vpc()
                _ = try fixture.world.createVpcEndpoint(
                    vpcId: vpc.vpcId, serviceName: "com.amazonaws.eu-west-1.ec2", vpcEndpointType: .interface,
                    subnetIds: [subnet.subnetId], as: fixture.admin)
                return .init(resource: "app/vpc/main", status: .compliant("VPC main has an endpoint for EC2"))
            },
            nonCompliant: { fixture in
                _ = try fixture.vpc()
                return .init(
                    resource: "app/vpc/main",
                    status: .nonCompliant("VPC main has no endpoint for com.amazonaws.eu-west-1.ec2"))
            }),
        ControlCase(
            id: "EC2.13",
            compliant: { fixture in
                let (group, _) = try fixture.openGroup("tcp", 443...443)
                return .init(
                    resource: "app/security-group/web",
                    status: .compliant("\(group.displayName) opens no port 22 to 0.0.0.0/0 or ::/0"))
            },
            nonCompliant: { fixture in
                let (group, rule) = try fixture.openGroup("-1", -1...(-1))
                return .init(
                    resource: "app/security-group/web",
                    status: .nonCompliant("\(group.displayName) allows \(rule.description) (port 22)"))
            }),
        ControlCase(
            id: "EC2.14",
            compliant: { fixture in
                let (group, _) = try fixture.openGroup("udp", 3389...3389)
                return .init(
                    resource: "app/security-group/web",
                    status: .compliant("\(group.displayName) opens no port 3389 to 0.0.0.0/0 or ::/0"))
            },
            nonCompliant: { fixture in
                let (group, rule) = try fixture.openGroup("tcp", 3000...4000)
                return .init(
                    resource: "app/security-group/web",
                    status: .nonCompliant("\(group.displayName) allows \(rule.description) (port 3389)"))
            }),
        ControlCase(
            id: "EC2.15",
            compliant: { fixture in
                _ = try fixture.vpc()
                return .init(
                    resource: "app/subnet/main-a", status: .compliant("subnet main-a assigns no public addresses"))
            },
            nonCompliant: { fixture in
                let (_, subnet) = try fixture.vpc()
                try fixture.world.modifySubnetAttribute(
                    subnetId: subnet.subnetId, mapPublicIpOnLaunch: true, as: fixture.admin)
                return .init(
                    resource: "app/subnet/main-a",
                    status: .nonCompliant("subnet main-a assigns public IPv4 addresses on launch"))
            }),
        ControlCase(
            id: "EC2.18",
            compliant: { fixture in
                let (group, _) = try fixture.openGroup("tcp", 443...443)
                try fixture.attach(group)
                return .init(
                    resource: "app/security-group/web",
                    status: .compliant("\(group.displayName) opens only authorized ports to 0.0.0.0/0 or ::/0"))
            },
            nonCompliant: { fixture in
                let (group, rule) = try fixture.openGroup("tcp", 8080...8080)
                try fixture.attach(group)
                return .init(
                    resource: "app/security-group/web",
                    status: .nonCompliant(
                        "\(group.displayName) allows \(rule.description), outside the authorized ports"))
            }),
        ControlCase(
            id: "EC2.19",
            compliant: { fixture in
                let (group, _) = try fixture.openGroup("tcp", 80...80)
                return .init(
                    resource: "app/security-group/web",
                    status: .compliant("\(group.displayName) opens no high-risk port to 0.0.0.0/0 or ::/0"))
            },
            nonCompliant: { fixture in
                let (group, rule) = try fixture.openGroup("tcp", 5400...5500)
                return .init(
                    resource: "app/security-group/web",
                    status: .nonCompliant("\(group.displayName) allows \(rule.description) (ports 5432, 5500)"))
            }),
        ControlCase(
            id: "EC2.54",
            compliant: { fixture in
                // 0.0.0.0/0 on 22 is EC2.53's to report; EC2.54 reads only ::/0.
                let (group, _) = try fixture.openGroup("tcp", 22...22)
                return .init(
                    resource: "app/security-group/web",
                    status: .compliant("\(group.displayName) opens no administration port to ::/0"))
            },
            nonCompliant: { fixture in
                let (group, rule) = try fixture.openGroup("tcp", 22...22, source: .ipv6("::/0"))
                return .init(
                    resource: "app/security-group/web",
                    status: .nonCompliant("\(group.displayName) allows \(rule.description) (port 22)"))
            }),
        ControlCase(
            id: "EC2.53",
            compliant: { fixture in
                let (group, _) = try fixture.openGroup("tcp", 8443...8443)
                return .init(
                    resource: "app/security-group/web",
                    status: .compliant("\(group.displayName) opens no administration port to 0.0.0.0/0"))
            },
            nonCompliant: { fixture in
                let (group, rule) = try fixture.openGroup("udp", 3389...3389)
                return .init(
                    resource: "app/security-group/web",
                    status: .nonCompliant("\(group.displayName) allows \(rule.description) (port 3389)"))
            }),
    ]
}

extension ControlFixture {
    /// Puts a network interface with the group in the group's VPC, so that the group is in use.
    mutating func attach(_ group: SecurityGroup) throws {
        let subnet = world.network.subnets.values.first { $0.vpcId == group.vpcId }!
        _ = try world.createNetworkInterface(subnetId: subnet.subnetId, groups: [group.groupId], as: admin)
    }
}
