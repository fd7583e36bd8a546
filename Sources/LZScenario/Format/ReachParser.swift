/// Reads the `reach` and `exposure` check kinds.
struct ReachParser {
    /// Block reasons a `blocked_by` list may name: the explanation codes, or these short forms.
    static let blockAliases: [String: [String]] = [
        "blackhole": ["BLACKHOLE_ROUTE"], "no_route": ["NO_ROUTE_TO_DESTINATION"],
        "firewall": ["FIREWALL_RULE_DROP"],
        "security_group": ["ENI_SG_INGRESS_RULES_MISMATCH", "ENI_SG_EGRESS_RULES_MISMATCH"],
        "network_acl": ["SUBNET_ACL_RESTRICTION", "SUBNET_ACL_RESTRICTION_ON_RETURN"],
        "no_public_address": ["NO_PUBLIC_ADDRESS"], "peering_not_transitive": ["PEERING_NOT_TRANSITIVE"],
    ]
    static let blockCodes = [
        "NO_ROUTE_TO_DESTINATION", "BLACKHOLE_ROUTE", "SUBNET_ACL_RESTRICTION", "SUBNET_ACL_RESTRICTION_ON_RETURN",
        "ENI_SG_EGRESS_RULES_MISMATCH", "ENI_SG_INGRESS_RULES_MISMATCH", "FIREWALL_RULE_DROP", "NO_PUBLIC_ADDRESS",
        "NO_RETURN_ROUTE", "PEERING_NOT_TRANSITIVE", "TGW_ATTACHMENT_MISSING", "TGW_ATTACHMENT_NOT_ASSOCIATED",
        "SOURCE_DEST_CHECK_ENABLED", "BAD_STATE",
    ]

    func parseReach(_ node: YAMLNode, of what: String) throws(ScenarioError) -> ReachDeclaration {
        let scope = "the reach of \(what)"
        let fields = try Fields(node, scope, allowed: ["from", "to", "protocol", "ports", "expect", "blocked_by"])
        guard let from = fields["from"], let to = fields["to"] else {
            throw ScenarioError("\(scope) needs 'from' and 'to'", at: node.location)
        }
        guard let expect = try fields.choice("expect", ["reachable", "unreachable"]) else {
            throw ScenarioError("\(scope) needs 'expect': reachable or unreachable", at: node.location)
        }
        var blockedBy: [Named] = []
        for (text, location) in try fields.strings("blocked_by") {
            let known = Self.blockCodes + Self.blockAliases.keys.sorted()
            guard known.contains(text) || Self.blockCodes.contains(text.uppercased()) else {
                throw ScenarioError(
                    "expected a block reason such as BLACKHOLE_ROUTE or firewall in 'blocked_by', found '\(text)'",
                    at: location, hint: Suggestion.hint(for: text, among: known))
            }
            blockedBy.append(Named(text: text, location: location))
        }
        if !blockedBy.isEmpty, expect == "reachable" {
            throw ScenarioError(
                "'blocked_by' describes why traffic is stopped, but the check expects reachable",
                at: fields["blocked_by"]!.location)
        }
        return ReachDeclaration(
            from: try place(from, "'from' of \(scope)"), to: try place(to, "'to' of \(scope)"),
            ipProtocol: try fields.choice("protocol", ["tcp", "udp", "icmp", "all"]) ?? "tcp",
            ports: try ports(fields, scope).first ?? 0...65_535, expectReachable: expect == "reachable",
            blockedBy: blockedBy, location: node.location)
    }

