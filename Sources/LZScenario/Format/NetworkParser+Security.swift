extension NetworkParser {
    func parseSecurityGroup(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> NetworkDeclaration.SecurityGroup {
        let what = "security group '\(name.text)'"
        let fields = try Fields(node, what, allowed: ["description", "ingress", "egress"])
        func rules(_ key: String) throws(ScenarioError) -> [NetworkDeclaration.Rule]? {
            guard let list = fields[key] else { return nil }
            if case .null = list.value { return [] }
            guard let elements = list.elements else {
                throw ScenarioError(
                    "expected a list of rules for '\(key)' of \(what), found \(list.shape)", at: list.location)
            }
            var result: [NetworkDeclaration.Rule] = []
            for element in elements { result.append(try parseRule(element, "an \(key) rule of \(what)")) }
            return result
        }
        return .init(
            name: name, description: try fields.string("description") ?? name.text, ingress: try rules("ingress"),
            egress: try rules("egress"))
    }

    private func parseRule(_ node: YAMLNode, _ what: String) throws(ScenarioError) -> NetworkDeclaration.Rule {
        let fields = try Fields(
            node, what, allowed: ["protocol", "ports", "cidr", "ipv6_cidr", "prefix_list", "group", "description"])
        let peers = ["cidr", "ipv6_cidr", "prefix_list", "group"].filter { fields.has($0) }
        guard peers.count == 1 else {
            throw ScenarioError(
                "\(what) needs exactly one peer: 'cidr', 'ipv6_cidr', 'prefix_list' or 'group' (a security group's name)",
                at: node.location)
        }
        let ipProtocol = try fields.string("protocol") ?? "tcp"
        let ports = try fields["ports"].map { value throws(ScenarioError) in try self.ports(value, what) } ?? nil
        if ["tcp", "udp", "6", "17"].contains(ipProtocol.lowercased()), !fields.has("ports") {
            throw ScenarioError(
                "\(what) needs 'ports' for protocol \(ipProtocol), such as 443, 8000-8100 or all", at: node.location)
        }
        return .init(
            ipProtocol: ipProtocol, ports: ports, cidr: try fields.string("cidr"),
            ipv6Cidr: try fields.string("ipv6_cidr"), prefixList: try fields.string("prefix_list"),
            group: try fields.name("group"),
            description: try fields.string("description") ?? "", location: node.location)
    }

    func parseNetworkAcl(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> NetworkDeclaration.NetworkAcl {
        let what = "network ACL '\(name.text)'"
        let fields = try Fields(node, what, allowed: ["subnets", "ingress", "egress"])
        var entries: [NetworkDeclaration.AclEntry] = []
        for (key, egress) in [("ingress", false), ("egress", true)] {
            for (number, location, value) in try fields.named(key) {
                let entryWhat = "\(key) rule \(number) of \(what)"
                guard let ruleNumber = Int(number) else {
                    throw ScenarioError(
                        "expected a rule number (1 to 32766) as the key of an \(key) rule of \(what), found '\(number)'",
                        at: location)
                }
                let entry = try Fields(value, entryWhat, allowed: ["action", "protocol", "ports", "cidr", "ipv6_cidr"])
                if entry.has("cidr"), entry.has("ipv6_cidr") {
                    throw ScenarioError(
                        "\(entryWhat) has cidr and ipv6_cidr; an entry names one block", at: value.location)
                }
                let ipv6Cidr = try entry.string("ipv6_cidr")
                guard let action = try entry.choice("action", ["allow", "deny"]) else {
                    throw ScenarioError("\(entryWhat) needs 'action': allow or deny", at: value.location)
                }
                entries.append(
                    .init(
                        number: ruleNumber, egress: egress, action: action,
                        ipProtocol: try entry.string("protocol") ?? "all",
                        ports: try entry["ports"].map { node throws(ScenarioError) in try ports(node, entryWhat) }
                            ?? nil,
                        cidr: ipv6Cidr == nil ? try entry.string("cidr") ?? "0.0.0.0/0" : nil, ipv6Cidr: ipv6Cidr,
                        location: location))
            }
        }
        return .init(name: name, subnets: try fields.nameList("subnets"), entries: entries)
    }

    func parseEndpoint(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> NetworkDeclaration.Endpoint {
        let what = "endpoint '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: ["service", "type", "route_tables", "subnets", "security_groups", "private_dns", "policy"])
        let service = try required(fields, "service", what)
        // S3 and DynamoDB default to gateway endpoints, as the console offers them first.
        let defaultType =
            ["s3", "dynamodb"].contains(service.text.split(separator: ".").last ?? "") ? "gateway" : "interface"
        return .init(
            name: name, service: service,
            isInterface: (try fields.choice("type", ["gateway", "interface"]) ?? defaultType) == "interface",
            routeTables: try fields.nameList("route_tables"), subnets: try fields.nameList("subnets"),
            securityGroups: try fields.nameList("security_groups"), privateDns: try fields.bool("private_dns") ?? true,
            policy: try fields["policy"].map { node throws(ScenarioError) in
                try DocumentSource.read(node, what: "the endpoint policy of \(what)", resolver: resolver)
            })
    }
}
