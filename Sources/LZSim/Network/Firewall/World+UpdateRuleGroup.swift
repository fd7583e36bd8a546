extension World {
    /// `UpdateRuleGroup` (AWS Network Firewall): replaces a stateful group's Suricata rules, or a
    /// stateless group's rules, in place; firewalls whose policies use the group apply the new
    /// rules at once, as AWS does once the update propagates.
    /// - Parameters:
    ///   - ruleGroupArn: The group's ARN (or give `ruleGroupName` and `type`).
    ///   - rulesString: A stateful group's new rules, one per line.
    ///   - ruleVariables: The IP sets the rules use, by name.
    ///   - statelessRules: A stateless group's new rules.
    /// - Throws: `ResourceNotFoundException` for an unknown group, `InvalidRequestException` naming a
    ///   bad rule or a group over its capacity, or `AccessDenied`.
    @discardableResult
    public mutating func updateRuleGroup(
        ruleGroupArn: String? = nil,
        ruleGroupName: String? = nil,
        type: String = "STATEFUL",
        rulesString: String? = nil,
        ruleVariables: [String: [String]] = [:],
        statelessRules: [StatelessRule] = [],
        as session: Session
    ) throws(AWSError) -> FirewallRuleGroup {
        let place = place(of: session)
        let arn =
            ruleGroupArn
            ?? "arn:aws:network-firewall:\(place.region):\(place.accountID):\(type.lowercased())-rulegroup/\(ruleGroupName ?? "")"
        guard var group = network.ruleGroups[arn], group.place.accountID == place.accountID else {
            throw AWSError(.resourceNotFound, "Rule group \(ruleGroupArn ?? ruleGroupName ?? "") does not exist")
        }
        try authorizeEC2(session, "UpdateRuleGroup", resource: arn, service: "network-firewall")
        if group.type == "STATEFUL" {
            let parsed = try SuricataRules(rulesString ?? "", variables: ruleVariables)
            group.statefulRules = parsed.rules
            group.ignoredRules = parsed.ignored
        } else {
            group.statelessRules = statelessRules.sorted { $0.priority < $1.priority }
        }
        network.ruleGroups[arn] = group
        return group
    }
}
