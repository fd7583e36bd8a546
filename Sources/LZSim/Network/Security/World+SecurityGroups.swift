extension World {
    /// `CreateSecurityGroup` in a VPC, allowing all outbound traffic as EC2 does by default.
    /// - Throws: `InvalidGroup.Duplicate` (name taken in the VPC), `InvalidParameterValue`, `InvalidVpcID.NotFound`.
    @discardableResult
    public mutating func createSecurityGroup(
        groupName: String,
        description: String,
        vpcId: String,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> SecurityGroup {
        let vpc = try ownVpc(vpcId, session)
        guard !groupName.isEmpty, groupName.count <= 255, !groupName.lowercased().hasPrefix("sg-"),
            groupName != "default"
        else {
            throw AWSError(.invalidParameterValue, "Invalid value '\(groupName)' for groupName")
        }
        try authorizeEC2(
            session, "CreateSecurityGroup", resource: vpc.place.arn("security-group", "*"), requestTags: tags,
            vpc: vpc.arn)
        if network.securityGroups.values.contains(where: { $0.vpcId == vpcId && $0.groupName == groupName }) {
            throw AWSError(
                .invalidGroupDuplicate, "The security group '\(groupName)' already exists for VPC '\(vpcId)'")
        }
        let group = SecurityGroup(
            groupId: ids.ec2ID("sg"), groupName: groupName, description: description, vpcId: vpcId, place: vpc.place,
            isDefault: false, ingressRules: [],
            egressRules: [
                SecurityGroupRule(
                    securityGroupRuleId: ids.ec2ID("sgr"), ipProtocol: .all, fromPort: -1, toPort: -1,
                    peer: .cidr(IPv4CIDR(address: 0, prefixLength: 0)), ruleDescription: "")
            ], tags: tags)
        network.securityGroups[group.groupId] = group
        return group
    }

    /// `AuthorizeSecurityGroupIngress`: every permission is validated before any is added.
    /// - Returns: The new rules.
    /// - Throws: `InvalidParameterValue` (protocol, ports, block), `InvalidGroup.NotFound` (a
    ///   referenced group outside the VPC and its peers), `InvalidPrefixListID.NotFound`,
    ///   `InvalidPermission.Duplicate`.
    @discardableResult
    public mutating func authorizeSecurityGroupIngress(
        groupId: String,
        ipPermissions: [IpPermission],
        as session: Session
    ) throws(AWSError) -> [SecurityGroupRule] {
        try authorizeRules(groupId: groupId, ipPermissions, egress: false, session)
    }

    /// `AuthorizeSecurityGroupEgress`, validated as ingress is.
    @discardableResult
    public mutating func authorizeSecurityGroupEgress(
        groupId: String,
        ipPermissions: [IpPermission],
        as session: Session
    ) throws(AWSError) -> [SecurityGroupRule] {
        try authorizeRules(groupId: groupId, ipPermissions, egress: true, session)
    }

    /// `RevokeSecurityGroupIngress` by rule IDs.
    /// - Throws: `InvalidPermission.NotFound` naming the first unknown rule; nothing is revoked then.
    public mutating func revokeSecurityGroupIngress(
        groupId: String, securityGroupRuleIds: [String], as session: Session
    ) throws(AWSError) {
        try revokeRules(groupId: groupId, securityGroupRuleIds, egress: false, session)
    }

    /// `RevokeSecurityGroupEgress` by rule IDs.
    public mutating func revokeSecurityGroupEgress(
        groupId: String, securityGroupRuleIds: [String], as session: Session
    ) throws(AWSError) {
        try revokeRules(groupId: groupId, securityGroupRuleIds, egress: true, session)
    }

    private mutating func authorizeRules(
        groupId: String, _ permissions: [IpPermission], egress: Bool, _ session: Session
    ) throws(AWSError) -> [SecurityGroupRule] {
        let group = try ownSecurityGroup(groupId, session)
        let action = egress ? "AuthorizeSecurityGroupEgress" : "AuthorizeSecurityGroupIngress"
        var rules: [SecurityGroupRule] = []
        let existing = egress ? group.egressRules : group.ingressRules
        for permission in permissions {
            let rule = try securityGroupRule(permission, group: group)
            if existing.contains(where: rule.duplicates) || rules.contains(where: rule.duplicates) {
                throw AWSError(
                    .invalidPermissionDuplicate,
                    "the specified rule \"peer: \(rule.peer), \(rule.ipProtocol), \(rule.fromPort)-\(rule.toPort)\" already exists in \(groupId)"
                )
            }
            rules.append(rule)
        }
        try authorizeEC2(session, action, resource: group.arn, tags: group.tags, vpc: network.vpcs[group.vpcId]?.arn)
        if egress {
            network.securityGroups[groupId]!.egressRules += rules
        } else {
            network.securityGroups[groupId]!.ingressRules += rules
        }
        return rules
    }

    private mutating func revokeRules(groupId: String, _ ruleIds: [String], egress: Bool, _ session: Session)
        throws(AWSError)
    {
        let group = try ownSecurityGroup(groupId, session)
        let rules = egress ? group.egressRules : group.ingressRules
        for id in ruleIds where !rules.contains(where: { $0.securityGroupRuleId == id }) {
            throw AWSError(.invalidPermissionNotFound, "The security group rule '\(id)' does not exist in \(groupId)")
        }
        try authorizeEC2(
            session, egress ? "RevokeSecurityGroupEgress" : "RevokeSecurityGroupIngress", resource: group.arn,
            tags: group.tags)
        let remaining = rules.filter { !ruleIds.contains($0.securityGroupRuleId) }
        if egress {
            network.securityGroups[groupId]!.egressRules = remaining
        } else {
            network.securityGroups[groupId]!.ingressRules = remaining
        }
    }

    private mutating func securityGroupRule(_ permission: IpPermission, group: SecurityGroup) throws(AWSError)
        -> SecurityGroupRule
    {
        let ipProtocol = try IPProtocol(ec2: permission.ipProtocol)
        try IpPermission.validatePorts(ipProtocol, permission.fromPort, permission.toPort)
        let peers = [permission.cidrIp, permission.cidrIpv6, permission.prefixListId, permission.groupId]
            .compactMap { $0 }
        guard peers.count == 1 else {
            throw AWSError(
                .invalidParameterValue, "A permission of \(group.groupId) needs exactly one CIDR, prefix list or group")
        }
        let peer: SecurityGroupRule.Peer
        if let cidr = permission.cidrIp {
            peer = .cidr(try IPv4CIDR(cidr))
        } else if let cidr = permission.cidrIpv6 {
            peer = .ipv6Cidr(try IPv6CIDR(cidr, parameter: "cidrIpv6"))
        } else if let list = permission.prefixListId {
            guard prefixListAddresses(list, region: group.place.region) != nil else {
                throw AWSError(.invalidPrefixListIDNotFound, "The prefix list ID '\(list)' does not exist")
            }
            peer = .prefixList(list)
        } else {
            let referenced = permission.groupId!
            // A reference crosses VPCs only over an active peering connection in the same Region
            // (https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html).
            guard let other = network.securityGroups[referenced], other.place.region == group.place.region,
                other.vpcId == group.vpcId || arePeered(other.vpcId, group.vpcId)
            else {
                throw AWSError(
                    .invalidGroupNotFound,
                    "The security group '\(referenced)' does not exist in VPC '\(group.vpcId)' or a VPC peered with it")
            }
            peer = .securityGroup(referenced)
        }
        return SecurityGroupRule(
            securityGroupRuleId: ids.ec2ID("sgr"), ipProtocol: ipProtocol,
            fromPort: ipProtocol == .all ? -1 : permission.fromPort,
            toPort: ipProtocol == .all ? -1 : permission.toPort,
            peer: peer, ruleDescription: permission.description)
    }

    /// Whether two VPCs have an active peering connection.
    func arePeered(_ first: String, _ second: String) -> Bool {
        network.peeringConnections.values.contains { $0.status == .active && $0.peer(of: first) == second }
    }
}
