import LZSim

/// The security group and network ACL rule shapes the EC2 controls look for.
enum NetworkRules {
    static let everywhere = IPv4CIDR(address: 0, prefixLength: 0)

    /// The sources that mean "anywhere": 0.0.0.0/0 and ::/0, as most controls read them.
    static let anywhere: Set<SecurityGroupRule.Peer> = [.cidr(everywhere), .ipv6Cidr(.anywhere)]

    /// The 25 ports EC2.19 calls high risk.
    static let highRiskPorts = [
        20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080,
        8088, 8888, 9200, 9300,
    ]

    /// Ingress rules of a group open to one of `sources` (0.0.0.0/0 or ::/0 by default) with one
    /// of `protocols`, each with the watched ports it opens (every port it covers when `ports` is nil).
    static func openIngress(
        _ group: SecurityGroup, ports: [Int]?, protocols: Set<IPProtocol>,
        sources: Set<SecurityGroupRule.Peer> = anywhere
    ) -> [(rule: SecurityGroupRule, ports: [Int])] {
        group.ingressRules.compactMap { rule in
            guard sources.contains(rule.peer), protocols.contains(rule.ipProtocol) else { return nil }
            guard let ports else { return (rule, []) }
            let open = ports.filter { rule.ports.contains(UInt32($0)) }
            return open.isEmpty ? nil : (rule, open)
        }
    }

    /// `sg-0123 tcp 22 from 0.0.0.0/0 (ports 22)`.
    static func describe(_ found: [(rule: SecurityGroupRule, ports: [Int])]) -> String {
        found.map { rule, ports in
            ports.isEmpty
                ? "\(rule.description)"
                : "\(rule.description) (port\(ports.count == 1 ? "" : "s") "
                    + "\(ports.map(String.init).joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    /// Security groups of the accounts in scope, sorted by ID, with their account names.
    static func groups(_ input: ControlInput) -> [(String, SecurityGroup)] {
        input.world.network.securityGroups.values.compactMap { group in
            input.account(group.place.accountID).map { ($0, group) }
        }.sorted { $0.1.groupId < $1.1.groupId }
    }

    /// VPCs of the accounts in scope, sorted by ID.
    static func vpcs(_ input: ControlInput) -> [(String, Vpc)] {
        input.world.network.vpcs.values.compactMap { vpc in input.account(vpc.place.accountID).map { ($0, vpc) } }
            .sorted { $0.1.vpcId < $1.1.vpcId }
    }

    /// A finding on a security group, labelled `security-group/NAME`.
    static func finding(
        _ input: ControlInput, _ account: String, _ group: SecurityGroup, _ status: ControlStatus
    ) -> ControlFinding {
        input.finding(account, "security-group", group.groupName, id: group.groupId, status, tags: group.tags)
    }

    /// One of the port-range controls: NON_COMPLIANT when a group opens `ports` to the world.
    static func portControl(
        _ input: ControlInput, ports: [Int], protocols: Set<IPProtocol>, what: String,
        sources: Set<SecurityGroupRule.Peer> = anywhere
    ) -> [ControlFinding] {
        let names = sources.map(\.description).sorted().joined(separator: " or ")
        return groups(input).map { account, group in
            let open = openIngress(group, ports: ports, protocols: protocols, sources: sources)
            let status: ControlStatus =
                open.isEmpty
                ? .compliant("\(group.displayName) opens no \(what) to \(names)")
                : .nonCompliant("\(group.displayName) allows \(describe(open))")
            return finding(input, account, group, status)
        }
    }
}
