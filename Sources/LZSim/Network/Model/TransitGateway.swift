/// A transit gateway: a regional router joining VPCs, VPNs and other transit gateways.
public struct TransitGateway: Sendable {
    /// `tgw-` and 17 hexadecimal characters.
    public let transitGatewayId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The Amazon side BGP ASN.
    public let amazonSideAsn: Int
    /// Whether attachments from accounts it is shared with are accepted without the owner's action.
    public internal(set) var autoAcceptSharedAttachments: Bool
    /// Whether new attachments are associated with the default route table.
    public internal(set) var defaultRouteTableAssociation: Bool
    /// Whether new attachments propagate to the default route table.
    public internal(set) var defaultRouteTablePropagation: Bool
    /// The default association route table, when association or propagation defaults are on.
    public internal(set) var associationDefaultRouteTableId: String?
    /// The default propagation route table.
    public internal(set) var propagationDefaultRouteTableId: String?
    /// The tags.
    public internal(set) var tags: [String: String]

    /// The transit gateway's ARN.
    public var arn: String { place.arn("transit-gateway", transitGatewayId) }
}

/// An attachment of a VPC, a VPN or a peer transit gateway to a transit gateway.
public struct TransitGatewayAttachment: Sendable {
    /// What is attached.
    public enum ResourceType: String, Sendable {
        case vpc, vpn, peering
    }

    /// The attachment's state.
    public enum State: String, Sendable {
        case pendingAcceptance, available, deleted, rejected
    }

    /// `tgw-attach-` and 17 hexadecimal characters.
    public let transitGatewayAttachmentId: String
    /// The transit gateway.
    public let transitGatewayId: String
    /// The transit gateway's owner and Region.
    public let place: ResourcePlace
    /// What is attached.
    public let resourceType: ResourceType
    /// The VPC, VPN connection or peer transit gateway.
    public let resourceId: String
    /// The account owning what is attached.
    public let resourceOwnerId: String
    /// The attachment's subnets, one per Availability Zone (VPC attachments).
    public internal(set) var subnetIds: [String]
    /// Appliance mode: traffic of a flow keeps one Availability Zone in both directions.
    public internal(set) var applianceModeSupport: Bool
    /// `Ipv6Support`: whether a VPC attachment carries IPv6 traffic and propagates the VPC's IPv6 blocks.
    public internal(set) var ipv6Support = false
    /// The state.
    public internal(set) var state: State
    /// The route table the attachment is associated with: where traffic arriving from it is routed.
    public internal(set) var associatedRouteTableId: String?
    /// The tags.
    public internal(set) var tags: [String: String]
    /// A peering attachment's other end, which shares its ID: the accepter transit gateway and
    /// its own association.
    public internal(set) var accepter: PeeringAccepter?

    /// The accepter's end of a transit gateway peering attachment.
    public struct PeeringAccepter: Sendable {
        /// The accepter transit gateway.
        public let transitGatewayId: String
        /// Its owner and Region.
        public let place: ResourcePlace
        /// The accepter's route table for traffic arriving over the peering.
        public internal(set) var associatedRouteTableId: String?
    }

    /// The attachment as seen from one of its transit gateways: itself, or for a peering
    /// attachment its accepter's end, whose resource is the requester transit gateway.
    public func side(on gatewayId: String) -> TransitGatewayAttachment? {
        if transitGatewayId == gatewayId { return self }
        guard let accepter, accepter.transitGatewayId == gatewayId else { return nil }
        return TransitGatewayAttachment(
            transitGatewayAttachmentId: transitGatewayAttachmentId, transitGatewayId: gatewayId,
            place: accepter.place, resourceType: .peering, resourceId: transitGatewayId,
            resourceOwnerId: place.accountID, subnetIds: [], applianceModeSupport: false, state: state,
            associatedRouteTableId: accepter.associatedRouteTableId, tags: tags)
    }
}

/// A transit gateway route table: static and blackhole routes, and routes propagated from attachments.
public struct TransitGatewayRouteTable: Sendable {
    /// A static route's target.
    public enum StaticTarget: Sendable, Hashable {
        case attachment(String)
        case blackhole
    }

    /// `tgw-rtb-` and 17 hexadecimal characters.
    public let transitGatewayRouteTableId: String
    /// The transit gateway.
    public let transitGatewayId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// Static and blackhole routes by destination.
    public internal(set) var staticRoutes: [CIDRBlock: StaticTarget]
    /// Attachments whose CIDR blocks propagate into the table.
    public internal(set) var propagations: Set<String>
    /// The tags.
    public internal(set) var tags: [String: String]

    /// `Name` tag or ID, for messages.
    public var displayName: String { tags["Name"] ?? transitGatewayRouteTableId }
}

/// A transit gateway route as ``World/transitGatewayRoutes(of:)`` reports it.
public struct TransitGatewayRoute: Sendable, Hashable, CustomStringConvertible {
    /// The destination block, IPv4 or IPv6.
    public var destination: CIDRBlock
    /// The attachment traffic goes to; `nil` for a blackhole.
    public var attachmentId: String?
    /// `static` or `propagated`.
    public var type: String
    /// `active` or `blackhole` (a blackhole route, or a static route whose attachment is gone).
    public var state: String

    public var description: String {
        "\(destination) -> \(attachmentId ?? "blackhole") (\(type)\(state == "blackhole" ? ", blackhole" : ""))"
    }
}
