extension World {
    /// `CreateTransitGatewayRouteTable` on a gateway the caller owns.
    @discardableResult
    public mutating func createTransitGatewayRouteTable(
        transitGatewayId: String, tags: [String: String] = [:], as session: Session
    ) throws(AWSError) -> TransitGatewayRouteTable {
        guard let gateway = network.transitGateways[transitGatewayId], gateway.place == place(of: session) else {
            throw AWSError(
                .invalidTransitGatewayIDNotFound, "Transit Gateway \(transitGatewayId) was deleted or does not exist.")
        }
        try authorizeEC2(
            session, "CreateTransitGatewayRouteTable", resource: gateway.place.arn("transit-gateway-route-table", "*"),
            requestTags: tags)
        let table = TransitGatewayRouteTable(
            transitGatewayRouteTableId: ids.ec2ID("tgw-rtb"), transitGatewayId: transitGatewayId, place: gateway.place,
            staticRoutes: [:], propagations: [], tags: tags)
        network.transitGatewayRouteTables[table.transitGatewayRouteTableId] = table
        return table
    }

    /// `AssociateTransitGatewayRouteTable`: an attachment is associated with exactly one table.
    /// - Throws: `Resource.AlreadyAssociated` when it already is.
    public mutating func associateTransitGatewayRouteTable(
        transitGatewayRouteTableId: String, transitGatewayAttachmentId: String, as session: Session
    ) throws(AWSError) {
        let table = try ownTransitGatewayRouteTable(transitGatewayRouteTableId, session)
        let attachment = try attachment(transitGatewayAttachmentId, on: table, session)
        try authorizeEC2(
            session, "AssociateTransitGatewayRouteTable",
            resource: table.place.arn("transit-gateway-route-table", transitGatewayRouteTableId))
        if let current = attachment.associatedRouteTableId {
            throw AWSError(
                .resourceAlreadyAssociated,
                "Transit Gateway Attachment \(transitGatewayAttachmentId) is already associated to a route table \(current)."
            )
        }
        setAssociation(transitGatewayAttachmentId, on: table.transitGatewayId, transitGatewayRouteTableId)
    }

    /// `DisassociateTransitGatewayRouteTable`.
    public mutating func disassociateTransitGatewayRouteTable(
        transitGatewayRouteTableId: String, transitGatewayAttachmentId: String, as session: Session
    ) throws(AWSError) {
        let table = try ownTransitGatewayRouteTable(transitGatewayRouteTableId, session)
        let attachment = try attachment(transitGatewayAttachmentId, on: table, session)
        guard attachment.associatedRouteTableId == transitGatewayRouteTableId else {
            throw AWSError(
                .invalidParameterValue,
                "\(transitGatewayAttachmentId) is not associated with \(transitGatewayRouteTableId)")
        }
        try authorizeEC2(
            session, "DisassociateTransitGatewayRouteTable",
            resource: table.place.arn("transit-gateway-route-table", transitGatewayRouteTableId))
        setAssociation(transitGatewayAttachmentId, on: table.transitGatewayId, nil)
    }

    /// `EnableTransitGatewayRouteTablePropagation`: the attachment's blocks (a VPC's CIDR blocks,
    /// a VPN's on-premises routes) appear in the table.
    public mutating func enableTransitGatewayRouteTablePropagation(
        transitGatewayRouteTableId: String, transitGatewayAttachmentId: String, as session: Session
    ) throws(AWSError) {
        let table = try ownTransitGatewayRouteTable(transitGatewayRouteTableId, session)
        let attachment = try attachment(transitGatewayAttachmentId, on: table, session)
        guard attachment.resourceType != .peering else {
            throw AWSError(
                .invalidParameterValue,
                "\(transitGatewayAttachmentId) is a peering attachment: peering carries static routes only, never propagated ones"
            )
        }
        try authorizeEC2(
            session, "EnableTransitGatewayRouteTablePropagation",
            resource: table.place.arn("transit-gateway-route-table", transitGatewayRouteTableId))
        network.transitGatewayRouteTables[transitGatewayRouteTableId]!.propagations.insert(transitGatewayAttachmentId)
    }

    /// `CreateTransitGatewayRoute`: a static route to an attachment, or a blackhole.
    /// - Throws: `RouteAlreadyExists`, `InvalidParameterValue`, `InvalidTransitGatewayAttachmentID.NotFound`.
    public mutating func createTransitGatewayRoute(
        destinationCidrBlock: String,
        transitGatewayRouteTableId: String,
        transitGatewayAttachmentId: String? = nil,
        blackhole: Bool = false,
        as session: Session
    ) throws(AWSError) {
        let table = try ownTransitGatewayRouteTable(transitGatewayRouteTableId, session)
        let block = try CIDRBlock(destinationCidrBlock)
        let target: TransitGatewayRouteTable.StaticTarget
        switch (transitGatewayAttachmentId, blackhole) {
        case (let id?, false):
            _ = try attachment(id, on: table, session)
            target = .attachment(id)
        case (nil, true):
            target = .blackhole
        default:
            throw AWSError(
                .invalidParameterValue,
                "Specify exactly one of transitGatewayAttachmentId or blackhole for the route to \(block)")
        }
        try authorizeEC2(
            session, "CreateTransitGatewayRoute",
            resource: table.place.arn("transit-gateway-route-table", transitGatewayRouteTableId))
        guard table.staticRoutes[block] == nil else {
            throw AWSError(
                .routeAlreadyExists,
                "Route \(block) already exists in Transit Gateway Route Table \(transitGatewayRouteTableId).")
        }
        network.transitGatewayRouteTables[transitGatewayRouteTableId]!.staticRoutes[block] = target
    }

