/// Lookups a walk needs many times, answered from the network's own indexes so that a question
/// costs what its path costs, not what the whole organization's network holds.
struct NetworkIndex {
    let network: Network

    init(_ network: Network) {
        self.network = network
    }

    /// The available attachment of a VPC on a transit gateway.
    func attachment(of vpcId: String, on gatewayId: String) -> TransitGatewayAttachment? {
        for id in network.attachmentsByResource[vpcId] ?? [] {
            if let attachment = network.transitGatewayAttachments[id], attachment.transitGatewayId == gatewayId,
                attachment.state == .available
            {
                return attachment
            }
        }
        return nil
    }

    /// The VPN connection behind a transit gateway attachment.
    func vpn(of attachment: TransitGatewayAttachment) -> VpnConnection? {
        attachment.resourceType == .vpn ? network.vpnConnections[attachment.resourceId] : nil
    }
}
