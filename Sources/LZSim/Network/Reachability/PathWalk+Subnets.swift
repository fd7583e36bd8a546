/// Network ACLs where packets enter and leave subnets, at every hop of a path: the source's and
/// destination's subnets, and in between the subnets of NAT gateways, firewall endpoints,
/// appliances and transit gateway attachments, as the VPC router applies them
/// (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html). Each crossing is
/// recorded, so the stateless response is checked through every ACL the request crossed.
extension PathWalk {
    /// Applies a network ACL on the way, recording the crossing for the response check.
    func cross(
        _ subnetId: String, egress: Bool, _ packets: PacketSet, _ trace: inout Trace, checksResponse: Bool = true
    ) -> PacketSet {
        guard let acl = world.networkAcl(ofSubnet: subnetId) else { return packets }
        let (allowed, denial) = world.networkAclAllows(acl, egress: egress, packets, traffic)
        trace.crossings.append(
            Crossing(
                acl: acl, subnetId: subnetId, egress: egress, packets: allowed.isEmpty ? packets : allowed,
                checksResponse: checksResponse))
        if allowed.isEmpty {
            trace.block(.networkAclDeny, acl.networkAclId, denial ?? "denied")
            return packets
        }
        trace.hop(egress ? .networkAclEgress : .networkAclIngress, acl.networkAclId, "subnet \(subnetId)")
        return allowed
    }

    /// Lets the packets out of the subnet that holds them, through its ACL's outbound rules, once.
    func leaveSubnet(_ packets: PacketSet, _ trace: inout Trace) -> PacketSet {
        guard let current = trace.subnetId, !trace.leftSubnet else { return packets }
        trace.leftSubnet = true
        return cross(current, egress: true, packets, &trace)
    }

    /// Moves the packets to an interface in `subnetId` (a NAT gateway's, a firewall endpoint's, an
    /// appliance's): out of the subnet that holds them, into the other; within one subnet no ACL applies.
    func move(to subnetId: String, _ packets: PacketSet, _ trace: inout Trace) -> PacketSet {
        guard subnetId != trace.subnetId else { return packets }
        let out = leaveSubnet(packets, &trace)
        let into = cross(subnetId, egress: false, out, &trace)
        trace.subnetId = subnetId
        trace.leftSubnet = false
        return into
    }

    /// The attachment's subnet in `zone`, else its first: where traffic crosses between the VPC
    /// and the gateway.
    func attachmentSubnet(_ attachment: TransitGatewayAttachment, in zone: String?) -> Subnet? {
        let subnets = attachment.subnetIds.compactMap { network.subnets[$0] }
        return subnets.first { $0.availabilityZone == zone } ?? subnets.first
    }

    /// Into a transit gateway through the attachment's subnet `entry` (in the zone of the subnet
    /// the packets leave). The attachment subnet's inbound rules evaluate traffic to the gateway,
    /// its outbound rules never do; when the packets start in the attachment subnet itself,
    /// nothing the gateway sends back is evaluated there
    /// (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html).
    func enterTransitGateway(at entry: Subnet?, _ packets: PacketSet, _ trace: inout Trace) -> PacketSet {
        var packets = leaveSubnet(packets, &trace)
        guard let subnet = entry else { return packets }
        let sameSubnet = subnet.subnetId == trace.subnetId
        if sameSubnet {
            for index in trace.crossings.indices where trace.crossings[index].subnetId == subnet.subnetId {
                trace.crossings[index].checksResponse = false
            }
        }
        packets = cross(subnet.subnetId, egress: false, packets, &trace, checksResponse: !sameSubnet)
        trace.subnetId = nil
        return packets
    }

    /// Out of a transit gateway at the attachment's subnet: its inbound rules never evaluate
    /// traffic from the gateway; its outbound rules do when the packets leave it.
    func exitTransitGateway(into subnetId: String, _ trace: inout Trace) {
        trace.subnetId = subnetId
        trace.leftSubnet = false
    }

    /// Into the destination's subnet: out of the subnet that holds the packets, then the
    /// destination subnet's inbound rules; within one subnet no ACL applies, except that a
    /// response to the transit gateway from its own attachment subnet is evaluated both ways.
    func enterDestination(
        _ subnetId: String, _ packets: PacketSet, _ arrival: Arrival, _ trace: inout Trace
    ) -> PacketSet {
        guard subnetId == trace.subnetId else {
            let out = leaveSubnet(packets, &trace)
            return cross(subnetId, egress: false, out, &trace)
        }
        if case .transitGateway = arrival, let acl = world.networkAcl(ofSubnet: subnetId) {
            for egress in [false, true] {
                trace.crossings.append(Crossing(acl: acl, subnetId: subnetId, egress: egress, packets: packets))
            }
        }
        return packets
    }
}
