/// A Route 53 Resolver endpoint: interfaces in a VPC that receive DNS queries from on-premises
/// (inbound) or forward them there (outbound).
public struct ResolverEndpoint: Sendable {
    /// `rslvr-in-` or `rslvr-out-` and 17 hexadecimal characters.
    public let id: String
    /// The name.
    public let name: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// `INBOUND` or `OUTBOUND`.
    public let direction: String
    /// The VPC.
    public let vpcId: String
    /// The security groups of its interfaces.
    public let securityGroupIds: [String]
    /// Its interfaces, one per address.
    public internal(set) var networkInterfaceIds: [String]
}

/// A Resolver rule: queries for a domain are forwarded to target addresses through an outbound endpoint.
public struct ResolverRule: Sendable {
    /// `rslvr-rr-` and 17 hexadecimal characters.
    public let id: String
    /// The rule's ARN, which resource shares name.
    public let arn: String
    /// The name.
    public let name: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The domain, such as `corp.example.com`.
    public let domainName: String
    /// `FORWARD`, `SYSTEM` or `RECURSIVE`.
    public let ruleType: String
    /// Where forwarded queries go.
    public let targetIps: [String]
    /// The outbound endpoint that forwards them.
    public let resolverEndpointId: String?
    /// VPCs the rule is associated with (its owner's or, when shared, participants').
    public internal(set) var associatedVpcIds: Set<String>
}

/// An AWS RAM resource share: resources of its owner made usable by principals of the organization.
public struct ResourceShare: Sendable {
    /// `arn:aws:ram:REGION:ACCOUNT:resource-share/UUID`.
    public let resourceShareArn: String
    /// The name.
    public let name: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// Whether principals outside the organization may be added.
    public let allowExternalPrincipals: Bool
    /// The shared resources' ARNs.
    public internal(set) var resourceArns: Set<String>
    /// Account IDs, OU ARNs or the organization's ARN.
    public internal(set) var principals: Set<String>
}
