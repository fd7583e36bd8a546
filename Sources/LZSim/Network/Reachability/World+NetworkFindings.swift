extension World {
    /// VPC blocks of the whole world that overlap each other or the on-premises blocks (NET-01).
    public func overlappingCidrs(onPremises: [String] = []) throws(AWSError) -> [CidrOverlap] {
        var blocks = network.vpcs.values.sorted { $0.vpcId < $1.vpcId }.flatMap { vpc in
            vpc.cidrBlocks.map { (vpc.vpcId, $0) }
        }
        blocks += try Self.cidrs(onPremises).map { ("on-premises", $0) }
        blocks.sort { $0.1.lower < $1.1.lower }
        var overlaps: [CidrOverlap] = []
        // Sorted by first address, a block can only overlap the blocks after it that start before it ends.
        for (index, first) in blocks.enumerated() {
            for second in blocks[(index + 1)...] {
                guard second.1.lower <= first.1.upper else { break }
                if first.0 != second.0 {
                    overlaps.append(
                        CidrOverlap(first: first.0, firstBlock: first.1, second: second.0, secondBlock: second.1))
                }
            }
        }
        return overlaps
    }

    /// Route tables with a route to an internet gateway, except those allowed to have one
    /// (Control Tower's `NO_UNRESTRICTED_ROUTE_TO_IGW`).
    public func routeTablesWithInternetGatewayRoutes(except allowed: Set<String> = []) -> [RouteTable] {
        network.routeTables.values.filter { table in
            !allowed.contains(table.routeTableId)
                && table.routes.contains {
                    if case .internetGateway = $0.target { return true }
                    return false
                }
        }.sorted { $0.routeTableId < $1.routeTableId }
    }

    /// Security group and network ACL inbound rules that allow 0.0.0.0/0 or ::/0 to any of `ports`
    /// (EC2.13, EC2.14, EC2.19, EC2.21); rules of every protocol count.
    public func unrestrictedIngress(ports watched: [Int]) -> [UnrestrictedIngress] {
        let watchedSet = IntervalSet(
            ranges: watched.filter { (0...65_535).contains($0) }.map { UInt32($0)...UInt32($0) })
        let everywhere = IPv4CIDR(address: 0, prefixLength: 0)
        var findings: [UnrestrictedIngress] = []
        for group in network.securityGroups.values.sorted(by: { $0.groupId < $1.groupId }) {
            for rule in group.ingressRules
            where [.cidr(everywhere), .ipv6Cidr(.anywhere)].contains(rule.peer) && rule.ipProtocol != .icmp {
                let open = rule.ports.intersection(watchedSet)
                if !open.isEmpty {
                    findings.append(UnrestrictedIngress(resourceId: group.groupId, rule: rule.description, ports: open))
                }
            }
        }
        for acl in network.networkAcls.values.sorted(by: { $0.networkAclId < $1.networkAclId }) {
            for entry in acl.entries(egress: false)
            where entry.allows && (entry.cidrBlock == everywhere || entry.ipv6CidrBlock == .anywhere) {
                let open = entry.ports.intersection(watchedSet)
                if entry.ipProtocol != .icmp && !open.isEmpty {
                    findings.append(
                        UnrestrictedIngress(resourceId: acl.networkAclId, rule: entry.description, ports: open))
                }
            }
        }
        return findings
    }

    /// VPCs with no flow log capturing rejected traffic (EC2.6: `REJECT` or `ALL`).
    public func vpcsWithoutFlowLogs() -> [Vpc] {
        let logged = Set(network.flowLogs.values.filter { $0.trafficType != "ACCEPT" }.map(\.resourceId))
        return network.vpcs.values.filter { !logged.contains($0.vpcId) }.sorted { $0.vpcId < $1.vpcId }
    }

    /// Default security groups that still have rules (EC2.2).
    public func defaultSecurityGroupsWithRules() -> [SecurityGroup] {
        network.securityGroups.values.filter { $0.isDefault && !($0.ingressRules.isEmpty && $0.egressRules.isEmpty) }
            .sorted { $0.groupId < $1.groupId }
    }

    /// Transit gateways that accept attachments from shared accounts without their owner (EC2.23).
    public func transitGatewaysAutoAcceptingAttachments() -> [TransitGateway] {
        network.transitGateways.values.filter(\.autoAcceptSharedAttachments).sorted {
            $0.transitGatewayId < $1.transitGatewayId
        }
    }
}
