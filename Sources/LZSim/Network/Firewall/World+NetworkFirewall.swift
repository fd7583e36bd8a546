extension World {
    /// `CreateRuleGroup` (AWS Network Firewall), stateful from Suricata-compatible rules or stateless.
    /// - Parameters:
    ///   - rulesString: Stateful rules, one per line.
    ///   - ruleVariables: IP sets such as `HOME_NET`, by name.
    ///   - statelessRules: Stateless rules, by priority.
    /// - Throws: `InvalidRequestException` naming the bad rule or a duplicate name.
    @discardableResult
    public mutating func createRuleGroup(
        ruleGroupName: String,
        type: String,
        capacity: Int = 100,
        rulesString: String? = nil,
        ruleVariables: [String: [String]] = [:],
        statelessRules: [StatelessRule] = [],
        as session: Session
    ) throws(AWSError) -> FirewallRuleGroup {
        let place = place(of: session)
        let arn =
            "arn:aws:network-firewall:\(place.region):\(place.accountID):\(type.lowercased())-rulegroup/\(ruleGroupName)"
        guard type == "STATEFUL" || type == "STATELESS" else {
            throw AWSError(.invalidRequest, "Type must be STATEFUL or STATELESS, not \(type)")
        }
        guard network.ruleGroups[arn] == nil else {
            throw AWSError(.invalidRequest, "A resource with the name \(ruleGroupName) already exists")
        }
        let parsed = try SuricataRules(type == "STATEFUL" ? rulesString ?? "" : "", variables: ruleVariables)
        guard parsed.rules.count + statelessRules.count <= capacity else {
            throw AWSError(.invalidRequest, "rule group \(ruleGroupName) exceeds its capacity of \(capacity)")
        }
        try authorizeEC2(session, "CreateRuleGroup", resource: arn, service: "network-firewall")
        let group = FirewallRuleGroup(
            ruleGroupName: ruleGroupName, ruleGroupArn: arn, place: place, type: type,
            statelessRules: statelessRules.sorted { $0.priority < $1.priority }, statefulRules: parsed.rules,
            ignoredRules: parsed.ignored)
        network.ruleGroups[arn] = group
        return group
    }

    /// `CreateFirewallPolicy`.
    /// - Parameters:
    ///   - statelessDefaultAction: `aws:pass`, `aws:drop` or `aws:forward_to_sfe`.
    ///   - statefulDefaultDrop: Under strict order, drop what no rule matches (`aws:drop_strict`).
    @discardableResult
    public mutating func createFirewallPolicy(
        firewallPolicyName: String,
        statelessRuleGroups: [(priority: Int, arn: String)] = [],
        statelessDefaultAction: String = "aws:forward_to_sfe",
        statefulRuleGroupArns: [String] = [],
        statefulRuleOrder: FirewallPolicy.RuleOrder = .defaultActionOrder,
        statefulDefaultDrop: Bool = false,
        as session: Session
    ) throws(AWSError) -> FirewallPolicy {
        let place = place(of: session)
        let arn = "arn:aws:network-firewall:\(place.region):\(place.accountID):firewall-policy/\(firewallPolicyName)"
        guard ["aws:pass", "aws:drop", "aws:forward_to_sfe"].contains(statelessDefaultAction) else {
            throw AWSError(.invalidRequest, "Invalid stateless default action \(statelessDefaultAction)")
        }
        for group in statelessRuleGroups.map(\.arn) + statefulRuleGroupArns where network.ruleGroups[group] == nil {
            throw AWSError(.resourceNotFoundException, "Rule group \(group) does not exist")
        }
        try authorizeEC2(session, "CreateFirewallPolicy", resource: arn, service: "network-firewall")
        let policy = FirewallPolicy(
            firewallPolicyName: firewallPolicyName, firewallPolicyArn: arn, place: place,
            statelessRuleGroups: statelessRuleGroups.sorted { $0.priority < $1.priority },
            statelessDefaultAction: statelessDefaultAction, statefulRuleGroups: statefulRuleGroupArns,
            statefulRuleOrder: statefulRuleOrder, statefulDefaultDrop: statefulDefaultDrop)
        network.firewallPolicies[arn] = policy
        return policy
    }

    /// `CreateFirewall`: one endpoint in each mapped subnet (one per Availability Zone) of the VPC.
    /// - Throws: `InvalidRequestException` (a subnet of another VPC, two subnets in one zone),
    ///   `ResourceNotFoundException` (policy).
    @discardableResult
    public mutating func createFirewall(
        firewallName: String,
        firewallPolicyArn: String,
        vpcId: String,
        subnetIds: [String],
        as session: Session
    ) throws(AWSError) -> NetworkFirewall {
        let vpc = try ownVpc(vpcId, session)
        guard network.firewallPolicies[firewallPolicyArn] != nil else {
            throw AWSError(.resourceNotFoundException, "Firewall policy \(firewallPolicyArn) does not exist")
        }
        var zones: Set<String> = []
        for id in subnetIds {
            guard let subnet = network.subnets[id], subnet.vpcId == vpcId else {
                throw AWSError(.invalidRequest, "subnet \(id) is not in VPC \(vpcId)")
            }
            guard zones.insert(subnet.availabilityZone).inserted else {
                throw AWSError(.invalidRequest, "a firewall takes one subnet per Availability Zone: \(id)")
            }
        }
        let arn = "arn:aws:network-firewall:\(vpc.place.region):\(vpc.place.accountID):firewall/\(firewallName)"
        guard network.firewalls[arn] == nil else {
            throw AWSError(.invalidRequest, "A resource with the name \(firewallName) already exists")
        }
        try authorizeEC2(session, "CreateFirewall", resource: arn, service: "network-firewall")
        var endpoints: [String: String] = [:]
        for id in subnetIds { endpoints[id] = ids.ec2ID("vpce") }
        let firewall = NetworkFirewall(
            firewallName: firewallName, firewallArn: arn, place: vpc.place, vpcId: vpcId,
            firewallPolicyArn: firewallPolicyArn, endpoints: endpoints)
        network.firewalls[arn] = firewall
        return firewall
    }
}
