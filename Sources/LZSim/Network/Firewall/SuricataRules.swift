import Foundation

/// Reads Suricata-compatible 5-tuple rules as AWS Network Firewall's stateful rule groups take
/// them (https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-examples.html):
/// `action proto source sport direction destination dport (options)`. Rules using anything beyond
/// the 5-tuple (negation, keywords that inspect content) are kept aside as ignored, as
/// Reachability Analyzer reports unsupported rules.
struct SuricataRules {
    var rules: [StatefulRule] = []
    var ignored: [String] = []

    init(_ text: String, variables: [String: [String]]) throws(AWSError) {
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let rule = try Self.rule(line, variables: variables) {
                rules.append(rule)
            } else {
                ignored.append(line)
            }
        }
    }

    private static func rule(_ line: String, variables: [String: [String]]) throws(AWSError) -> StatefulRule? {
        let head = line.split(separator: "(", maxSplits: 1).first.map(String.init) ?? line
        let options = line.dropFirst(head.count)
        let fields = head.split(separator: " ").map(String.init)
        guard fields.count == 7 else {
            throw AWSError(.invalidRequest, "rule '\(line)' is not 'action proto src sport dir dst dport (options)'")
        }
        guard ["pass", "drop", "reject", "alert"].contains(fields[0]) else {
            throw AWSError(.invalidRequest, "rule '\(line)' has an unknown action '\(fields[0])'")
        }
        let protocols: Set<IPProtocol>
        switch fields[1] {
        case "ip": protocols = [.all]
        case "tcp": protocols = [.tcp]
        case "udp": protocols = [.udp]
        case "icmp": protocols = [.icmp]
        default: return nil
        }
        guard fields[4] == "->" || fields[4] == "<>" else {
            throw AWSError(.invalidRequest, "rule '\(line)' has direction '\(fields[4])', not -> or <>")
        }
        guard let sources = try addresses(fields[2], variables, line),
            let destinations = try addresses(fields[5], variables, line),
            let ports = try ports(fields[6], line), fields[3] == "any" || (try? Self.ports(fields[3], line)) != nil
        else { return nil }
        // Only `msg`, `sid`, `rev`, `flow` and `metadata` leave a 5-tuple rule a 5-tuple rule.
        let keywords = options.split(separator: ";").compactMap {
            $0.trimmingCharacters(in: .whitespaces).split(separator: ":").first.map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "( )"))
            }
        }.filter { !$0.isEmpty }
        guard keywords.allSatisfy({ ["msg", "sid", "rev", "flow", "metadata", "classtype"].contains($0) }) else {
            return nil
        }
        let sid = options.range(of: "sid:").flatMap { range in
            Int(options[range.upperBound...].prefix { $0.isNumber })
        }
        return StatefulRule(
            action: fields[0],
            match: FirewallMatch(
                protocols: protocols, sources: sources, destinations: destinations, destinationPorts: ports,
                bidirectional: fields[4] == "<>"), sid: sid, text: line)
    }

    private static func addresses(_ text: String, _ variables: [String: [String]], _ line: String) throws(AWSError)
        -> AddressSet?
    {
        if text == "any" { return .allAddresses }
        if text.hasPrefix("!") { return nil }
        if text.hasPrefix("[") {
            var set = AddressSet.empty
            for item in text.dropFirst().dropLast().split(separator: ",") {
                guard let nested = try addresses(String(item), variables, line) else { return nil }
                set = set.union(nested)
            }
            return set
        }
        if text.hasPrefix("$") {
            guard let values = variables[String(text.dropFirst())] else {
                throw AWSError(.invalidRequest, "rule '\(line)' uses undefined variable \(text)")
            }
            var set = AddressSet.empty
            for value in values { set = set.union(try IPv4CIDR(value).set) }
            return set
        }
        if text.contains("/") { return try IPv4CIDR(text).set }
        guard let host = IPv4CIDR.address(text) else {
            throw AWSError(.invalidRequest, "rule '\(line)' has an invalid address '\(text)'")
        }
        return IPv4CIDR(host: host).set
    }

    private static func ports(_ text: String, _ line: String) throws(AWSError) -> IntervalSet? {
        if text == "any" { return .allPorts }
        if text.hasPrefix("!") || text.hasPrefix("$") { return nil }
        let items = text.hasPrefix("[") ? text.dropFirst().dropLast().split(separator: ",").map(String.init) : [text]
        var set = IntervalSet.empty
        for item in items {
            let bounds = item.split(separator: ":", omittingEmptySubsequences: false)
            guard let low = UInt32(bounds[0].isEmpty ? "0" : bounds[0]),
                let high = UInt32(bounds.count > 1 ? (bounds[1].isEmpty ? "65535" : bounds[1]) : bounds[0]),
                low <= high, high <= 65_535
            else {
                throw AWSError(.invalidRequest, "rule '\(line)' has an invalid port '\(item)'")
            }
            set = set.union(IntervalSet(low...high))
        }
        return set
    }
}
