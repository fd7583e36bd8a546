extension World {
    /// `CreateCustomerGateway`: the on-premises device, by its public address and BGP ASN.
    @discardableResult
    public mutating func createCustomerGateway(ipAddress: String, bgpAsn: Int = 65_000, as session: Session)
        throws(AWSError) -> CustomerGateway
    {
        guard IPv4CIDR.address(ipAddress) != nil else {
            throw AWSError(.invalidParameterValue, "Invalid value '\(ipAddress)' for IpAddress")
        }
        let place = place(of: session)
        try authorizeEC2(session, "CreateCustomerGateway", resource: place.arn("customer-gateway", "*"))
        let gateway = CustomerGateway(
            customerGatewayId: ids.ec2ID("cgw"), place: place, ipAddress: ipAddress, bgpAsn: bgpAsn)
        network.customerGateways[gateway.customerGatewayId] = gateway
        return gateway
    }

    /// `CreateVpnGateway`, detached.
    @discardableResult
    public mutating func createVpnGateway(as session: Session) throws(AWSError) -> VpnGateway {
        let place = place(of: session)
        try authorizeEC2(session, "CreateVpnGateway", resource: place.arn("vpn-gateway", "*"))
        let gateway = VpnGateway(vpnGatewayId: ids.ec2ID("vgw"), place: place, attachedVpcId: nil)
        network.vpnGateways[gateway.vpnGatewayId] = gateway
        return gateway
    }

    /// `AttachVpnGateway` to a VPC.
    public mutating func attachVpnGateway(vpcId: String, vpnGatewayId: String, as session: Session) throws(AWSError) {
        let vpc = try ownVpc(vpcId, session)
        guard let gateway = network.vpnGateways[vpnGatewayId], gateway.place == vpc.place else {
            throw AWSError(.invalidVpnGatewayIDNotFound, "The vpnGateway ID '\(vpnGatewayId)' does not exist")
        }
        try authorizeEC2(
            session, "AttachVpnGateway", resource: vpc.place.arn("vpn-gateway", vpnGatewayId), vpc: vpc.arn)
        guard gateway.attachedVpcId == nil else {
            throw AWSError(
                .resourceAlreadyAssociated, "\(vpnGatewayId) is already attached to \(gateway.attachedVpcId!)")
        }
        network.vpnGateways[vpnGatewayId]!.attachedVpcId = vpcId
    }

    /// `CreateVpnConnection` from a customer gateway to a transit gateway (which gets a `vpn`
    /// attachment, associated and propagated as its defaults say) or a virtual private gateway.
    @discardableResult
    public mutating func createVpnConnection(
        customerGatewayId: String,
        transitGatewayId: String? = nil,
        vpnGatewayId: String? = nil,
        as session: Session
    ) throws(AWSError) -> VpnConnection {
        let place = place(of: session)
        guard network.customerGateways[customerGatewayId]?.place == place else {
            throw AWSError(
                .invalidCustomerGatewayIDNotFound, "The customerGateway ID '\(customerGatewayId)' does not exist")
        }
        guard (transitGatewayId == nil) != (vpnGatewayId == nil) else {
            throw AWSError(.invalidParameterValue, "Specify exactly one of TransitGatewayId or VpnGatewayId")
        }
        if let transitGatewayId {
            guard network.transitGateways[transitGatewayId]?.place == place else {
                throw AWSError(
                    .invalidTransitGatewayIDNotFound,
                    "Transit Gateway \(transitGatewayId) was deleted or does not exist.")
            }
        }
        if let vpnGatewayId, network.vpnGateways[vpnGatewayId]?.place != place {
            throw AWSError(.invalidVpnGatewayIDNotFound, "The vpnGateway ID '\(vpnGatewayId)' does not exist")
        }
        try authorizeEC2(session, "CreateVpnConnection", resource: place.arn("vpn-connection", "*"))
        let connectionId = ids.ec2ID("vpn")
        var attachmentId: String?
        if let transitGatewayId {
            let attachment = TransitGatewayAttachment(
                transitGatewayAttachmentId: ids.ec2ID("tgw-attach"), transitGatewayId: transitGatewayId, place: place,
                resourceType: .vpn, resourceId: connectionId, resourceOwnerId: place.accountID, subnetIds: [],
                applianceModeSupport: false, state: .available, associatedRouteTableId: nil, tags: [:])
            network.transitGatewayAttachments[attachment.transitGatewayAttachmentId] = attachment
            network.attachmentsByResource[connectionId, default: []].append(attachment.transitGatewayAttachmentId)
            attachmentId = attachment.transitGatewayAttachmentId
        }
        let connection = VpnConnection(
            vpnConnectionId: connectionId, place: place, customerGatewayId: customerGatewayId,
            transitGatewayId: transitGatewayId, transitGatewayAttachmentId: attachmentId, vpnGatewayId: vpnGatewayId,
            routes: [])
        network.vpnConnections[connectionId] = connection
        if let attachmentId { applyDefaults(to: attachmentId) }
        return connection
    }

    /// `CreateVpnConnectionRoute`: an on-premises block behind the connection. For a transit
    /// gateway VPN it stands for a prefix the customer gateway advertises over BGP, which propagates.
    /// - Throws: `RouteAlreadyExists`, `InvalidParameterValue`, `InvalidVpnConnectionID.NotFound`.
    public mutating func createVpnConnectionRoute(
        vpnConnectionId: String, destinationCidrBlock: String, as session: Session
    ) throws(AWSError) {
        guard let connection = network.vpnConnections[vpnConnectionId], connection.place == place(of: session) else {
            throw AWSError(.invalidVpnConnectionIDNotFound, "The vpnConnection ID '\(vpnConnectionId)' does not exist")
        }
        let block = try IPv4CIDR(destinationCidrBlock)
        try authorizeEC2(
            session, "CreateVpnConnectionRoute", resource: connection.place.arn("vpn-connection", vpnConnectionId))
        guard !connection.routes.contains(block) else {
            throw AWSError(.routeAlreadyExists, "The route \(block) already exists for \(vpnConnectionId)")
        }
        network.vpnConnections[vpnConnectionId]!.routes.append(block)
    }
}
