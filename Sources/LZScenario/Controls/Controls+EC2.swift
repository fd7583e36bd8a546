import LZSim

/// Security Hub's EC2 controls on volumes, instances, account settings, network ACLs and
/// transit gateways (https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html).
extension ControlCatalog {
    static let ec2: [Control] = [
        Control(
            id: "EC2.3", title: "Attached Amazon EBS volumes should be encrypted at-rest", service: "ec2",
            severity: .medium, mappings: [.init(framework: .fsbp, reference: "EC2.3")], parameters: [],
            resourceType: "AWS::EC2::Volume", needs: "attached EBS volumes",
            logic: "Each EBS volume in state in-use: NON_COMPLIANT if it is not encrypted (encrypted-volumes). "
                + "Unattached volumes are not evaluated.",
            requirement: "the attached volume is encrypted",
            remediation: "Snapshot the volume, copy the snapshot with encryption, and replace the volume from it",
            evaluate: { input in
                input.world.ec2.volumes.values.filter { $0.state == "in-use" }.compactMap { volume in
                    input.account(volume.accountID).map { (account: $0, volume: volume) }
                }.sorted { $0.volume.volumeID < $1.volume.volumeID }.map { account, volume in
                    let status: ControlStatus =
                        volume.encrypted
                        ? .compliant("volume \(volume.volumeID) is encrypted")
                        : .nonCompliant(
                            "volume \(volume.volumeID) attached to \(volume.attachedInstanceID ?? "an instance") "
                                + "is not encrypted")
                    return input.finding(account, "volume", volume.volumeID, id: volume.arn, status)
                }
            }),
        Control(
            id: "EC2.7", title: "EBS default encryption should be enabled", service: "ec2", severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "EC2.7"), .init(framework: .cis30, reference: "2.2.1")],
            parameters: [], resourceType: "AWS::::Account", needs: "accounts (per Region of the world)",
            logic: "Each account in each Region: NON_COMPLIANT if EBS encryption by default is off "
                + "(ec2-ebs-encryption-by-default).",
            requirement: "EBS encryption by default on in the Region",
            remediation: "Turn on EBS encryption by default with EnableEbsEncryptionByDefault in each Region",
            evaluate: { input in
                perRegion(input, "region") { account, region in
                    input.world.ec2.encryptionDefaults(account: account.id, region: region).encryptionByDefault
                        ? .compliant("EBS encryption by default is on in \(region)")
                        : .nonCompliant("EBS encryption by default is off in \(region)")
                }
            }),
        Control(
            id: "EC2.8", title: "EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)",
            service: "ec2", severity: .high,
            mappings: [.init(framework: .fsbp, reference: "EC2.8"), .init(framework: .cis30, reference: "5.6")],
            parameters: [], resourceType: "AWS::EC2::Instance", needs: "EC2 instances",
            logic: "Each instance: NON_COMPLIANT if MetadataOptions.HttpTokens is optional (ec2-imdsv2-check).",
            requirement: "HttpTokens required (IMDSv2 only)",
            remediation: "Require IMDSv2 with ModifyInstanceMetadataOptions --http-tokens required",
            evaluate: { input in
                instances(input).map { account, instance in
                    let status: ControlStatus =
                        instance.httpTokens == "required"
                        ? .compliant("instance \(instanceName(instance)) requires IMDSv2")
                        : .nonCompliant("instance \(instanceName(instance)) allows IMDSv1 (HttpTokens optional)")
                    return input.finding(
                        account, "instance", instanceName(instance), id: instance.arn, status, tags: instance.tags)
                }
            }),
        Control(
            id: "EC2.9", title: "Amazon EC2 instances should not have a public IPv4 address", service: "ec2",
            severity: .high, mappings: [.init(framework: .fsbp, reference: "EC2.9")], parameters: [],
            resourceType: "AWS::EC2::Instance", needs: "EC2 instances",
            logic: "Each instance: NON_COMPLIANT if its primary network interface has a public IPv4 address "
                + "(ec2-instance-no-public-ip).",
            requirement: "no public IPv4 address",
            remediation:
                "Launch the instance in a private subnet without a public address and reach it through a load balancer or NAT",
            evaluate: { input in
                instances(input).map { account, instance in
                    let address = input.world.network.networkInterfaces[instance.networkInterfaceId]?.publicIp
                    let status: ControlStatus =
                        address.map {
                            .nonCompliant(
                                "instance \(instanceName(instance)) has public IPv4 address \(IPv4CIDR.format($0))")
                        } ?? .compliant("instance \(instanceName(instance)) has no public IPv4 address")
                    return input.finding(
                        account, "instance", instanceName(instance), id: instance.arn, status, tags: instance.tags)
                }
            }),
        Control(
            id: "EC2.21", title: "Network ACLs should not allow ingress from 0.0.0.0/0 to port 22 or port 3389",
            service: "ec2", severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "EC2.21"), .init(framework: .cis30, reference: "5.1")],
            parameters: [], resourceType: "AWS::EC2::NetworkAcl", needs: "network ACLs",
            logic: "Each network ACL: NON_COMPLIANT if an inbound allow entry from 0.0.0.0/0 or ::/0 covers TCP or "
                + "UDP port 22 or 3389, protocol all included (nacl-no-unrestricted-ssh-rdp).",
            requirement: "no inbound allow entry from 0.0.0.0/0 or ::/0 to 22 or 3389",
            remediation: "Narrow the entry's CIDR block, or add a lower-numbered deny entry for 22 and 3389",
            evaluate: { input in
                input.world.network.networkAcls.values.compactMap { acl in
                    input.account(acl.place.accountID).map { (account: $0, acl: acl) }
                }.sorted { $0.acl.networkAclId < $1.acl.networkAclId }.map { account, acl in
                    let open = acl.entries(egress: false).filter { entry in
                        entry.allows
                            && (entry.cidrBlock == NetworkRules.everywhere || entry.ipv6CidrBlock == .anywhere)
                            && [.tcp, .udp, .all].contains(entry.ipProtocol)
                            && (entry.ports.contains(22) || entry.ports.contains(3389))
                    }
                    let name = acl.tags["Name"] ?? acl.networkAclId
                    let status: ControlStatus =
                        open.isEmpty
                        ? .compliant("network ACL \(name) admits no 0.0.0.0/0 or ::/0 traffic to 22 or 3389")
                        : .nonCompliant(
                            "network ACL \(name) allows \(open.map(\.description).joined(separator: "; "))")
                    return input.finding(account, "network-acl", name, id: acl.networkAclId, status, tags: acl.tags)
                }
            }),
        Control(
            id: "EC2.23", title: "Amazon EC2 Transit Gateways should not automatically accept VPC attachment requests",
            service: "ec2", severity: .high, mappings: [.init(framework: .fsbp, reference: "EC2.23")],
            parameters: [], resourceType: "AWS::EC2::TransitGateway", needs: "transit gateways",
            logic: "Each transit gateway: NON_COMPLIANT if AutoAcceptSharedAttachments is enable "
                + "(ec2-transit-gateway-auto-vpc-attach-disabled).",
            requirement: "AutoAcceptSharedAttachments disable",
            remediation: "Turn off AutoAcceptSharedAttachments with ModifyTransitGateway",
            evaluate: { input in
                input.world.network.transitGateways.values.compactMap { gateway in
                    input.account(gateway.place.accountID).map { (account: $0, gateway: gateway) }
                }.sorted { $0.gateway.transitGatewayId < $1.gateway.transitGatewayId }.map { account, gateway in
                    let name = gateway.tags["Name"] ?? gateway.transitGatewayId
                    let status: ControlStatus =
                        gateway.autoAcceptSharedAttachments
                        ? .nonCompliant("transit gateway \(name) accepts shared attachments automatically")
                        : .compliant("transit gateway \(name) waits for attachments to be accepted")
                    return input.finding(
                        account, "transit-gateway", name, id: gateway.transitGatewayId, status, tags: gateway.tags)
                }
            }),
    ]

    /// Instances of the accounts in scope, sorted by ID.
    static func instances(_ input: ControlInput) -> [(String, Instance)] {
        input.world.network.instances.values.compactMap { instance in
            input.account(instance.place.accountID).map { ($0, instance) }
        }.sorted { $0.1.instanceId < $1.1.instanceId }
    }

    static func instanceName(_ instance: Instance) -> String { instance.tags["Name"] ?? instance.instanceId }
}