    /// `DeleteTransitGatewayRoute`.
    /// - Throws: `InvalidRoute.NotFound` naming the block.
    public mutating func deleteTransitGatewayRoute(
        transitGatewayRouteTableId: String, destinationCidrBlock: String, as session: Session
    ) throws(AWSError) {
        let table = try ownTransitGatewayRouteTable(transitGatewayRouteTableId, session)
        let block = try CIDRBlock(destinationCidrBlock)
        try authorizeEC2(
            session, "DeleteTransitGatewayRoute",
            resource: table.place.arn("transit-gateway-route-table", transitGatewayRouteTableId))
        guard table.staticRoutes[block] != nil else {
            throw AWSError(
                .invalidRouteNotFound, "No route with destination-cidr-block \(block) in \(transitGatewayRouteTableId)")
        }
        network.transitGatewayRouteTables[transitGatewayRouteTableId]!.staticRoutes[block] = nil
    }

    /// The routes of a transit gateway route table: static and blackhole routes, then the blocks
    /// of propagating attachments; a static route wins over a propagated one of the same block.
    public func transitGatewayRoutes(of table: TransitGatewayRouteTable) -> [TransitGatewayRoute] {
        transitGatewayRoutes(of: table, towards: nil)
    }

    /// The routes of a table whose blocks hold some of `destinations` (all routes when `nil`): a
    /// lookup's candidates, found without listing every propagated block of a large hub.
    func transitGatewayRoutes(of table: TransitGatewayRouteTable, towards destinations: AddressSet?)
        -> [TransitGatewayRoute]
    {
        var routes: [CIDRBlock: TransitGatewayRoute] = [:]
        let propagations: [String]
        if let destinations, let first = destinations.first, let last = destinations.intervals.last?.upper,
            last - first < 1 << 20, destinations.of(.ipv6).isEmpty
        {
            // A narrow IPv4 lookup: only the attachments of VPCs holding the addresses, and VPNs, can
            // match. (The sorted list of VPC blocks holds IPv4 blocks; IPv6 lookups read every propagation.)
            let vpcs = network.vpcs(holding: destinations)
            let candidates =
                vpcs.flatMap { network.attachmentsByResource[$0] ?? [] }
                + network.vpnConnections.values.compactMap(\.transitGatewayAttachmentId)
            propagations = candidates.filter { table.propagations.contains($0) }
        } else {
            propagations = table.propagations.sorted()
        }
        for attachmentId in propagations {
            guard let attachment = network.transitGatewayAttachments[attachmentId], attachment.state == .available
            else { continue }
            for block in attachedBlocks(attachment)
            where destinations.map({ $0.overlaps(block.addressRange) }) ?? true {
                routes[block] = TransitGatewayRoute(
                    destination: block, attachmentId: attachmentId, type: "propagated", state: "active")
            }
        }
        for (block, target) in table.staticRoutes
        where destinations.map({ $0.overlaps(block.addressRange) }) ?? true {
            switch target {
            case .blackhole:
                routes[block] = TransitGatewayRoute(
                    destination: block, attachmentId: nil, type: "static", state: "blackhole")
            case .attachment(let id):
                let alive = network.transitGatewayAttachments[id]?.state == .available
                routes[block] = TransitGatewayRoute(
                    destination: block, attachmentId: id, type: "static", state: alive ? "active" : "blackhole")
            }
        }
        return routes.values.sorted { $0.destination < $1.destination }
    }

    /// The blocks behind an attachment: a VPC's CIDR blocks (its IPv6 ones with IPv6 support),
    /// or a VPN's on-premises routes.
    func attachedBlocks(_ attachment: TransitGatewayAttachment) -> [CIDRBlock] {
        switch attachment.resourceType {
        case .vpc:
            let vpc = network.vpcs[attachment.resourceId]
            return (vpc?.cidrBlocks ?? []).map(CIDRBlock.ipv4)
                + (attachment.ipv6Support ? (vpc?.ipv6CidrBlocks ?? []).map(CIDRBlock.ipv6) : [])
        case .vpn: return (network.vpnConnections[attachment.resourceId]?.routes ?? []).map(CIDRBlock.ipv4)
        case .peering: return []
        }
    }

    func ownTransitGatewayRouteTable(_ id: String, _ session: Session) throws(AWSError) -> TransitGatewayRouteTable {
        guard let table = network.transitGatewayRouteTables[id], table.place == place(of: session) else {
            throw AWSError(
                .invalidRouteTableIdNotFound, "Transit Gateway Route Table \(id) was deleted or does not exist.")
        }
        return table
    }

    /// An attachment's end on a table's transit gateway, which the caller must own.
    private func attachment(_ id: String, on table: TransitGatewayRouteTable, _ session: Session) throws(AWSError)
        -> TransitGatewayAttachment
    {
        _ = try ownAttachment(id, session)
        // The table is the caller's, so the end on its gateway is the caller's too.
        guard let side = network.transitGatewayAttachments[id]?.side(on: table.transitGatewayId) else {
            throw AWSError(
                .invalidParameterValue,
                "\(id) and \(table.transitGatewayRouteTableId) belong to different transit gateways")
        }
        return side
    }
}
