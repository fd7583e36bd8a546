/// A security group: stateful allow rules for the interfaces in it.
public struct SecurityGroup: Sendable {
    /// `sg-` and 17 hexadecimal characters.
    public let groupId: String
    /// The name, unique in the VPC.
    public let groupName: String
    /// The description.
    public let description: String
    /// The VPC.
    public let vpcId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// Whether this is the VPC's default group.
    public let isDefault: Bool
    /// Inbound rules.
    public internal(set) var ingressRules: [SecurityGroupRule]
    /// Outbound rules.
    public internal(set) var egressRules: [SecurityGroupRule]
    /// The tags.
    public internal(set) var tags: [String: String]

    /// The group's ARN.
    public var arn: String { place.arn("security-group", groupId) }
    /// `name (sg-...)`, for messages.
    public var displayName: String { "\(groupName) (\(groupId))" }
}

/// One security group rule: a protocol, a port range and a peer.
public struct SecurityGroupRule: Sendable, Hashable, CustomStringConvertible {
    /// The other end of the traffic a rule allows.
    public enum Peer: Sendable, Hashable, CustomStringConvertible {
        case cidr(IPv4CIDR)
        /// An IPv6 block (`::/0`): it matches IPv6 traffic only.
        case ipv6Cidr(IPv6CIDR)
        case prefixList(String)
        /// Interfaces in a security group (this VPC's, or a peered VPC's).
        case securityGroup(String)

        public var description: String {
            switch self {
            case .cidr(let block): block.description
            case .ipv6Cidr(let block): block.description
            case .prefixList(let block), .securityGroup(let block): block
            }
        }
    }

    /// `sgr-` and 17 hexadecimal characters.
    public let securityGroupRuleId: String
    /// The protocol.
    public let ipProtocol: IPProtocol
    /// The first port (for ICMP, the type; `-1` for all).
    public let fromPort: Int
    /// The last port (for ICMP, the code; `-1` for all).
    public let toPort: Int
    /// The source (ingress) or destination (egress).
    public let peer: Peer
    /// The rule's description.
    public let ruleDescription: String

    /// The ports the rule covers.
    public var ports: IntervalSet {
        ipProtocol.hasPorts && fromPort >= 0 ? IntervalSet(UInt32(fromPort)...UInt32(max(fromPort, toPort))) : .allPorts
    }

    /// `tcp 443 from 0.0.0.0/0`.
    public var description: String {
        let range = !ipProtocol.hasPorts ? "" : fromPort == toPort ? " \(fromPort)" : " \(fromPort)-\(toPort)"
        return "\(securityGroupRuleId) \(ipProtocol)\(range) \(peer)"
    }

    /// Whether two rules allow the same thing (EC2 refuses the second as a duplicate).
    func duplicates(_ other: SecurityGroupRule) -> Bool {
        ipProtocol == other.ipProtocol && fromPort == other.fromPort && toPort == other.toPort && peer == other.peer
    }
}

/// A network ACL: stateless numbered rules for the subnets associated with it.
public struct NetworkAcl: Sendable {
    /// `acl-` and 17 hexadecimal characters.
    public let networkAclId: String
    /// The VPC.
    public let vpcId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// Whether this is the VPC's default ACL.
    public let isDefault: Bool
    /// The subnets associated.
    public internal(set) var subnetAssociations: Set<String>
    /// Rules of both directions, each list kept in rule-number order; the final `*` deny is implied.
    public internal(set) var entries: [NetworkAclEntry]
    /// The tags.
    public internal(set) var tags: [String: String]

    /// The rules of one direction, in the order they are evaluated.
    public func entries(egress: Bool) -> [NetworkAclEntry] { entries.filter { $0.egress == egress } }
}

/// One network ACL rule.
public struct NetworkAclEntry: Sendable, Hashable, CustomStringConvertible {
    /// 1 to 32766; lower numbers are evaluated first.
    public let ruleNumber: Int
    /// Whether the rule is outbound.
    public let egress: Bool
    /// The protocol.
    public let ipProtocol: IPProtocol
    /// `allow` or `deny`.
    public let ruleAction: String
    /// The other end's IPv4 block (source inbound, destination outbound), for an IPv4 rule.
    public let cidrBlock: IPv4CIDR?
    /// The other end's IPv6 block (`Ipv6CidrBlock`), for an IPv6 rule.
    public let ipv6CidrBlock: IPv6CIDR?
    /// The destination ports; `nil` for all.
    public let portRange: ClosedRange<Int>?

    /// Whether the rule allows.
    public var allows: Bool { ruleAction == "allow" }
    /// The other end's block as written: `0.0.0.0/0` or `::/0`.
    public var block: String { cidrBlock?.description ?? ipv6CidrBlock?.description ?? "" }
    /// The other end's addresses.
    public var addresses: AddressSet { cidrBlock?.set ?? ipv6CidrBlock?.set ?? .empty }
    /// The destination ports the rule covers.
    public var ports: IntervalSet {
        guard ipProtocol.hasPorts, let portRange else { return .allPorts }
        return IntervalSet(UInt32(portRange.lowerBound)...UInt32(portRange.upperBound))
    }

    /// `rule 100 deny tcp 22 from 0.0.0.0/0`.
    public var description: String {
        let range = portRange.map { $0.count == 1 ? " \($0.lowerBound)" : " \($0.lowerBound)-\($0.upperBound)" } ?? ""
        return "rule \(ruleNumber) \(ruleAction) \(ipProtocol)\(ipProtocol.hasPorts ? range : "") "
            + (egress ? "to " : "from ") + block
    }
}
