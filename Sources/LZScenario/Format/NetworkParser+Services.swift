extension NetworkParser {
    /// `network_firewall: {rule_groups, policies, firewalls}`.
    func parseFirewall(_ node: YAMLNode, into network: inout NetworkDeclaration) throws(ScenarioError) {
        let fields = try Fields(
            node, "the Network Firewall of '\(account)'", allowed: ["rule_groups", "policies", "firewalls"])
        for (name, location, value) in try fields.named("rule_groups") {
            let what = "rule group '\(name)'"
            let group = try Fields(
                value, what, allowed: ["type", "capacity", "rules", "variables", "stateless_rules"])
            var variables: [String: [String]] = [:]
            for (variable, _, value) in try group.named("variables") {
                guard let blocks = value.scalar.map({ [$0] }) ?? value.elements?.compactMap(\.scalar) else {
                    throw ScenarioError(
                        "expected a CIDR block or a list of them for variable '\(variable)' of \(what), found \(value.shape)",
                        at: value.location)
                }
                variables[variable] = blocks
            }
            var stateless: [NetworkDeclaration.StatelessRule] = []
            for element in group["stateless_rules"]?.elements ?? [] {
                let ruleWhat = "a stateless rule of \(what)"
                let rule = try Fields(
                    element, ruleWhat, allowed: ["priority", "action", "protocol", "source", "destination", "ports"])
                guard let priority = try rule.int("priority") else {
                    throw ScenarioError("\(ruleWhat) needs 'priority'", at: element.location)
                }
                guard let action = try rule.choice("action", ["aws:pass", "aws:drop", "aws:forward_to_sfe"]) else {
                    throw ScenarioError(
                        "\(ruleWhat) needs 'action': aws:pass, aws:drop or aws:forward_to_sfe", at: element.location)
                }
                stateless.append(
                    .init(
                        priority: priority, action: action, protocols: try rule.strings("protocol").map(\.text),
                        sources: try rule.strings("source").map(\.text),
                        destinations: try rule.strings("destination").map(\.text),
                        ports: try rule["ports"].map { node throws(ScenarioError) in try ports(node, ruleWhat) } ?? nil,
                        location: element.location))
            }
            let type =
                try group.choice("type", ["STATEFUL", "STATELESS"]) ?? (stateless.isEmpty ? "STATEFUL" : "STATELESS")
            network.ruleGroups.append(
                .init(
                    name: Named(text: name, location: location), isStateful: type == "STATEFUL",
                    capacity: try group.int("capacity") ?? 100, rules: try group.string("rules"), variables: variables,
                    statelessRules: stateless))
        }
        for (name, location, value) in try fields.named("policies") {
            let what = "firewall policy '\(name)'"
            let policy = try Fields(
                value, what,
                allowed: [
                    "stateless_rule_groups", "stateless_default_action", "stateful_rule_groups", "rule_order",
                    "default_drop",
                ])
            var statelessGroups: [(Int, Named)] = []
            for element in policy["stateless_rule_groups"]?.elements ?? [] {
                let entry = try Fields(element, "a stateless rule group of \(what)", allowed: ["priority", "group"])
                guard let priority = try entry.int("priority"), let group = try entry.name("group") else {
                    throw ScenarioError(
                        "a stateless rule group of \(what) needs 'priority' and 'group'", at: element.location)
                }
                statelessGroups.append((priority, group))
            }
            network.firewallPolicies.append(
                .init(
                    name: Named(text: name, location: location), statelessGroups: statelessGroups,
                    statelessDefaultAction: try policy.choice(
                        "stateless_default_action", ["aws:pass", "aws:drop", "aws:forward_to_sfe"])
                        ?? "aws:forward_to_sfe",
                    statefulGroups: try policy.nameList("stateful_rule_groups"),
                    strictOrder: try policy.choice("rule_order", ["default", "strict"]) == "strict",
                    defaultDrop: try policy.bool("default_drop") ?? false))
        }
        for (name, location, value) in try fields.named("firewalls") {
            let what = "firewall '\(name)'"
            let firewall = try Fields(value, what, allowed: ["policy", "vpc", "subnets"])
            network.firewalls.append(
                .init(
                    name: Named(text: name, location: location), policy: try required(firewall, "policy", what),
                    vpc: try required(firewall, "vpc", what), subnets: try firewall.nameList("subnets")))
        }
    }

    /// `resolver: {endpoints, rules}`.
    func parseResolver(_ node: YAMLNode, into network: inout NetworkDeclaration) throws(ScenarioError) {
        let fields = try Fields(node, "the Resolver of '\(account)'", allowed: ["endpoints", "rules"])
        for (name, location, value) in try fields.named("endpoints") {
            let what = "Resolver endpoint '\(name)'"
            let endpoint = try Fields(value, what, allowed: ["direction", "security_groups", "addresses"])
            guard let direction = try endpoint.choice("direction", ["INBOUND", "OUTBOUND"]) else {
                throw ScenarioError("\(what) needs 'direction': INBOUND or OUTBOUND", at: value.location)
            }
            var addresses: [(Named, String?)] = []
            for element in endpoint["addresses"]?.elements ?? [] {
                if let subnet = element.scalar {
                    addresses.append((Named(text: subnet, location: element.location), nil))
                    continue
                }
                let address = try Fields(element, "an address of \(what)", allowed: ["subnet", "ip"])
                addresses.append(
                    (try required(address, "subnet", "an address of \(what)"), try address.string("ip")))
            }
            network.resolverEndpoints.append(
                .init(
                    name: Named(text: name, location: location), direction: direction,
                    securityGroups: try endpoint.nameList("security_groups"), addresses: addresses))
        }
        for (name, location, value) in try fields.named("rules") {
            let what = "Resolver rule '\(name)'"
            let rule = try Fields(value, what, allowed: ["domain", "type", "targets", "endpoint", "vpcs"])
            network.resolverRules.append(
                .init(
                    name: Named(text: name, location: location), domain: try rule.required("domain"),
                    ruleType: try rule.choice("type", ["FORWARD", "SYSTEM", "RECURSIVE"]) ?? "FORWARD",
                    targets: try rule.strings("targets").map(\.text), endpoint: try rule.name("endpoint"),
                    vpcs: try rule.nameList("vpcs")))
        }
    }
}
