/// One permission of `AuthorizeSecurityGroupIngress` or `...Egress`: a protocol, ports and one peer.
public struct IpPermission: Sendable, Hashable {
    /// `tcp`, `udp`, `icmp`, `-1` or the protocol number.
    public var ipProtocol: String
    /// The first port; `-1` with protocol `-1` or ICMP.
    public var fromPort: Int
    /// The last port.
    public var toPort: Int
    /// An IPv4 block.
    public var cidrIp: String?
    /// An IPv6 block, such as `::/0`: the rule matches IPv6 traffic only.
    public var cidrIpv6: String?
    /// A managed prefix list.
    public var prefixListId: String?
    /// A security group of the VPC or a peered VPC.
    public var groupId: String?
    /// The rule's description.
    public var description: String

    /// Creates a permission with exactly one of `cidrIp`, `cidrIpv6`, `prefixListId` or `groupId`.
    public init(
        ipProtocol: String,
        fromPort: Int = -1,
        toPort: Int = -1,
        cidrIp: String? = nil,
        prefixListId: String? = nil,
        groupId: String? = nil,
        cidrIpv6: String? = nil,
        description: String = ""
    ) {
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.cidrIp = cidrIp
        self.prefixListId = prefixListId
        self.groupId = groupId
        self.cidrIpv6 = cidrIpv6
        self.description = description
    }

    /// TCP on one port or a range, from or to a block.
    public static func tcp(_ ports: ClosedRange<Int>, cidr: String) -> IpPermission {
        IpPermission(ipProtocol: "tcp", fromPort: ports.lowerBound, toPort: ports.upperBound, cidrIp: cidr)
    }

    /// TCP on one port or a range, from or to the members of a security group.
    public static func tcp(_ ports: ClosedRange<Int>, group: String) -> IpPermission {
        IpPermission(ipProtocol: "tcp", fromPort: ports.lowerBound, toPort: ports.upperBound, groupId: group)
    }

    /// UDP on one port or a range, from or to a block.
    public static func udp(_ ports: ClosedRange<Int>, cidr: String) -> IpPermission {
        IpPermission(ipProtocol: "udp", fromPort: ports.lowerBound, toPort: ports.upperBound, cidrIp: cidr)
    }

    /// Every protocol and port, from or to a block.
    public static func all(cidr: String) -> IpPermission { IpPermission(ipProtocol: "-1", cidrIp: cidr) }

    /// Validates ports: TCP and UDP need 0 ≤ from ≤ to ≤ 65535; ICMP types and codes are -1 to 255.
    static func validatePorts(_ ipProtocol: IPProtocol, _ from: Int, _ to: Int) throws(AWSError) {
        switch ipProtocol {
        case .tcp, .udp:
            guard (0...65_535).contains(from), (0...65_535).contains(to), from <= to else {
                throw AWSError(
                    .invalidParameterValue,
                    "Invalid value for portRange: \(from)-\(to) is not a \(ipProtocol) port range of 0 to 65535 with from <= to"
                )
            }
        case .icmp:
            guard (-1...255).contains(from), (-1...255).contains(to) else {
                throw AWSError(.invalidParameterValue, "Invalid ICMP type \(from) or code \(to)")
            }
        case .all:
            break
        }
    }
}