    func parseExposure(_ node: YAMLNode, of what: String) throws(ScenarioError) -> ExposureDeclaration {
        let scope = "the exposure of \(what)"
        let fields = try Fields(node, scope, allowed: ["from", "in", "protocol", "ports", "expect"])
        var accounts: [Named] = []
        var unit: Named?
        if let scopeNode = fields["in"] {
            let scopeFields = try Fields(scopeNode, "the scope of \(what)", allowed: ["accounts", "accounts_in"])
            accounts = try scopeFields.strings("accounts").map { Named(text: $0.text, location: $0.location) }
            unit = try scopeFields.string("accounts_in").map {
                Named(text: $0, location: scopeFields["accounts_in"]!.location)
            }
        }
        let protocols = try fields.strings("protocol").map { (text, location) throws(ScenarioError) -> String in
            guard ["tcp", "udp", "icmp", "all"].contains(text) else {
                throw ScenarioError(
                    "expected tcp, udp, icmp or all for 'protocol' of \(scope), found '\(text)'", at: location)
            }
            return text
        }
        guard let expect = fields["expect"] else {
            throw ScenarioError(
                "\(scope) needs 'expect': none, or a list of {resource, ports} that must be exactly what is exposed",
                at: node.location)
        }
        var expected: [ExposureDeclaration.Expected] = []
        if expect.scalar != "none" {
            guard let elements = expect.elements else {
                throw ScenarioError(
                    "expected none or a list of {resource, ports} for 'expect' of \(scope), found \(expect.shape)",
                    at: expect.location)
            }
            for element in elements {
                let entry = try Fields(
                    element, "an expected exposure of \(what)", allowed: ["resource", "ports", "protocol"])
                guard let resource = try entry.string("resource"), let portText = try entry.string("ports") else {
                    throw ScenarioError(
                        "an expected exposure of \(what) needs 'resource' (ACCOUNT/NAME) and 'ports'",
                        at: element.location)
                }
                expected.append(
                    .init(
                        resource: Named(text: resource, location: entry["resource"]!.location),
                        ipProtocol: try entry.choice("protocol", ["tcp", "udp", "icmp", "all"]) ?? protocols.first
                            ?? "tcp",
                        ports: try NetworkParser.ports(portText, at: entry["ports"]!.location, "'ports'") ?? 0...65_535)
                )
            }
        }
        return ExposureDeclaration(
            from: try fields["from"].map { node throws(ScenarioError) in try place(node, "'from' of \(scope)") }
                ?? .internet,
            accounts: accounts, organizationalUnit: unit, protocols: protocols.isEmpty ? ["tcp"] : protocols,
            ports: try ports(fields, scope), expected: expected, location: node.location)
    }

    /// `ports`: one port, a range, `all`, or a list of them; every port when absent.
    private func ports(_ fields: Fields, _ scope: String) throws(ScenarioError) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for (text, location) in try fields.strings("ports") {
            result.append(try NetworkParser.ports(text, at: location, "'ports' of \(scope)") ?? 0...65_535)
        }
        return result.isEmpty ? [0...65_535] : result
    }

    /// `internet`, or one of `{instance|interface|subnet|vpc|load_balancer: ACCOUNT/NAME}`,
    /// `{on_premises: CIDR}`, `{service: s3}`.
    private func place(_ node: YAMLNode, _ what: String) throws(ScenarioError) -> PlaceDeclaration {
        if node.scalar == "internet" { return .internet }
        let keys = PlaceDeclaration.resourceKinds + ["on_premises", "service", "internet"]
        guard let entries = node.entries, entries.count == 1 else {
            throw ScenarioError(
                "expected internet or a mapping with one of \(keys.joined(separator: ", ")) for \(what), found \(node.shape)",
                at: node.location, hint: node.scalar.flatMap { Suggestion.hint(for: $0, among: ["internet"]) })
        }
        let fields = try Fields(node, what, allowed: keys)
        let key = entries[0].key
        guard let text = try fields.string(key) else {
            throw ScenarioError("\(what) needs a value for '\(key)'", at: entries[0].value.location)
        }
        let name = Named(text: text, location: entries[0].value.location)
        switch key {
        case "internet": return .internet
        case "on_premises": return .onPremises(name)
        case "service": return .service(name)
        default: return .resource(kind: key, name: name)
        }
    }
}
