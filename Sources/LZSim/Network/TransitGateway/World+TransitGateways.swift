extension World {
    /// `CreateTransitGateway`; with default association or propagation on, EC2 creates the default route table.
    @discardableResult
    public mutating func createTransitGateway(
        amazonSideAsn: Int = 64_512,
        autoAcceptSharedAttachments: Bool = false,
        defaultRouteTableAssociation: Bool = true,
        defaultRouteTablePropagation: Bool = true,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> TransitGateway {
        // Private ASNs: 64512-65534 and 4200000000-4294967294.
        guard (64_512...65_534).contains(amazonSideAsn) || (4_200_000_000...4_294_967_294).contains(amazonSideAsn)
        else {
            throw AWSError(
                .invalidParameterValue, "Invalid value '\(amazonSideAsn)' for amazonSideAsn: not a private ASN")
        }
        let place = place(of: session)
        try authorizeEC2(
            session, "CreateTransitGateway", resource: place.arn("transit-gateway", "*"), requestTags: tags)
        let gatewayId = ids.ec2ID("tgw")
        var defaultTable: String?
        if defaultRouteTableAssociation || defaultRouteTablePropagation {
            let table = TransitGatewayRouteTable(
                transitGatewayRouteTableId: ids.ec2ID("tgw-rtb"), transitGatewayId: gatewayId, place: place,
                staticRoutes: [:], propagations: [], tags: [:])
            network.transitGatewayRouteTables[table.transitGatewayRouteTableId] = table
            defaultTable = table.transitGatewayRouteTableId
        }
        let gateway = TransitGateway(
            transitGatewayId: gatewayId, place: place, amazonSideAsn: amazonSideAsn,
            autoAcceptSharedAttachments: autoAcceptSharedAttachments,
            defaultRouteTableAssociation: defaultRouteTableAssociation,
            defaultRouteTablePropagation: defaultRouteTablePropagation,
            associationDefaultRouteTableId: defaultRouteTableAssociation ? defaultTable : nil,
            propagationDefaultRouteTableId: defaultRouteTablePropagation ? defaultTable : nil, tags: tags)
        network.transitGateways[gatewayId] = gateway
        return gateway
    }

    /// `CreateTransitGatewayVpcAttachment` by the VPC's owner: one subnet per Availability Zone,
    /// each in the VPC. An attachment from an account the gateway is shared with waits for the
    /// owner's acceptance unless the gateway auto-accepts.
    /// - Parameter ipv6Support: Whether the attachment carries IPv6 and propagates the VPC's IPv6
    ///   blocks (`Options.Ipv6Support`); the VPC needs an IPv6 block.
    /// - Throws: `InvalidTransitGatewayID.NotFound`, `InvalidSubnetID.NotFound`,
    ///   `InvalidParameterValue` (a subnet of another VPC, IPv6 support without an IPv6 block),
    ///   `DuplicateSubnetsInSameZone`.
    @discardableResult
    public mutating func createTransitGatewayVpcAttachment(
        transitGatewayId: String,
        vpcId: String,
        subnetIds: [String],
        applianceModeSupport: Bool = false,
        ipv6Support: Bool = false,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> TransitGatewayAttachment {
        let gateway = try usableTransitGateway(transitGatewayId, session)
        let vpc = try ownVpc(vpcId, session)
        if ipv6Support && vpc.ipv6CidrBlocks.isEmpty {
            throw AWSError(
                .invalidParameterValue, "IPv6 support needs an IPv6 CIDR block on VPC \(vpcId), which has none")
        }
        guard !subnetIds.isEmpty else {
            throw AWSError(.missingParameter, "The request must contain the parameter SubnetIds")
        }
        var zones: [String: String] = [:]
        try addAttachmentSubnets(subnetIds, of: vpcId, to: &zones, session)
        if network.transitGatewayAttachments.values.contains(where: {
            $0.transitGatewayId == transitGatewayId && $0.resourceId == vpcId && $0.state != .deleted
        }) {
            throw AWSError(
                .invalidParameterValue, "VPC \(vpcId) is already attached to transit gateway \(transitGatewayId)")
        }
        try authorizeEC2(
            session, "CreateTransitGatewayVpcAttachment", resource: vpc.place.arn("transit-gateway-attachment", "*"),
            requestTags: tags, vpc: vpc.arn)
        let owned = gateway.place.accountID == vpc.place.accountID
        var attachment = TransitGatewayAttachment(
            transitGatewayAttachmentId: ids.ec2ID("tgw-attach"), transitGatewayId: transitGatewayId,
            place: gateway.place, resourceType: .vpc, resourceId: vpcId, resourceOwnerId: vpc.place.accountID,
            subnetIds: subnetIds, applianceModeSupport: applianceModeSupport,
            state: owned || gateway.autoAcceptSharedAttachments ? .available : .pendingAcceptance,
            associatedRouteTableId: nil, tags: tags)
        attachment.ipv6Support = ipv6Support
        network.transitGatewayAttachments[attachment.transitGatewayAttachmentId] = attachment
        network.attachmentsByResource[vpcId, default: []].append(attachment.transitGatewayAttachmentId)
        if attachment.state == .available { applyDefaults(to: attachment.transitGatewayAttachmentId) }
        return network.transitGatewayAttachments[attachment.transitGatewayAttachmentId]!
    }

    /// `AcceptTransitGatewayVpcAttachment` by the gateway's owner.
    public mutating func acceptTransitGatewayVpcAttachment(transitGatewayAttachmentId: String, as session: Session)
        throws(AWSError)
    {
        let attachment = try ownAttachment(transitGatewayAttachmentId, session)
        try authorizeEC2(
            session, "AcceptTransitGatewayVpcAttachment",
            resource: attachment.place.arn("transit-gateway-attachment", transitGatewayAttachmentId))
        guard attachment.state == .pendingAcceptance else {
            throw AWSError(
                .incorrectState,
                "tgw attachment \(transitGatewayAttachmentId) is in state \(attachment.state.rawValue), not pendingAcceptance"
            )
        }
        network.transitGatewayAttachments[transitGatewayAttachmentId]!.state = .available
        applyDefaults(to: transitGatewayAttachmentId)
    }

    /// `ModifyTransitGatewayVpcAttachment`: subnets added or removed (still one per Availability
    /// Zone, still at least one), and appliance mode switched.
    /// - Throws: `InvalidTransitGatewayAttachmentID.NotFound`, `InvalidSubnetID.NotFound`,
    ///   `InvalidParameterValue` (a subnet of another VPC, one the attachment does not have, or
    ///   none left), `DuplicateSubnetsInSameZone`.
    public mutating func modifyTransitGatewayVpcAttachment(
        transitGatewayAttachmentId: String,
        addSubnetIds: [String] = [],
        removeSubnetIds: [String] = [],
        applianceModeSupport: Bool? = nil,
        as session: Session
    ) throws(AWSError) {
        guard let attachment = network.transitGatewayAttachments[transitGatewayAttachmentId],
            attachment.state != .deleted,
            attachment.resourceOwnerId == session.accountID || attachment.place.accountID == session.accountID
        else {
            throw AWSError(
                .invalidTransitGatewayAttachmentIDNotFound,
                "Transit Gateway Attachment \(transitGatewayAttachmentId) was deleted or does not exist.")
        }
        var subnetIds = attachment.subnetIds
        for id in removeSubnetIds {
            guard let index = subnetIds.firstIndex(of: id) else {
                throw AWSError(
                    .invalidParameterValue,
                    "The subnet \(id) is not a subnet of attachment \(transitGatewayAttachmentId)")
            }
            subnetIds.remove(at: index)
        }
        var zones = Dictionary(
            subnetIds.compactMap { id in network.subnets[id].map { ($0.availabilityZone, id) } }
        ) { first, _ in first }
        try addAttachmentSubnets(addSubnetIds, of: attachment.resourceId, to: &zones, session)
        subnetIds += addSubnetIds
        guard !subnetIds.isEmpty else {
            throw AWSError(
                .invalidParameterValue, "Attachment \(transitGatewayAttachmentId) must keep at least one subnet")
        }
        try authorizeEC2(
            session, "ModifyTransitGatewayVpcAttachment",
            resource: place(of: session).arn("transit-gateway-attachment", transitGatewayAttachmentId))
        network.transitGatewayAttachments[transitGatewayAttachmentId]!.subnetIds = subnetIds
        if let applianceModeSupport {
            network.transitGatewayAttachments[transitGatewayAttachmentId]!.applianceModeSupport = applianceModeSupport
        }
    }

    /// `DeleteTransitGatewayVpcAttachment`: static routes to it become blackholes, propagated ones disappear.
    public mutating func deleteTransitGatewayVpcAttachment(transitGatewayAttachmentId: String, as session: Session)
        throws(AWSError)
    {
        guard let attachment = network.transitGatewayAttachments[transitGatewayAttachmentId],
            attachment.state != .deleted,
            attachment.resourceOwnerId == session.accountID || attachment.place.accountID == session.accountID
        else {
            throw AWSError(
                .invalidTransitGatewayAttachmentIDNotFound,
                "Transit Gateway Attachment \(transitGatewayAttachmentId) was deleted or does not exist.")
        }
        try authorizeEC2(
            session, "DeleteTransitGatewayVpcAttachment",
            resource: place(of: session).arn("transit-gateway-attachment", transitGatewayAttachmentId))
        network.transitGatewayAttachments[transitGatewayAttachmentId]!.state = .deleted
        network.transitGatewayAttachments[transitGatewayAttachmentId]!.associatedRouteTableId = nil
        for id in network.transitGatewayRouteTables.keys {
            network.transitGatewayRouteTables[id]!.propagations.remove(transitGatewayAttachmentId)
        }
    }

    /// Checks subnets joining an attachment: each usable by the caller, in the attachment's VPC,
    /// and alone in its Availability Zone among `zones` (subnet IDs by zone), which it joins.
    private func addAttachmentSubnets(
        _ subnetIds: [String], of vpcId: String, to zones: inout [String: String], _ session: Session
    ) throws(AWSError) {
        for id in subnetIds {
            let subnet = try usableSubnet(id, session)
            guard subnet.vpcId == vpcId else {
                throw AWSError(.invalidParameterValue, "The subnet \(id) does not belong to VPC \(vpcId)")
            }
            if let other = zones.updateValue(id, forKey: subnet.availabilityZone) {
                throw AWSError(
                    .duplicateSubnetsInSameZone,
                    "Subnets \(other) and \(id) are both in \(subnet.availabilityZone): an attachment takes one subnet per Availability Zone."
                )
            }
        }
    }

    /// Associates and propagates a newly available attachment as the gateway's defaults say.
    mutating func applyDefaults(to attachmentId: String) {
        let attachment = network.transitGatewayAttachments[attachmentId]!
        let gateway = network.transitGateways[attachment.transitGatewayId]!
        if let table = gateway.associationDefaultRouteTableId {
            network.transitGatewayAttachments[attachmentId]!.associatedRouteTableId = table
        }
        if let table = gateway.propagationDefaultRouteTableId {
            network.transitGatewayRouteTables[table]!.propagations.insert(attachmentId)
        }
    }

    /// An attachment on a transit gateway the caller owns: for a peering attachment, the end the
    /// caller owns (the requester's when it owns both).
    func ownAttachment(_ id: String, _ session: Session) throws(AWSError) -> TransitGatewayAttachment {
        guard let record = network.transitGatewayAttachments[id], record.state != .deleted,
            let attachment = record.place == place(of: session)
                ? record : record.accepter.flatMap({ record.side(on: $0.transitGatewayId) }),
            attachment.place == place(of: session)
        else {
            throw AWSError(
                .invalidTransitGatewayAttachmentIDNotFound,
                "Transit Gateway Attachment \(id) was deleted or does not exist.")
        }
        return attachment
    }
}
