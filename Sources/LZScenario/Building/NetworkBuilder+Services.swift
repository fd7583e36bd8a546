import LZSim

extension NetworkBuilder {
    /// Network Firewall: rule groups, then policies that name them, then firewalls in their VPC's subnets.
    func buildFirewalls(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for group in context.network.ruleGroups {
            var stateless: [StatelessRule] = []
            for rule in group.statelessRules {
                stateless.append(try statelessRule(rule))
            }
            let arn = try WorldCall.run(at: group.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createRuleGroup(
                    ruleGroupName: group.name.text, type: group.isStateful ? "STATEFUL" : "STATELESS",
                    capacity: group.capacity, rulesString: group.rules, ruleVariables: group.variables,
                    statelessRules: stateless, as: session
                ).ruleGroupArn
            }
            try record(.ruleGroup, group.name, id: arn, context, &built)
        }
        for policy in context.network.firewallPolicies {
            var stateless: [(priority: Int, arn: String)] = []
            for (priority, group) in policy.statelessGroups {
                stateless.append((priority, try built.network.id(.ruleGroup, group, in: context.account)))
            }
            let stateful = try built.network.ids(.ruleGroup, policy.statefulGroups, in: context.account)
            let arn = try WorldCall.run(at: policy.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createFirewallPolicy(
                    firewallPolicyName: policy.name.text, statelessRuleGroups: stateless,
                    statelessDefaultAction: policy.statelessDefaultAction, statefulRuleGroupArns: stateful,
                    statefulRuleOrder: policy.strictOrder ? .strictOrder : .defaultActionOrder,
                    statefulDefaultDrop: policy.defaultDrop, as: session
                ).firewallPolicyArn
            }
            try record(.firewallPolicy, policy.name, id: arn, context, &built)
        }
        for firewall in context.network.firewalls {
            let policy = try built.network.id(.firewallPolicy, firewall.policy, in: context.account)
            let vpcId = try built.network.id(.vpc, firewall.vpc, in: context.account)
            let subnets = try built.network.ids(.subnet, firewall.subnets, in: context.account)
            let created = try WorldCall.run(at: firewall.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createFirewall(
                    firewallName: firewall.name.text, firewallPolicyArn: policy, vpcId: vpcId, subnetIds: subnets,
                    as: session)
            }
            try record(.firewall, firewall.name, id: created.firewallArn, context, &built)
            // Explanations name each endpoint after its firewall and subnet.
            for (subnet, endpoint) in created.endpoints {
                built.network.record(
                    .endpoint, account: context.account,
                    name: "\(firewall.name.text)@\(built.network.name(of: subnet).split(separator: "/").last ?? "")",
                    id: endpoint)
            }
        }
    }

    private func statelessRule(_ rule: NetworkDeclaration.StatelessRule) throws(ScenarioError) -> StatelessRule {
        func addresses(_ blocks: [String]) throws(ScenarioError) -> AddressSet {
            guard !blocks.isEmpty else { return .allAddresses }
            var set = AddressSet.empty
            for block in blocks {
                do throws(AWSError) {
                    set = set.union(try IPv4CIDR(block).set)
                } catch {
                    throw ScenarioError(
                        "expected a CIDR block in a stateless rule, found '\(block)'", at: rule.location)
                }
            }
            return set
        }
        var protocols: Set<IPProtocol> = []
        for text in rule.protocols.isEmpty ? ["all"] : rule.protocols {
            do throws(AWSError) {
                protocols.insert(try IPProtocol(ec2: text))
            } catch {
                throw ScenarioError(
                    "expected tcp, udp, icmp or all for the protocol of a stateless rule, found '\(text)'",
                    at: rule.location)
            }
        }
        let ports = rule.ports.map { IntervalSet(UInt32($0.lowerBound)...UInt32($0.upperBound)) } ?? .allPorts
        return StatelessRule(
            priority: rule.priority, action: rule.action,
            match: FirewallMatch(
                protocols: protocols, sources: try addresses(rule.sources),
                destinations: try addresses(rule.destinations), destinationPorts: ports))
    }

    /// Resolver endpoints and rules; a rule's `vpcs` of its own account are associated here.
    func buildResolver(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for endpoint in context.network.resolverEndpoints {
            let groups = try built.network.ids(.securityGroup, endpoint.securityGroups, in: context.account)
            var addresses: [(subnetId: String, ip: String?)] = []
            for (subnet, ip) in endpoint.addresses {
                addresses.append((try built.network.id(.subnet, subnet, in: context.account), ip))
            }
            let created = try WorldCall.run(at: endpoint.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createResolverEndpoint(
                    name: endpoint.name.text, direction: endpoint.direction, securityGroupIds: groups,
                    ipAddresses: addresses, as: session)
            }
            try record(.resolverEndpoint, endpoint.name, id: created.id, context, &built)
            for (index, interface) in created.networkInterfaceIds.enumerated() {
                built.network.record(
                    .interface, account: context.account, name: "\(endpoint.name.text)#\(index + 1)", id: interface)
            }
        }
        for rule in context.network.resolverRules {
            let endpoint = try rule.endpoint.map { name throws(ScenarioError) in
                try built.network.id(.resolverEndpoint, name, in: context.account)
            }
            let created = try WorldCall.run(at: rule.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createResolverRule(
                    name: rule.name.text, domainName: rule.domain, ruleType: rule.ruleType, targetIps: rule.targets,
                    resolverEndpointId: endpoint, as: session)
            }
            try record(.resolverRule, rule.name, id: created.id, context, &built)
        }
    }

    /// Associations of Resolver rules with VPCs: the rule's own `vpcs`, and each VPC's `resolver_rules`
    /// (rules another account shares).
    func associateResolverRules(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        var associations: [(rule: Named, vpc: Named)] = []
        for rule in context.network.resolverRules {
            associations += rule.vpcs.map { (rule.name, $0) }
        }
        for vpc in context.network.vpcs {
            associations += vpc.resolverRules.map { ($0, vpc.name) }
        }
        for (rule, vpc) in associations {
            let ruleId = try built.network.id(.resolverRule, rule, in: context.account)
            let vpcId = try built.network.id(.vpc, vpc, in: context.account)
            try WorldCall.run(at: rule.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.associateResolverRule(resolverRuleId: ruleId, vpcId: vpcId, as: session)
            }
        }
    }
}
