/// A place traffic starts from or goes to in a reachability question.
public enum NetworkPlace: Sendable, Hashable, CustomStringConvertible {
    /// One network interface (an instance's, a load balancer node's, an endpoint's...).
    case networkInterface(String)
    /// An instance, by its primary interface.
    case instance(String)
    /// Every interface of a subnet.
    case subnet(String)
    /// Every interface of a VPC.
    case vpc(String)
    /// Any address on the internet.
    case internet
    /// An on-premises block behind a site-to-site VPN, such as `192.168.128.0/17`.
    case onPremises(String)
    /// An AWS service reached through a gateway endpoint: `s3` or `dynamodb`.
    case awsService(String)
    /// Every node of a load balancer, by its ARN.
    case loadBalancer(String)

    public var description: String {
        switch self {
        case .networkInterface(let id), .instance(let id), .subnet(let id), .vpc(let id): id
        case .internet: "the internet"
        case .onPremises(let block): "on-premises \(block)"
        case .awsService(let name): "AWS service \(name)"
        case .loadBalancer(let arn): arn
        }
    }
}

/// Why a hop stops traffic, in the manner of Reachability Analyzer's explanation codes.
public enum BlockReason: String, Sendable, Hashable, AWSEnumeration {
    /// No route of the table matches the destination.
    case noRoute = "NO_ROUTE_TO_DESTINATION"
    /// The matching route is a blackhole, or its target is gone.
    case blackholeRoute = "BLACKHOLE_ROUTE"
    /// A network ACL rule (or the final `*` rule) denies the packets.
    case networkAclDeny = "SUBNET_ACL_RESTRICTION"
    /// A network ACL denies the response of a request it let through: ACLs are stateless.
    case networkAclDeniesReturn = "SUBNET_ACL_RESTRICTION_ON_RETURN"
    /// No security group rule of the interface allows the packets out.
    case securityGroupEgress = "ENI_SG_EGRESS_RULES_MISMATCH"
    /// No security group rule of the interface allows the packets in.
    case securityGroupIngress = "ENI_SG_INGRESS_RULES_MISMATCH"
    /// A Network Firewall rule (or default action) drops the packets.
    case firewallDrop = "FIREWALL_RULE_DROP"
    /// Internet traffic needs a public address on the interface (or a NAT gateway on the way out).
    case noPublicAddress = "NO_PUBLIC_ADDRESS"
    /// The route table has no route back to the internet gateway for the response.
    case noReturnRoute = "NO_RETURN_ROUTE"
    /// A peering connection carries only traffic between its two VPCs' own interfaces.
    case notTransitive = "PEERING_NOT_TRANSITIVE"
    /// The VPC has no available attachment on the transit gateway the route names.
    case noAttachment = "TGW_ATTACHMENT_MISSING"
    /// The attachment has no subnet in the Availability Zone the traffic leaves from, so the
    /// transit gateway cannot be reached from there.
    case noAttachmentInZone = "TGW_ATTACHMENT_NOT_IN_AZ"
    /// The attachment is associated with no transit gateway route table.
    case noAssociation = "TGW_ATTACHMENT_NOT_ASSOCIATED"
    /// An appliance's interface drops traffic not addressed to it.
    case sourceDestinationCheck = "SOURCE_DEST_CHECK_ENABLED"
    /// A resource is in a state that carries no traffic (pending, failed, deleted).
    case badState = "BAD_STATE"
}
