import LZSim

extension NetworkBuilder {
    func buildTransitGateways(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for gateway in context.network.transitGateways {
            let created = try WorldCall.run(at: gateway.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createTransitGateway(
                    amazonSideAsn: gateway.asn, autoAcceptSharedAttachments: gateway.autoAcceptSharedAttachments,
                    defaultRouteTableAssociation: gateway.defaultRouteTableAssociation,
                    defaultRouteTablePropagation: gateway.defaultRouteTablePropagation, tags: nameTag(gateway.name),
                    as: session)
            }
            try record(.transitGateway, gateway.name, id: created.transitGatewayId, context, &built)
            for table in gateway.routeTables {
                let tableId = try WorldCall.run(at: table.name.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    try world.createTransitGatewayRouteTable(
                        transitGatewayId: created.transitGatewayId, tags: nameTag(table.name), as: session
                    ).transitGatewayRouteTableId
                }
                try record(.transitGatewayRouteTable, table.name, id: tableId, context, &built)
            }
        }
    }

    /// Customer gateways and VPN connections; a transit gateway VPN's attachment is named after the connection.
    func buildVpnConnections(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for vpn in context.network.vpnConnections {
            let transitGateway = try vpn.transitGateway.map { name throws(ScenarioError) in
                try built.network.id(.transitGateway, name, in: context.account)
            }
            let vpnGateway = try vpn.vpnGatewayVpc.map { name throws(ScenarioError) in
                let vpcId = try built.network.id(.vpc, name, in: context.account)
                guard let gateway = built.world.network.vpnGateways.values.first(where: { $0.attachedVpcId == vpcId })
                else {
                    throw ScenarioError(
                        "VPC '\(name.text)' has no VPN gateway for VPN connection '\(vpn.name.text)'",
                        at: name.location, hint: "declare vpn_gateway: NAME in the VPC")
                }
                return gateway.vpnGatewayId
            }
            let connection = try WorldCall.run(at: vpn.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                let customer = try world.createCustomerGateway(
                    ipAddress: vpn.customerGatewayIP.text, bgpAsn: vpn.bgpAsn, as: session)
                return try world.createVpnConnection(
                    customerGatewayId: customer.customerGatewayId, transitGatewayId: transitGateway,
                    vpnGatewayId: vpnGateway, as: session)
            }
            try record(.vpnConnection, vpn.name, id: connection.vpnConnectionId, context, &built)
            if let attachment = connection.transitGatewayAttachmentId {
                try record(.attachment, vpn.name, id: attachment, context, &built)
            }
            for block in vpn.routes {
                try WorldCall.run(at: block.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.createVpnConnectionRoute(
                        vpnConnectionId: connection.vpnConnectionId, destinationCidrBlock: block.text, as: session)
                }
            }
        }
    }

    func buildShares(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for share in context.network.shares {
            var arns: [String] = []
            for subnet in share.subnets {
                let id = try built.network.id(.subnet, subnet, in: context.account)
                arns.append(built.world.network.subnets[id]!.arn)
            }
            for gateway in share.transitGateways {
                let id = try built.network.id(.transitGateway, gateway, in: context.account)
                arns.append(built.world.network.transitGateways[id]!.arn)
            }
            for rule in share.resolverRules {
                let id = try built.network.id(.resolverRule, rule, in: context.account)
                arns.append(built.world.network.resolverRules[id]!.arn)
            }
            var principals: [String] = []
            for principal in share.principals {
                principals.append(try sharePrincipal(principal, built))
            }
            try WorldCall.run(at: share.name.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.createResourceShare(
                    name: share.name.text, resourceArns: arns, principals: principals,
                    allowExternalPrincipals: share.allowExternal, as: session)
            }
        }
    }

    /// An OU's ARN, the organization's ARN, or an account's ID, as RAM takes principals.
    private func sharePrincipal(_ principal: Named, _ built: BuiltFoundation) throws(ScenarioError) -> String {
        guard let organization = built.world.organization else { return try built.accountID(principal) }
        if principal.text == "organization" { return organization.arn }
        if let unit = built.unitIDs[principal.text], principal.text != "root" {
            return "arn:aws:organizations::\(organization.managementAccountID):ou/\(organization.id)/\(unit)"
        }
        if built.accountIDs[principal.text] != nil || principal.text.count == 12 {
            return try built.accountID(principal)
        }
        throw ScenarioError(
            "no OU or account named '\(principal.text)' to share with", at: principal.location,
            hint: Suggestion.hint(
                for: principal.text, among: Array(built.unitIDs.keys) + Array(built.accountIDs.keys) + ["organization"])
        )
    }

