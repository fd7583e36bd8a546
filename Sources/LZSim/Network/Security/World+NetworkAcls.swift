extension World {
    /// `CreateNetworkAcl`: a new ACL denies everything until entries are added.
    @discardableResult
    public mutating func createNetworkAcl(vpcId: String, tags: [String: String] = [:], as session: Session)
        throws(AWSError) -> NetworkAcl
    {
        let vpc = try ownVpc(vpcId, session)
        try authorizeEC2(
            session, "CreateNetworkAcl", resource: vpc.place.arn("network-acl", "*"), requestTags: tags, vpc: vpc.arn)
        let acl = NetworkAcl(
            networkAclId: ids.ec2ID("acl"), vpcId: vpcId, place: vpc.place, isDefault: false, subnetAssociations: [],
            entries: [], tags: tags)
        network.networkAcls[acl.networkAclId] = acl
        return acl
    }

    /// `CreateNetworkAclEntry`.
    /// - Parameters:
    ///   - ruleNumber: 1 to 32766, unique per direction.
    ///   - cidrBlock: The other end's IPv4 block, or use `ipv6CidrBlock` for an IPv6 rule.
    ///   - portRange: Destination ports, required for TCP and UDP.
    /// - Throws: `InvalidParameterValue` (number, protocol, ports, block),
    ///   `InvalidParameterCombination` (both blocks or neither), `NetworkAclEntryAlreadyExists`.
    public mutating func createNetworkAclEntry(
        networkAclId: String,
        ruleNumber: Int,
        protocol ipProtocol: String,
        ruleAction: String,
        egress: Bool,
        cidrBlock: String? = nil,
        ipv6CidrBlock: String? = nil,
        portRange: ClosedRange<Int>? = nil,
        as session: Session
    ) throws(AWSError) {
        guard let acl = network.networkAcls[networkAclId], acl.place == place(of: session) else {
            throw AWSError(.invalidNetworkAclIDNotFound, "The networkAcl ID '\(networkAclId)' does not exist")
        }
        guard (1...32_766).contains(ruleNumber) else {
            throw AWSError(
                .invalidParameterValue, "Invalid value '\(ruleNumber)' for ruleNumber: it must be 1 to 32766")
        }
        guard ruleAction == "allow" || ruleAction == "deny" else {
            throw AWSError(.invalidParameterValue, "Invalid value '\(ruleAction)' for ruleAction")
        }
        let parsed = try IPProtocol(ec2: ipProtocol)
        guard (cidrBlock == nil) != (ipv6CidrBlock == nil) else {
            throw AWSError(
                .invalidParameterCombination,
                "An entry of \(networkAclId) needs exactly one of CidrBlock or Ipv6CidrBlock")
        }
        let block = try cidrBlock.map { (text: String) throws(AWSError) in try IPv4CIDR(text) }
        let ipv6Block = try ipv6CidrBlock.map { (text: String) throws(AWSError) in try IPv6CIDR(text) }
        if parsed.hasPorts {
            guard let portRange else {
                throw AWSError(.missingParameter, "A \(parsed) entry of \(networkAclId) needs a portRange")
            }
            try IpPermission.validatePorts(parsed, portRange.lowerBound, portRange.upperBound)
        }
        try authorizeEC2(
            session, "CreateNetworkAclEntry", resource: acl.place.arn("network-acl", networkAclId), tags: acl.tags)
        if acl.entries.contains(where: { $0.egress == egress && $0.ruleNumber == ruleNumber }) {
            throw AWSError(
                .networkAclEntryAlreadyExists,
                "The network acl entry identified by \(ruleNumber) already exists in \(networkAclId).")
        }
        var entries = acl.entries
        entries.append(
            NetworkAclEntry(
                ruleNumber: ruleNumber, egress: egress, ipProtocol: parsed, ruleAction: ruleAction, cidrBlock: block,
                ipv6CidrBlock: ipv6Block, portRange: parsed.hasPorts ? portRange : nil))
        entries.sort { $0.ruleNumber < $1.ruleNumber }
        network.networkAcls[networkAclId]!.entries = entries
    }

    /// `DeleteNetworkAclEntry`.
    public mutating func deleteNetworkAclEntry(
        networkAclId: String, ruleNumber: Int, egress: Bool, as session: Session
    ) throws(AWSError) {
        guard let acl = network.networkAcls[networkAclId], acl.place == place(of: session) else {
            throw AWSError(.invalidNetworkAclIDNotFound, "The networkAcl ID '\(networkAclId)' does not exist")
        }
        try authorizeEC2(session, "DeleteNetworkAclEntry", resource: acl.place.arn("network-acl", networkAclId))
        guard acl.entries.contains(where: { $0.egress == egress && $0.ruleNumber == ruleNumber }) else {
            throw AWSError(
                .invalidParameterValue, "no \(egress ? "egress" : "ingress") entry \(ruleNumber) in \(networkAclId)")
        }
        network.networkAcls[networkAclId]!.entries.removeAll { $0.egress == egress && $0.ruleNumber == ruleNumber }
    }

    /// `ReplaceNetworkAclAssociation`: moves a subnet to another ACL of its VPC.
    public mutating func replaceNetworkAclAssociation(subnetId: String, networkAclId: String, as session: Session)
        throws(AWSError)
    {
        let subnet = try usableSubnet(subnetId, session)
        guard let acl = network.networkAcls[networkAclId], acl.place == place(of: session) else {
            throw AWSError(.invalidNetworkAclIDNotFound, "The networkAcl ID '\(networkAclId)' does not exist")
        }
        guard acl.vpcId == subnet.vpcId else {
            throw AWSError(
                .invalidParameterValue,
                "network ACL \(networkAclId) and subnet \(subnetId) belong to different networks")
        }
        try authorizeEC2(session, "ReplaceNetworkAclAssociation", resource: acl.place.arn("network-acl", networkAclId))
        if let previous = network.networkAclBySubnet[subnetId] {
            network.networkAcls[previous]?.subnetAssociations.remove(subnetId)
        }
        network.networkAcls[networkAclId]!.subnetAssociations.insert(subnetId)
        network.networkAclBySubnet[subnetId] = networkAclId
    }

    /// `DeleteNetworkAcl`: never a VPC's default ACL, nor one a subnet is associated with.
    /// - Throws: `InvalidNetworkAclID.NotFound`, `InvalidParameterValue` (the default ACL),
    ///   `DependencyViolation` naming the subnets.
    public mutating func deleteNetworkAcl(networkAclId: String, as session: Session) throws(AWSError) {
        guard let acl = network.networkAcls[networkAclId], acl.place == place(of: session) else {
            throw AWSError(.invalidNetworkAclIDNotFound, "The networkAcl ID '\(networkAclId)' does not exist")
        }
        try authorizeEC2(
            session, "DeleteNetworkAcl", resource: acl.place.arn("network-acl", networkAclId), tags: acl.tags)
        guard !acl.isDefault else {
            throw AWSError(.invalidParameterValue, "cannot delete default network ACL \(networkAclId)")
        }
        guard acl.subnetAssociations.isEmpty else {
            throw AWSError(
                .dependencyViolation,
                "The networkAcl '\(networkAclId)' has dependencies and cannot be deleted: \(acl.subnetAssociations.sorted().joined(separator: ", "))"
            )
        }
        network.networkAcls[networkAclId] = nil
    }
}
