/// An AWS Network Firewall: one endpoint per subnet it is placed in, inspecting with a policy.
public struct NetworkFirewall: Sendable {
    /// The name, unique in the account and Region.
    public let firewallName: String
    /// `arn:aws:network-firewall:REGION:ACCOUNT:firewall/NAME`.
    public let firewallArn: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The VPC (the inspection VPC).
    public let vpcId: String
    /// The firewall policy.
    public internal(set) var firewallPolicyArn: String
    /// Endpoint ID (`vpce-...`) by subnet: routes send traffic to these.
    public internal(set) var endpoints: [String: String]
}

/// A firewall policy: stateless rule groups by priority, then the stateful engine.
public struct FirewallPolicy: Sendable {
    /// How stateful rules are ordered.
    public enum RuleOrder: String, Sendable {
        /// Pass rules, then drop rules, then alert rules; unmatched traffic passes.
        case defaultActionOrder = "DEFAULT_ACTION_ORDER"
        /// Rules in the order written; unmatched traffic takes the policy's default action.
        case strictOrder = "STRICT_ORDER"
    }

    /// The name.
    public let firewallPolicyName: String
    /// The ARN.
    public let firewallPolicyArn: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// Stateless rule groups by priority, lowest first.
    public internal(set) var statelessRuleGroups: [(priority: Int, arn: String)]
    /// `aws:pass`, `aws:drop` or `aws:forward_to_sfe`, for packets no stateless rule matches.
    public internal(set) var statelessDefaultAction: String
    /// Stateful rule groups in order.
    public internal(set) var statefulRuleGroups: [String]
    /// How stateful rules are ordered.
    public internal(set) var statefulRuleOrder: RuleOrder
    /// Under strict order, whether unmatched traffic is dropped (`aws:drop_strict`).
    public internal(set) var statefulDefaultDrop: Bool
}

/// A firewall rule group, stateless or stateful.
public struct FirewallRuleGroup: Sendable {
    /// The name.
    public let ruleGroupName: String
    /// The ARN.
    public let ruleGroupArn: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// `STATELESS` or `STATEFUL`.
    public let type: String
    /// Stateless rules by priority.
    public internal(set) var statelessRules: [StatelessRule]
    /// Stateful 5-tuple rules in the order written.
    public internal(set) var statefulRules: [StatefulRule]
    /// Rules the model does not evaluate, as Reachability Analyzer reports unsupported rules.
    public internal(set) var ignoredRules: [String]
}

/// A stateless rule: match attributes and an action.
public struct StatelessRule: Sendable, Hashable {
    /// Lower runs first.
    public var priority: Int
    /// `aws:pass`, `aws:drop` or `aws:forward_to_sfe`.
    public var action: String
    /// What the rule matches.
    public var match: FirewallMatch

    /// Creates a stateless rule, as `CreateRuleGroup`'s `StatelessRulesAndCustomActions` gives one.
    /// - Parameters:
    ///   - priority: Lower runs first; unique within the rule group.
    ///   - action: `aws:pass`, `aws:drop` or `aws:forward_to_sfe`.
    ///   - match: What the rule matches.
    public init(priority: Int, action: String, match: FirewallMatch) {
        self.priority = priority
        self.action = action
        self.match = match
    }
}

/// A stateful 5-tuple rule, as Suricata-compatible rule strings write it.
public struct StatefulRule: Sendable, Hashable, CustomStringConvertible {
    /// `pass`, `drop`, `reject` or `alert`.
    public var action: String
    /// What the rule matches.
    public var match: FirewallMatch
    /// The rule's `sid`.
    public var sid: Int?
    /// The rule as written.
    public var text: String

    public var description: String { sid.map { "sid \($0): \(text)" } ?? text }
}

/// The 5-tuple part of a firewall rule.
public struct FirewallMatch: Sendable, Hashable {
    /// The protocols; `.all` is Suricata's `ip`.
    public var protocols: Set<IPProtocol>
    /// Source addresses.
    public var sources: AddressSet
    /// Destination addresses.
    public var destinations: AddressSet
    /// Destination ports.
    public var destinationPorts: IntervalSet
    /// Whether the rule also matches the reverse direction (`<>`).
    public var bidirectional: Bool

    /// Creates the match attributes of a firewall rule.
    /// - Parameters:
    ///   - protocols: The protocols; `.all` matches every one.
    ///   - sources: Source addresses; every address by default.
    ///   - destinations: Destination addresses; every address by default.
    ///   - destinationPorts: Destination ports; every port by default.
    ///   - bidirectional: Whether the rule matches the reverse direction too.
    public init(
        protocols: Set<IPProtocol>,
        sources: AddressSet = .allAddresses,
        destinations: AddressSet = .allAddresses,
        destinationPorts: IntervalSet = .allPorts,
        bidirectional: Bool = false
    ) {
        self.protocols = protocols
        self.sources = sources
        self.destinations = destinations
        self.destinationPorts = destinationPorts
        self.bidirectional = bidirectional
    }

    /// Whether the rule applies to traffic of `traffic`'s protocol.
    func applies(to traffic: IPProtocol) -> Bool { protocols.contains { $0.matches(traffic) } }

    /// The packets the rule matches, in the forward direction and, if bidirectional, reversed.
    func boxes(for traffic: IPProtocol) -> [PacketBox] {
        guard applies(to: traffic) else { return [] }
        let ports = traffic.hasPorts ? destinationPorts : .allPorts
        var boxes = [PacketBox(sources: sources, destinations: destinations, ports: ports)]
        if bidirectional { boxes.append(PacketBox(sources: destinations, destinations: sources, ports: ports)) }
        return boxes
    }
}
