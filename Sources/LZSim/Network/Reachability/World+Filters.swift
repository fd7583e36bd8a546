extension World {
    /// The packets a set of security groups lets in (`egress` false) or out, by the union of their
    /// rules; group references stand for the private and IPv6 addresses of the groups' interfaces.
    func securityGroupsAllow(
        _ groups: [String], egress: Bool, _ packets: PacketSet, _ traffic: IPProtocol
    ) -> PacketSet {
        var allowed: [PacketBox] = []
        for groupId in groups {
            guard let group = network.securityGroups[groupId] else { continue }
            for rule in egress ? group.egressRules : group.ingressRules where rule.ipProtocol.matches(traffic) {
                let peer = peerAddresses(rule.peer, region: group.place.region)
                let box =
                    egress
                    ? PacketBox(
                        sources: .allAddresses, destinations: peer, ports: traffic.hasPorts ? rule.ports : .allPorts)
                    : PacketBox(
                        sources: peer, destinations: .allAddresses, ports: traffic.hasPorts ? rule.ports : .allPorts)
                allowed += packets.intersection(box).boxes
            }
        }
        return Self.merged(allowed)
    }

    /// The addresses a security group rule's peer stands for.
    func peerAddresses(_ peer: SecurityGroupRule.Peer, region: String) -> AddressSet {
        switch peer {
        case .cidr(let block):
            return block.set
        case .ipv6Cidr(let block):
            return block.set
        case .prefixList(let id):
            return prefixListAddresses(id, region: region) ?? .empty
        case .securityGroup(let id):
            var set = AddressSet.empty
            for interface in network.interfacesByGroup[id] ?? [] {
                if let addresses = network.networkInterfaces[interface]?.addresses {
                    set = set.union(addresses)
                }
            }
            return set
        }
    }

    /// The packets a network ACL lets through in one direction, rules in number order, first match
    /// wins; and the rule that denies when nothing gets through.
    func networkAclAllows(
        _ acl: NetworkAcl, egress: Bool, _ packets: PacketSet, _ traffic: IPProtocol
    ) -> (allowed: PacketSet, deniedBy: String?) {
        var remaining = packets
        var allowed: [PacketBox] = []
        var denial: String?
        for entry in acl.entries where entry.egress == egress && entry.ipProtocol.matches(traffic) {
            let ports = traffic.hasPorts ? entry.ports : .allPorts
            let box =
                egress
                ? PacketBox(sources: .allAddresses, destinations: entry.addresses, ports: ports)
                : PacketBox(sources: entry.addresses, destinations: .allAddresses, ports: ports)
            let matched = remaining.intersection(box)
            if !matched.isEmpty {
                if entry.allows {
                    allowed += matched.boxes
                } else if denial == nil {
                    denial = entry.description
                }
                remaining = remaining.subtracting(box)
            }
            if remaining.isEmpty { break }
        }
        if !remaining.isEmpty, denial == nil {
            denial = "rule * deny all (no numbered rule matches)"
        }
        let result = Self.merged(allowed)
        return (result, result.isEmpty ? denial : nil)
    }

    /// The packets a Network Firewall passes: stateless groups by priority, then the stateful
    /// engine for what they forward; and the rule that drops when nothing passes.
    func firewallPasses(
        _ firewall: NetworkFirewall, _ packets: PacketSet, _ traffic: IPProtocol
    ) -> (passed: PacketSet, droppedBy: String?) {
        guard let policy = network.firewallPolicies[firewall.firewallPolicyArn] else { return (packets, nil) }
        var remaining = packets
        var passed: [PacketBox] = []
        var forwarded: [PacketBox] = []
        var drop: String?
        for reference in policy.statelessRuleGroups {
            for rule in network.ruleGroups[reference.arn]?.statelessRules ?? [] {
                for box in rule.match.boxes(for: traffic) {
                    let matched = remaining.intersection(box)
                    guard !matched.isEmpty else { continue }
                    switch rule.action {
                    case "aws:pass": passed += matched.boxes
                    case "aws:forward_to_sfe": forwarded += matched.boxes
                    default: drop = drop ?? "stateless rule priority \(rule.priority) drops"
                    }
                    remaining = remaining.subtracting(box)
                }
            }
        }
        switch policy.statelessDefaultAction {
        case "aws:pass": passed += remaining.boxes
        case "aws:forward_to_sfe": forwarded += remaining.boxes
        default: if !remaining.isEmpty { drop = drop ?? "stateless default action aws:drop" }
        }
        let rules = policy.statefulRuleGroups.flatMap { network.ruleGroups[$0]?.statefulRules ?? [] }
        let stateful = statefulPasses(rules, policy, PacketSet(boxes: forwarded), traffic)
        let result = Self.merged(passed + stateful.passed.boxes)
        return (result, result.isEmpty ? (stateful.droppedBy ?? drop) : nil)
    }

    private func statefulPasses(
        _ rules: [StatefulRule], _ policy: FirewallPolicy, _ packets: PacketSet, _ traffic: IPProtocol
    ) -> (passed: PacketSet, droppedBy: String?) {
        var drop: String?
        switch policy.statefulRuleOrder {
        case .strictOrder:
            var remaining = packets
            var passed: [PacketBox] = []
            for rule in rules where rule.action != "alert" {
                for box in rule.match.boxes(for: traffic) {
                    let matched = remaining.intersection(box)
                    guard !matched.isEmpty else { continue }
                    if rule.action == "pass" { passed += matched.boxes } else { drop = drop ?? rule.description }
                    remaining = remaining.subtracting(box)
                }
            }
            if policy.statefulDefaultDrop {
                if !remaining.isEmpty { drop = drop ?? "stateful default action aws:drop_strict" }
            } else {
                passed += remaining.boxes
            }
            return (PacketSet(boxes: passed), drop)
        case .defaultActionOrder:
            // Pass rules first, then drop and reject; alert rules never stop a packet
            // (https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-rule-evaluation-order.html).
            var passed: [PacketBox] = []
            var remaining = packets
            for rule in rules where rule.action == "pass" {
                for box in rule.match.boxes(for: traffic) {
                    passed += remaining.intersection(box).boxes
                    remaining = remaining.subtracting(box)
                }
            }
            for rule in rules where rule.action == "drop" || rule.action == "reject" {
                for box in rule.match.boxes(for: traffic) where !remaining.intersection(box).isEmpty {
                    drop = drop ?? rule.description
                    remaining = remaining.subtracting(box)
                }
            }
            return (PacketSet(boxes: passed + remaining.boxes), drop)
        }
    }

    /// Joins boxes with the same addresses into one, so sets stay small as filters narrow them.
    static func merged(_ boxes: [PacketBox]) -> PacketSet {
        if boxes.count < 2 { return PacketSet(boxes: boxes) }
        var order: [Pair] = []
        var ports: [Pair: IntervalSet] = [:]
        for box in boxes where !box.isEmpty {
            let key = Pair(sources: box.sources, destinations: box.destinations)
            if let existing = ports[key] {
                ports[key] = existing.union(box.ports)
            } else {
                ports[key] = box.ports
                order.append(key)
            }
        }
        return PacketSet(
            boxes: order.map { PacketBox(sources: $0.sources, destinations: $0.destinations, ports: ports[$0]!) })
    }

    struct Pair: Hashable {
        var sources: AddressSet
        var destinations: AddressSet
    }
}
