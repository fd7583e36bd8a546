import Foundation
import LZSim

@testable import LZScenario

/// The EC2 controls on instances, volumes, account settings, network ACLs and transit gateways.
extension ControlCase {
    static let compute: [ControlCase] = [
        ControlCase(
            id: "EC2.3",
            compliant: { fixture in
                let instance = try fixture.world.runInstances(encrypted: true, as: fixture.admin)
                return .init(
                    resource: "app/volume/\(instance.rootVolumeID)",
                    status: .compliant("volume \(instance.rootVolumeID) is encrypted"))
            },
            nonCompliant: { fixture in
                let instance = try fixture.world.runInstances(encrypted: false, as: fixture.admin)
                return .init(
                    resource: "app/volume/\(instance.rootVolumeID)",
                    status: .nonCompliant(
                        "volume \(instance.rootVolumeID) attached to \(instance.instanceID) is not encrypted"))
            }),
        ControlCase(
            id: "EC2.7",
            compliant: { fixture in
                try fixture.world.enableEbsEncryptionByDefault(as: fixture.admin)
                return .init(
                    resource: "app/region/eu-west-1", status: .compliant("EBS encryption by default is on in eu-west-1")
                )
            },
            nonCompliant: { _ in
                .init(
                    resource: "app/region/eu-west-1",
                    status: .nonCompliant("EBS encryption by default is off in eu-west-1"))
            }),
        ControlCase(
            id: "EC2.8",
            compliant: { fixture in
                let (_, subnet) = try fixture.vpc()
                _ = try fixture.world.runInstances(
                    subnetId: subnet.subnetId, httpTokens: "required", tags: ["Name": "api"], as: fixture.admin)
                return .init(resource: "app/instance/api", status: .compliant("instance api requires IMDSv2"))
            },
            nonCompliant: { fixture in
                let (_, subnet) = try fixture.vpc()
                _ = try fixture.world.runInstances(
                    subnetId: subnet.subnetId, httpTokens: "optional", tags: ["Name": "api"], as: fixture.admin)
                return .init(
                    resource: "app/instance/api",
                    status: .nonCompliant("instance api allows IMDSv1 (HttpTokens optional)"))
            }),
        ControlCase(
            id: "EC2.9",
            compliant: { fixture in
                let (_, subnet) = try fixture.vpc()
                _ = try fixture.world.runInstances(subnetId: subnet.subnetId, tags: ["Name": "api"], as: fixture.admin)
                return .init(
                    resource: "app/instance/api", status: .compliant("instance api has no public IPv4 address"))
            },
            nonCompliant: { fixture in
                let (_, subnet) = try fixture.vpc()
                let instance = try fixture.world.runInstances(
                    subnetId: subnet.subnetId, associatePublicIpAddress: true, tags: ["Name": "api"], as: fixture.admin)
                let address = fixture.world.network.networkInterfaces[instance.networkInterfaceId]!.publicIp!
                return .init(
                    resource: "app/instance/api",
                    status: .nonCompliant("instance api has public IPv4 address \(IPv4CIDR.format(address))"))
            }),
        ControlCase(
            id: "EC2.21",
            compliant: { fixture in
                let (vpc, _) = try fixture.vpc()
                _ = try fixture.world.createNetworkAcl(vpcId: vpc.vpcId, tags: ["Name": "private"], as: fixture.admin)
                return .init(
                    resource: "app/network-acl/private",
                    status: .compliant("network ACL private admits no 0.0.0.0/0 or ::/0 traffic to 22 or 3389"))
            },
            nonCompliant: { fixture in
                let (vpc, _) = try fixture.vpc()
                let acl = try fixture.world.createNetworkAcl(
                    vpcId: vpc.vpcId, tags: ["Name": "private"], as: fixture.admin)
                try fixture.world.createNetworkAclEntry(
                    networkAclId: acl.networkAclId, ruleNumber: 100, protocol: "tcp", ruleAction: "allow",
                    egress: false, cidrBlock: "0.0.0.0/0", portRange: 22...22, as: fixture.admin)
                let entry = fixture.world.network.networkAcls[acl.networkAclId]!.entries(egress: false)[0]
                return .init(
                    resource: "app/network-acl/private",
                    status: .nonCompliant("network ACL private allows \(entry.description)"))
            }),
        ControlCase(
            id: "EC2.23",
            compliant: { fixture in
                _ = try fixture.world.createTransitGateway(tags: ["Name": "hub"], as: fixture.admin)
                return .init(
                    resource: "app/transit-gateway/hub",
                    status: .compliant("transit gateway hub waits for attachments to be accepted"))
            },
            nonCompliant: { fixture in
                _ = try fixture.world.createTransitGateway(
                    autoAcceptSharedAttachments: true, tags: ["Name": "hub"], as: fixture.admin)
                return .init(
                    resource: "app/transit-gateway/hub",
                    status: .nonCompliant("transit gateway hub accepts shared attachments automatically"))
            }),
        ControlCase(
            id: "RDS.3",
            compliant: { fixture in
                _ = try fixture.world.createDBInstance(
                    dbInstanceIdentifier: "orders", storageEncrypted: true, as: fixture.admin)
                return .init(
                    resource: "app/db-instance/orders", status: .compliant("DB instance orders encrypts its storage"))
            },
            nonCompliant: { fixture in
                _ = try fixture.world.createDBInstance(dbInstanceIdentifier: "orders", as: fixture.admin)
                return .init(
                    resource: "app/db-instance/orders",
                    status: .nonCompliant("DB instance orders does not encrypt its storage"))
            }),
    ]
}