    /// VPC attachments, created by the VPC's owner and accepted by the gateway's when it must.
    func buildAttachments(_ context: Context, _ built: inout BuiltFoundation, sessions: [Context])
        throws(ScenarioError)
    {
        for vpc in context.network.vpcs {
            guard let attachment = vpc.attachment else { continue }
            let vpcId = try built.network.id(.vpc, vpc.name, in: context.account)
            let gatewayId = try built.network.id(.transitGateway, attachment.transitGateway, in: context.account)
            let subnetIds = try built.network.ids(.subnet, attachment.subnets, in: context.account)
            let ownerSession = self.context(owning: gatewayId, among: sessions, built)?.session ?? context.session
            let session = context.session
            let created = try WorldCall.run(at: attachment.location, &built.world) {
                (world: inout World) throws(AWSError) in
                let created = try world.createTransitGatewayVpcAttachment(
                    transitGatewayId: gatewayId, vpcId: vpcId, subnetIds: subnetIds,
                    applianceModeSupport: attachment.applianceMode, ipv6Support: attachment.ipv6Support,
                    tags: nameTag(vpc.name), as: session)
                if created.state == .pendingAcceptance, attachment.accept {
                    try world.acceptTransitGatewayVpcAttachment(
                        transitGatewayAttachmentId: created.transitGatewayAttachmentId, as: ownerSession)
                }
                return created.transitGatewayAttachmentId
            }
            try record(.attachment, vpc.name, id: created, context, &built)
        }
    }

    /// Peering connections, requested here and accepted by the peer VPC's owner unless `accept: false`.
    func buildPeering(_ context: Context, _ built: inout BuiltFoundation, sessions: [Context]) throws(ScenarioError) {
        let session = context.session
        for peering in context.network.peerings {
            let vpcId = try built.network.id(.vpc, peering.vpc, in: context.account)
            let peerId = try built.network.id(.vpc, peering.peer, in: context.account)
            let peer = self.context(owning: peerId, among: sessions, built) ?? context
            let connection = try WorldCall.run(at: peering.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                let connection = try world.createVpcPeeringConnection(
                    vpcId: vpcId, peerVpcId: peerId, peerOwnerId: peer.accountID, peerRegion: peer.region,
                    as: session)
                if peering.accept {
                    try world.acceptVpcPeeringConnection(
                        vpcPeeringConnectionId: connection.vpcPeeringConnectionId, as: peer.session)
                }
                return connection.vpcPeeringConnectionId
            }
            try record(.peering, peering.name, id: connection, context, &built)
        }
    }

    /// Transit gateway peering attachments, accepted by the peer gateway's owner in its Region.
    func buildTransitGatewayPeerings(_ context: Context, _ built: inout BuiltFoundation, sessions: [Context])
        throws(ScenarioError)
    {
        for gateway in context.network.transitGateways {
            let gatewayId = try built.network.id(.transitGateway, gateway.name, in: context.account)
            for peering in gateway.peerings {
                let peerId = try built.network.id(.transitGateway, peering.peer, in: context.account)
                let peer = self.context(owning: peerId, among: sessions, built) ?? context
                let attachment = try WorldCall.run(at: peering.name.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    let attachment = try world.createTransitGatewayPeeringAttachment(
                        transitGatewayId: gatewayId, peerTransitGatewayId: peerId, peerAccountId: peer.accountID,
                        peerRegion: peer.region, tags: nameTag(peering.name), as: context.session)
                    if peering.accept {
                        try world.acceptTransitGatewayPeeringAttachment(
                            transitGatewayAttachmentId: attachment.transitGatewayAttachmentId, as: peer.session)
                    }
                    return attachment.transitGatewayAttachmentId
                }
                try record(.attachment, peering.name, id: attachment, context, &built)
            }
        }
    }
}
