/// Lookups a walk needs many times, built once per question (or once for a whole exposure
/// query) from a snapshot of the network.
struct NetworkIndex {
    private var attachments: [String: [TransitGatewayAttachment]] = [:]
    /// VPN connections by transit gateway attachment.
    private(set) var vpnByAttachment: [String: VpnConnection] = [:]

    init(_ network: Network) {
        for attachment in network.transitGatewayAttachments.values where attachment.state != .deleted {
            attachments[attachment.resourceId, default: []].append(attachment)
        }
        for connection in network.vpnConnections.values {
            if let id = connection.transitGatewayAttachmentId { vpnByAttachment[id] = connection }
        }
    }

    /// The available attachment of a VPC on a transit gateway.
    func attachment(of vpcId: String, on gatewayId: String) -> TransitGatewayAttachment? {
        attachments[vpcId]?.first { $0.transitGatewayId == gatewayId && $0.state == .available }
    }
}
