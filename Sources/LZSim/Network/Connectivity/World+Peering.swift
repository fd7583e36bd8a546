extension World {
    /// `CreateVpcPeeringConnection` from the caller's VPC. Peering VPCs whose blocks overlap
    /// fails: the connection is created in state `failed`, as EC2 reports it.
    /// - Throws: `InvalidVpcID.NotFound` for either VPC.
    @discardableResult
    public mutating func createVpcPeeringConnection(
        vpcId: String,
        peerVpcId: String,
        peerOwnerId: String? = nil,
        peerRegion: String? = nil,
        as session: Session
    ) throws(AWSError) -> VpcPeeringConnection {
        let vpc = try ownVpc(vpcId, session)
        let peerPlace = ResourcePlace(
            accountID: peerOwnerId ?? vpc.place.accountID, region: peerRegion ?? vpc.place.region)
        guard let peer = network.vpcs[peerVpcId], peer.place == peerPlace else {
            throw AWSError(.invalidVpcIDNotFound, "The vpc ID '\(peerVpcId)' does not exist")
        }
        try authorizeEC2(
            session, "CreateVpcPeeringConnection", resource: vpc.place.arn("vpc-peering-connection", "*"), vpc: vpc.arn)
        var status = VpcPeeringConnection.Status.pendingAcceptance
        var message = "Pending Acceptance by \(peerPlace.accountID)"
        // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html: no overlapping blocks.
        for block in vpc.cidrBlocks {
            if let clash = peer.cidrBlocks.first(where: { $0.overlaps(block) }) {
                status = .failed
                message = "overlapping CIDRs: \(block) of \(vpcId) and \(clash) of \(peerVpcId)"
                break
            }
        }
        if vpcId == peerVpcId {
            status = .failed
            message = "a VPC cannot peer with itself"
        }
        let connection = VpcPeeringConnection(
            vpcPeeringConnectionId: ids.ec2ID("pcx"), requesterVpcId: vpcId, accepterVpcId: peerVpcId,
            requesterPlace: vpc.place, accepterPlace: peer.place, status: status, statusMessage: message)
        network.peeringConnections[connection.vpcPeeringConnectionId] = connection
        return connection
    }

    /// `AcceptVpcPeeringConnection` by the accepter VPC's owner.
    /// - Throws: `InvalidStateTransition` for a failed, rejected or deleted connection.
    public mutating func acceptVpcPeeringConnection(vpcPeeringConnectionId: String, as session: Session)
        throws(AWSError)
    {
        guard let connection = network.peeringConnections[vpcPeeringConnectionId],
            connection.accepterPlace == place(of: session)
        else {
            throw AWSError(
                .invalidVpcPeeringConnectionIDNotFound,
                "The vpcPeeringConnection ID '\(vpcPeeringConnectionId)' does not exist")
        }
        try authorizeEC2(
            session, "AcceptVpcPeeringConnection",
            resource: connection.accepterPlace.arn("vpc-peering-connection", vpcPeeringConnectionId))
        guard connection.status == .pendingAcceptance else {
            throw AWSError(
                .invalidStateTransition,
                "Invalid state transition for pcx \(vpcPeeringConnectionId), attempted to transition from \(connection.status.rawValue) to active (\(connection.statusMessage))"
            )
        }
        network.peeringConnections[vpcPeeringConnectionId]!.status = .active
        network.peeringConnections[vpcPeeringConnectionId]!.statusMessage = "Active"
    }

    /// `DeleteVpcPeeringConnection` by either side: routes to it become blackholes.
    public mutating func deleteVpcPeeringConnection(vpcPeeringConnectionId: String, as session: Session)
        throws(AWSError)
    {
        let here = place(of: session)
        guard let connection = network.peeringConnections[vpcPeeringConnectionId],
            connection.requesterPlace == here || connection.accepterPlace == here
        else {
            throw AWSError(
                .invalidVpcPeeringConnectionIDNotFound,
                "The vpcPeeringConnection ID '\(vpcPeeringConnectionId)' does not exist")
        }
        try authorizeEC2(
            session, "DeleteVpcPeeringConnection", resource: here.arn("vpc-peering-connection", vpcPeeringConnectionId))
        network.peeringConnections[vpcPeeringConnectionId]!.status = .deleted
    }
}
