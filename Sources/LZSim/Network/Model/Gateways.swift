/// An internet gateway, attached to at most one VPC.
public struct InternetGateway: Sendable {
    /// `igw-` and 17 hexadecimal characters.
    public let internetGatewayId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The VPC it is attached to.
    public internal(set) var attachedVpcId: String?
    /// The tags.
    public internal(set) var tags: [String: String]
}

/// An egress-only internet gateway: IPv6 traffic out of its VPC to the internet, and the
/// responses back, but no connection the internet starts
/// (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html).
public struct EgressOnlyInternetGateway: Sendable {
    /// `eigw-` and 17 hexadecimal characters.
    public let egressOnlyInternetGatewayId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The VPC it is attached to (it is created attached, and stays so until deleted).
    public let vpcId: String
    /// The tags.
    public internal(set) var tags: [String: String]
}

/// A NAT gateway in a subnet: public (with an Elastic IP, towards an internet gateway) or private.
public struct NatGateway: Sendable {
    /// Whether the gateway reaches the internet or only private networks.
    public enum ConnectivityType: String, Sendable {
        case `public`, `private`
    }

    /// `nat-` and 17 hexadecimal characters.
    public let natGatewayId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The subnet it is in.
    public let subnetId: String
    /// Its VPC.
    public let vpcId: String
    /// Public or private.
    public let connectivityType: ConnectivityType
    /// The Elastic IP allocation of a public gateway.
    public let allocationId: String?
    /// Its interface in the subnet, whose address private traffic is translated to.
    public let networkInterfaceId: String
    /// `available` or `deleted`.
    public internal(set) var state: String
    /// The tags.
    public internal(set) var tags: [String: String]
}

/// An Elastic IP address.
public struct ElasticIP: Sendable {
    /// `eipalloc-` and 17 hexadecimal characters.
    public let allocationId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The public address.
    public let publicIp: UInt32
    /// The interface it is associated with, if any.
    public internal(set) var networkInterfaceId: String?
}

/// A customer gateway: the on-premises end of a site-to-site VPN.
public struct CustomerGateway: Sendable {
    /// `cgw-` and 17 hexadecimal characters.
    public let customerGatewayId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The device's public address.
    public let ipAddress: String
    /// The device's BGP ASN.
    public let bgpAsn: Int
}

/// A virtual private gateway: the AWS end of a VPN attached directly to one VPC.
public struct VpnGateway: Sendable {
    /// `vgw-` and 17 hexadecimal characters.
    public let vpnGatewayId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The VPC it is attached to.
    public internal(set) var attachedVpcId: String?
}

/// A site-to-site VPN connection between a customer gateway and a transit gateway or a
/// virtual private gateway, carrying the on-premises CIDR blocks.
public struct VpnConnection: Sendable {
    /// `vpn-` and 17 hexadecimal characters.
    public let vpnConnectionId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The on-premises end.
    public let customerGatewayId: String
    /// The transit gateway it terminates on, if any.
    public let transitGatewayId: String?
    /// Its attachment on that transit gateway.
    public let transitGatewayAttachmentId: String?
    /// The virtual private gateway it terminates on, if any.
    public let vpnGatewayId: String?
    /// The on-premises networks reachable over the tunnels (static routes, or what BGP advertises).
    public internal(set) var routes: [IPv4CIDR]

    /// The on-premises addresses.
    public var onPremisesAddresses: AddressSet { routes.reduce(.empty) { $0.union($1.set) } }
}

/// A VPC peering connection: two VPCs that may route to each other's addresses, and no further.
public struct VpcPeeringConnection: Sendable {
    /// The connection's status code.
    public enum Status: String, Sendable {
        case pendingAcceptance = "pending-acceptance"
        case active, failed, rejected, deleted
    }

    /// `pcx-` and 17 hexadecimal characters.
    public let vpcPeeringConnectionId: String
    /// The requester VPC.
    public let requesterVpcId: String
    /// The accepter VPC.
    public let accepterVpcId: String
    /// The requester's owner and Region.
    public let requesterPlace: ResourcePlace
    /// The accepter's owner and Region.
    public let accepterPlace: ResourcePlace
    /// The status.
    public internal(set) var status: Status
    /// Why the status is what it is, as EC2 words it.
    public internal(set) var statusMessage: String

    /// The VPC at the other end from `vpcId`.
    public func peer(of vpcId: String) -> String? {
        vpcId == requesterVpcId ? accepterVpcId : vpcId == accepterVpcId ? requesterVpcId : nil
    }
}
