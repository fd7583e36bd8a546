import LZSim

/// Security Hub's EC2 controls on VPCs, subnets, security groups, network ACLs and transit
/// gateways (https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html).
extension ControlCatalog {
    static let ec2Network: [Control] = [
        Control(
            id: "EC2.2", title: "VPC default security groups should not allow inbound or outbound traffic",
            service: "ec2", severity: .high,
            mappings: [.init(framework: .fsbp, reference: "EC2.2"), .init(framework: .cis30, reference: "5.4")],
            parameters: [], resourceType: "AWS::EC2::SecurityGroup", needs: "VPCs (their default security groups)",
            logic: "Each VPC's default security group: NON_COMPLIANT if it has any inbound or outbound rule "
                + "(vpc-default-security-group-closed).",
            requirement: "the default security group has no rules",
            remediation: "Remove every rule from the default security group and use groups of your own",
            evaluate: { input in
                NetworkRules.groups(input).filter { $0.1.isDefault }.map { account, group in
                    let count = group.ingressRules.count + group.egressRules.count
                    let status: ControlStatus =
                        count == 0
                        ? .compliant("default security group of \(vpcName(group.vpcId, input)) has no rules")
                        : .nonCompliant(
                            "default security group of \(vpcName(group.vpcId, input)) has "
                                + "\(group.ingressRules.count) inbound and \(group.egressRules.count) outbound rules")
                    return input.finding(
                        account, "vpc", "\(vpcName(group.vpcId, input))/default-security-group", id: group.groupId,
                        status, tags: group.tags)
                }
            }),
        Control(
            id: "EC2.6", title: "VPC flow logging should be enabled in all VPCs", service: "ec2", severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "EC2.6"), .init(framework: .cis30, reference: "3.7")],
            parameters: [], resourceType: "AWS::EC2::VPC", needs: "VPCs",
            logic: "Each VPC: NON_COMPLIANT unless a flow log on the VPC captures rejected traffic (traffic type "
                + "REJECT or ALL) (vpc-flow-logs-enabled, trafficType REJECT).",
            requirement: "a flow log with traffic type REJECT or ALL on the VPC",
            remediation: "Create a flow log for the VPC with traffic type REJECT or ALL",
            evaluate: { input in
                let logged = Set(
                    input.world.network.flowLogs.values.filter { $0.trafficType != "ACCEPT" }.map(\.resourceId))
                return NetworkRules.vpcs(input).map { account, vpc in
                    let status: ControlStatus =
                        logged.contains(vpc.vpcId)
                        ? .compliant("VPC \(vpc.displayName) logs rejected traffic")
                        : .nonCompliant("VPC \(vpc.displayName) has no flow log capturing rejected traffic")
                    return input.finding(account, "vpc", vpc.displayName, id: vpc.vpcId, status, tags: vpc.tags)
                }
            }),
        Control(
            id: "EC2.10",
            title: "Amazon EC2 should be configured to use VPC endpoints that are created for the Amazon EC2 service",
            service: "ec2", severity: .medium, mappings: [.init(framework: .fsbp, reference: "EC2.10")],
            parameters: [], resourceType: "AWS::EC2::VPC", needs: "VPCs",
            logic: "Each VPC: NON_COMPLIANT unless it has an endpoint for com.amazonaws.REGION.ec2 "
                + "(service-vpc-endpoint-enabled, serviceName ec2). As Security Hub documents, VPCs that reach EC2 "
                + "through a shared or centralized endpoint fail anyway: the rule looks in each VPC only.",
            requirement: "an interface endpoint for com.amazonaws.REGION.ec2 in the VPC",
            remediation: "Create an interface VPC endpoint for com.amazonaws.REGION.ec2 in the VPC",
            evaluate: { input in
                let served = Set(
                    input.world.network.vpcEndpoints.values.filter {
                        $0.serviceName == "com.amazonaws.\($0.place.region).ec2"
                    }.map(\.vpcId))
                return NetworkRules.vpcs(input).map { account, vpc in
                    let status: ControlStatus =
                        served.contains(vpc.vpcId)
                        ? .compliant("VPC \(vpc.displayName) has an endpoint for EC2")
                        : .nonCompliant(
                            "VPC \(vpc.displayName) has no endpoint for com.amazonaws.\(vpc.place.region).ec2")
                    return input.finding(account, "vpc", vpc.displayName, id: vpc.vpcId, status, tags: vpc.tags)
                }
            }),
        Control(
            id: "EC2.13", title: "Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22",
            service: "ec2", severity: .high, mappings: [.init(framework: .fsbp, reference: "EC2.13")],
            parameters: [], resourceType: "AWS::EC2::SecurityGroup", needs: "security groups",
            logic: "Each security group: NON_COMPLIANT if an inbound rule from 0.0.0.0/0 covers TCP port 22, "
                + "protocol all (-1) included (restricted-ssh).",
            requirement: "no inbound rule from 0.0.0.0/0 to TCP 22",
            remediation: "Narrow the rule's source to your administration network, or use Session Manager",
            evaluate: { NetworkRules.portControl($0, ports: [22], protocols: [.tcp, .all], what: "port 22") }),
        Control(
            id: "EC2.14", title: "Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389",
            service: "ec2", severity: .high, mappings: [.init(framework: .fsbp, reference: "EC2.14")],
            parameters: [], resourceType: "AWS::EC2::SecurityGroup", needs: "security groups",
            logic: "Each security group: NON_COMPLIANT if an inbound rule from 0.0.0.0/0 covers TCP port 3389, "
                + "protocol all (-1) included (restricted-common-ports, blockedPort 3389).",
            requirement: "no inbound rule from 0.0.0.0/0 to TCP 3389",
            remediation: "Narrow the rule's source to your administration network, or use Fleet Manager",
            evaluate: { NetworkRules.portControl($0, ports: [3389], protocols: [.tcp, .all], what: "port 3389") }),
        Control(
            id: "EC2.15", title: "Amazon EC2 subnets should not automatically assign public IP addresses",
            service: "ec2", severity: .medium, mappings: [.init(framework: .fsbp, reference: "EC2.15")],
            parameters: [], resourceType: "AWS::EC2::Subnet", needs: "subnets",
            logic: "Each subnet: NON_COMPLIANT if MapPublicIpOnLaunch is true (subnet-auto-assign-public-ip-disabled).",
            requirement: "MapPublicIpOnLaunch false",
            remediation: "Turn off auto-assign public IPv4 with ModifySubnetAttribute",
            evaluate: { input in
                input.world.network.subnets.values.compactMap { subnet in
                    input.account(subnet.place.accountID).map { (account: $0, subnet: subnet) }
                }.sorted { $0.subnet.subnetId < $1.subnet.subnetId }.map { account, subnet in
                    let status: ControlStatus =
                        subnet.mapPublicIpOnLaunch
                        ? .nonCompliant("subnet \(subnet.displayName) assigns public IPv4 addresses on launch")
                        : .compliant("subnet \(subnet.displayName) assigns no public addresses")
                    return input.finding(
                        account, "subnet", subnet.displayName, id: subnet.subnetId, status, tags: subnet.tags)
                }
            }),
        Control(
            id: "EC2.18", title: "Security groups should only allow unrestricted incoming traffic for authorized ports",
            service: "ec2", severity: .high, mappings: [.init(framework: .fsbp, reference: "EC2.18")],
            parameters: [
                .init(
                    name: "authorizedTcpPorts", summary: "TCP ports that may be open to 0.0.0.0/0", kind: .ports,
                    defaultValue: ["80", "443"]),
                .init(
                    name: "authorizedUdpPorts", summary: "UDP ports that may be open to 0.0.0.0/0", kind: .ports,
                    defaultValue: []),
            ],
            resourceType: "AWS::EC2::SecurityGroup", needs: "security groups attached to network interfaces",
            logic: "Each security group in use (attached to a network interface): NON_COMPLIANT if an inbound rule "
                + "from 0.0.0.0/0 covers a port outside authorizedTcpPorts (TCP) or authorizedUdpPorts (UDP); "
                + "protocol all covers every port (vpc-sg-open-only-to-authorized-ports). Groups not in use are "
                + "not evaluated.",
            requirement: "inbound rules from 0.0.0.0/0 only on the authorized ports",
            remediation:
                "Narrow the rule's source, or add the port to the authorized ports if it is meant to be public",
            evaluate: { input in
                let used = Set(input.world.network.networkInterfaces.values.flatMap(\.groups))
                let tcp = IntervalSet(ranges: input.ports("authorizedTcpPorts").map { UInt32($0)...UInt32($0) })
                let udp = IntervalSet(ranges: input.ports("authorizedUdpPorts").map { UInt32($0)...UInt32($0) })
                return NetworkRules.groups(input).filter { used.contains($0.1.groupId) }.map { account, group in
                    let open = NetworkRules.openIngress(group, ports: nil, protocols: [.tcp, .udp, .all]).filter {
                        rule, _ in
                        switch rule.ipProtocol {
                        case .tcp: !rule.ports.subtracting(tcp).isEmpty
                        case .udp: !rule.ports.subtracting(udp).isEmpty
                        default: true
                        }
                    }
                    let status: ControlStatus =
                        open.isEmpty
                        ? .compliant("\(group.displayName) opens only authorized ports to 0.0.0.0/0 or ::/0")
                        : .nonCompliant(
                            "\(group.displayName) allows \(NetworkRules.describe(open)), outside the authorized ports")
                    return NetworkRules.finding(input, account, group, status)
                }
            }),
        Control(
            id: "EC2.19", title: "Security groups should not allow unrestricted access to ports with high risk",
            service: "ec2", severity: .critical, mappings: [.init(framework: .fsbp, reference: "EC2.19")],
            parameters: [], resourceType: "AWS::EC2::SecurityGroup", needs: "security groups",
            logic: "Each security group: NON_COMPLIANT if an inbound rule from 0.0.0.0/0 covers any of ports "
                + NetworkRules.highRiskPorts.map(String.init).joined(separator: ", ")
                + " (vpc-sg-restricted-common-ports).",
            requirement: "no inbound rule from 0.0.0.0/0 to a high-risk port",
            remediation: "Narrow the rule's source to the networks that need the service",
            evaluate: {
                NetworkRules.portControl(
                    $0, ports: NetworkRules.highRiskPorts, protocols: [.tcp, .udp, .all], what: "high-risk port")
            }),
        Control(
            id: "EC2.53",
            title: "EC2 security groups should not allow ingress from 0.0.0.0/0 to remote server administration ports",
            service: "ec2", severity: .high,
            mappings: [.init(framework: .fsbp, reference: "EC2.53"), .init(framework: .cis30, reference: "5.2")],
            parameters: [], resourceType: "AWS::EC2::SecurityGroup", needs: "security groups",
            logic: "Each security group: NON_COMPLIANT if an inbound rule from 0.0.0.0/0 covers port 22 or 3389 "
                + "over TCP, UDP or all protocols.",
            requirement: "no inbound rule from 0.0.0.0/0 to ports 22 or 3389",
            remediation: "Narrow the rule's source to your administration network",
            evaluate: {
                NetworkRules.portControl(
                    $0, ports: [22, 3389], protocols: [.tcp, .udp, .all], what: "administration port",
                    sources: [.cidr(NetworkRules.everywhere)])
            }),
        Control(
            id: "EC2.54",
            title: "EC2 security groups should not allow ingress from ::/0 to remote server administration ports",
            service: "ec2", severity: .high,
            mappings: [.init(framework: .fsbp, reference: "EC2.54"), .init(framework: .cis30, reference: "5.3")],
            parameters: [], resourceType: "AWS::EC2::SecurityGroup", needs: "security groups",
            logic: "Each security group: NON_COMPLIANT if an inbound rule from ::/0 covers port 22 or 3389 "
                + "over TCP, UDP or all protocols.",
            requirement: "no inbound rule from ::/0 to ports 22 or 3389",
            remediation: "Narrow the rule's IPv6 source to your administration network",
            evaluate: {
                NetworkRules.portControl(
                    $0, ports: [22, 3389], protocols: [.tcp, .udp, .all], what: "administration port",
                    sources: [.ipv6Cidr(.anywhere)])
            }),
    ]

    /// A VPC's `Name` tag or ID.
    static func vpcName(_ vpcId: String, _ input: ControlInput) -> String {
        input.world.network.vpcs[vpcId]?.displayName ?? vpcId
    }
}
