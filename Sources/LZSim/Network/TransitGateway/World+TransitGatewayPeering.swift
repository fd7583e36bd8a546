extension World {
    /// `CreateTransitGatewayPeeringAttachment` from a transit gateway the caller owns to another,
    /// in its own or another account and Region; it waits for the accepter's owner. Peering carries
    /// static routes only: neither side propagates over it
    /// (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html).
    /// - Throws: `InvalidTransitGatewayID.NotFound` (either gateway), `InvalidParameterValue` (a
    ///   gateway peered with itself).
    @discardableResult
    public mutating func createTransitGatewayPeeringAttachment(
        transitGatewayId: String,
        peerTransitGatewayId: String,
        peerAccountId: String,
        peerRegion: String,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> TransitGatewayAttachment {
        let here = place(of: session)
        // Peering is not available on a transit gateway shared with the caller: it must be its own.
        guard let gateway = network.transitGateways[transitGatewayId], gateway.place == here else {
            throw AWSError(
                .invalidTransitGatewayIDNotFound, "Transit Gateway \(transitGatewayId) was deleted or does not exist.")
        }
        guard let peer = network.transitGateways[peerTransitGatewayId],
            peer.place == ResourcePlace(accountID: peerAccountId, region: peerRegion)
        else {
            throw AWSError(
                .invalidTransitGatewayIDNotFound,
                "Transit Gateway \(peerTransitGatewayId) was deleted or does not exist in account \(peerAccountId), \(peerRegion)."
            )
        }
        guard peerTransitGatewayId != transitGatewayId else {
            throw AWSError(
                .invalidParameterValue, "Transit Gateway \(transitGatewayId) cannot be peered with itself.")
        }
        try authorizeEC2(
            session, "CreateTransitGatewayPeeringAttachment", resource: here.arn("transit-gateway-attachment", "*"),
            requestTags: tags)
        var attachment = TransitGatewayAttachment(
            transitGatewayAttachmentId: ids.ec2ID("tgw-attach"), transitGatewayId: transitGatewayId, place: here,
            resourceType: .peering, resourceId: peerTransitGatewayId, resourceOwnerId: peerAccountId, subnetIds: [],
            applianceModeSupport: false, state: .pendingAcceptance, associatedRouteTableId: nil, tags: tags)
        attachment.accepter = .init(transitGatewayId: peerTransitGatewayId, place: peer.place)
        network.transitGatewayAttachments[attachment.transitGatewayAttachmentId] = attachment
        return attachment
    }

    /// `AcceptTransitGatewayPeeringAttachment` by the accepter transit gateway's owner, in its
    /// Region, even when one account owns both. Each end is associated with its gateway's default
    /// association route table, if any; routes over it are static.
    /// - Throws: `InvalidTransitGatewayAttachmentID.NotFound`, `IncorrectState`.
    public mutating func acceptTransitGatewayPeeringAttachment(
        transitGatewayAttachmentId id: String, as session: Session
    )
        throws(AWSError)
    {
        guard let attachment = network.transitGatewayAttachments[id], let accepter = attachment.accepter,
            accepter.place == place(of: session), attachment.state != .deleted
        else {
            throw AWSError(
                .invalidTransitGatewayAttachmentIDNotFound,
                "Transit Gateway Attachment \(id) was deleted or does not exist.")
        }
        try authorizeEC2(
            session, "AcceptTransitGatewayPeeringAttachment",
            resource: accepter.place.arn("transit-gateway-attachment", id))
        guard attachment.state == .pendingAcceptance else {
            throw AWSError(
                .incorrectState, "tgw attachment \(id) is in state \(attachment.state.rawValue), not pendingAcceptance")
        }
        network.transitGatewayAttachments[id]!.state = .available
        for gatewayId in [attachment.transitGatewayId, accepter.transitGatewayId] {
            if let table = network.transitGateways[gatewayId]?.associationDefaultRouteTableId {
                setAssociation(id, on: gatewayId, table)
            }
        }
    }

    /// `DeleteTransitGatewayPeeringAttachment` by either end's owner: static routes to it become blackholes.
    public mutating func deleteTransitGatewayPeeringAttachment(
        transitGatewayAttachmentId id: String, as session: Session
    )
        throws(AWSError)
    {
        let here = place(of: session)
        guard let attachment = network.transitGatewayAttachments[id], attachment.resourceType == .peering,
            attachment.state != .deleted, attachment.place == here || attachment.accepter?.place == here
        else {
            throw AWSError(
                .invalidTransitGatewayAttachmentIDNotFound,
                "Transit Gateway Attachment \(id) was deleted or does not exist.")
        }
        try authorizeEC2(
            session, "DeleteTransitGatewayPeeringAttachment", resource: here.arn("transit-gateway-attachment", id))
        network.transitGatewayAttachments[id]!.state = .deleted
        network.transitGatewayAttachments[id]!.associatedRouteTableId = nil
        network.transitGatewayAttachments[id]!.accepter?.associatedRouteTableId = nil
    }

    /// Sets the association of an attachment's end on one transit gateway.
    mutating func setAssociation(_ id: String, on gatewayId: String, _ tableId: String?) {
        if network.transitGatewayAttachments[id]?.transitGatewayId == gatewayId {
            network.transitGatewayAttachments[id]!.associatedRouteTableId = tableId
        } else {
            network.transitGatewayAttachments[id]?.accepter?.associatedRouteTableId = tableId
        }
    }
}
