/// A part of the organization's network that exposure and access queries look at.
public enum NetworkScope: Sendable, Hashable {
    /// Every interface of every account.
    case organization
    /// The interfaces of one account (by ID or name).
    case account(String)
    /// The interfaces of the accounts under an OU, at any depth.
    case organizationalUnit(String)
    /// The interfaces of one VPC.
    case vpc(String)
    /// Interfaces whose own tags, or their instance's, subnet's or VPC's, have this value.
    case tag(key: String, value: String)
}

/// An interface reachable from the internet, on which ports, and by which path.
public struct ExposureFinding: Sendable, CustomStringConvertible {
    /// The exposed interface.
    public var networkInterface: NetworkInterface
    /// The protocol.
    public var ipProtocol: IPProtocol
    /// The ports reachable from some internet address.
    public var ports: IntervalSet
    /// One path that shows it.
    public var path: NetworkPath

    /// `eni-... (ELB app/web) tcp 80, 443`.
    public var description: String { "\(networkInterface.displayName) \(ipProtocol) \(ports)" }
}

/// Two address blocks of the organization (or on-premises) that overlap.
public struct CidrOverlap: Sendable, Hashable, CustomStringConvertible {
    /// The first VPC (or `on-premises`) and its block.
    public var first: String
    public var firstBlock: IPv4CIDR
    /// The second VPC (or `on-premises`) and its block.
    public var second: String
    public var secondBlock: IPv4CIDR

    public var description: String { "\(first) \(firstBlock) overlaps \(second) \(secondBlock)" }
}

/// A rule that lets anyone in on a port that should not be open to everyone.
public struct UnrestrictedIngress: Sendable, Hashable, CustomStringConvertible {
    /// The security group or network ACL.
    public var resourceId: String
    /// The rule.
    public var rule: String
    /// The watched ports it opens.
    public var ports: IntervalSet

    public var description: String { "\(resourceId) \(rule) opens \(ports) to 0.0.0.0/0" }
}
