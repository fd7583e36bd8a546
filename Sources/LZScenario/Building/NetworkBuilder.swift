import LZSim

/// Builds the accounts' declared networks through EC2's (and Network Firewall's, Resolver's,
/// RAM's) operations, as each account's root user in the account's Region.
///
/// The order respects what each operation needs, across accounts: every VPC with its subnets,
/// gateways, groups, ACLs and route tables first; then transit gateways, VPNs, firewalls and
/// Resolver; then RAM shares, so other accounts can use what is shared; then attachments,
/// VPC and transit gateway peering, instances and interfaces; then routes, which name all of those; then security
/// group rules, which name each other; and last endpoints and Resolver rule associations.
struct NetworkBuilder {
    /// One account's declared network and the session that builds it.
    struct Context {
        var account: String
        var accountID: String
        var network: NetworkDeclaration
        var session: Session
        var region: String
    }

    let accounts: [FoundationDeclaration.Account]

    func build(into built: inout BuiltFoundation) throws(ScenarioError) {
        var contexts: [Context] = []
        for account in accounts {
            for network in account.networks {
                let accountID = try built.accountID(account.name)
                let region = network.region?.text ?? built.world.regions[0]
                if let named = network.region, !built.world.regions.contains(named.text) {
                    throw ScenarioError(
                        "the network of '\(account.name.text)' is in \(named.text), a Region the foundation does not "
                            + "govern", at: named.location,
                        hint: Suggestion.hint(for: named.text, among: built.world.regions)
                            ?? "the foundation's regions: \(built.world.regions.joined(separator: ", "))")
                }
                let session = try WorldCall.run(at: network.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    try world.rootSession(of: accountID).with { $0.region = region }
                }
                contexts.append(
                    Context(
                        account: account.name.text, accountID: accountID, network: network, session: session,
                        region: region))
            }
        }
        for context in contexts { try buildVpcs(context, &built) }
        for context in contexts {
            try buildTransitGateways(context, &built)
            try buildVpnConnections(context, &built)
            try buildFirewalls(context, &built)
            try buildResolver(context, &built)
        }
        for context in contexts { try buildShares(context, &built) }
        for context in contexts {
            try buildAttachments(context, &built, sessions: contexts)
            try buildPeering(context, &built, sessions: contexts)
            try buildTransitGatewayPeerings(context, &built, sessions: contexts)
            try buildInstances(context, &built)
        }
        for context in contexts {
            try buildRoutes(context, &built)
            try buildTransitGatewayRoutes(context, &built)
        }
        for context in contexts { try buildSecurityGroupRules(context, &built) }
        for context in contexts {
            try buildEndpoints(context, &built)
            try associateResolverRules(context, &built)
        }
    }

    /// The context that built a VPC or transit gateway: its owner's, in its Region.
    func context(owning id: String, among contexts: [Context], _ built: BuiltFoundation) -> Context? {
        let network = built.world.network
        let region = network.vpcs[id]?.place.region ?? network.transitGateways[id]?.place.region
        return contexts.first { $0.account == built.network.owners[id] && (region == nil || $0.region == region) }
    }

    /// Records a name, refusing a second resource of the same kind and name in one account.
    func record(
        _ kind: NetworkNames.Kind, _ name: Named, id: String, _ context: Context, _ built: inout BuiltFoundation
    ) throws(ScenarioError) {
        guard !built.network.has(kind, account: context.account, name: name.text) else {
            throw ScenarioError(
                "account '\(context.account)' declares two \(kind.rawValue)s named '\(name.text)'", at: name.location,
                hint: "names are unique per account and kind, across its VPCs")
        }
        built.network.record(kind, account: context.account, name: name.text, id: id)
    }

    /// The `Name` tag the world shows in its own descriptions.
    func nameTag(_ name: Named) -> [String: String] { ["Name": name.text] }

    private func buildVpcs(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for declaration in context.network.vpcs {
            let vpc = try WorldCall.run(at: declaration.ipv6?.location ?? declaration.cidr.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createVpc(
                    cidrBlock: declaration.cidr.text, enableDnsSupport: declaration.dnsSupport ?? true,
                    enableDnsHostnames: declaration.dnsHostnames ?? false,
                    amazonProvidedIpv6CidrBlock: declaration.ipv6?.text == "amazon",
                    ipv6CidrBlock: declaration.ipv6.flatMap { $0.text == "amazon" ? nil : $0.text },
                    tags: nameTag(declaration.name).merging(declaration.tags) { _, declared in declared }, as: session)
            }
            try record(.vpc, declaration.name, id: vpc.vpcId, context, &built)
            // What EC2 creates with the VPC is named after it: `VPC/main`, `VPC/default`.
            let vpcName = declaration.name.text
            built.network.record(
                .routeTable, account: context.account, name: "\(vpcName)/main", id: vpc.mainRouteTableId)
            built.network.record(
                .networkAcl, account: context.account, name: "\(vpcName)/default", id: vpc.defaultNetworkAclId)
            built.network.record(
                .securityGroup, account: context.account, name: "\(vpcName)/default", id: vpc.defaultSecurityGroupId)
            for block in declaration.secondaryCidrs {
                try WorldCall.run(at: block.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.associateVpcCidrBlock(vpcId: vpc.vpcId, cidrBlock: block.text, as: session)
                }
            }
            if let logs = declaration.flowLogs {
                try WorldCall.run(at: logs.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.createFlowLogs(
                        resourceId: vpc.vpcId, trafficType: logs.trafficType, logDestination: logs.destination,
                        as: session)
                }
            }
            if let name = declaration.internetGateway {
                let gateway = try WorldCall.run(at: name.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    let gateway = try world.createInternetGateway(tags: nameTag(name), as: session)
                    try world.attachInternetGateway(
                        internetGatewayId: gateway.internetGatewayId, vpcId: vpc.vpcId, as: session)
                    return gateway.internetGatewayId
                }
                try record(.internetGateway, name, id: gateway, context, &built)
            }
            if let name = declaration.egressOnlyInternetGateway {
                let gateway = try WorldCall.run(at: name.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    try world.createEgressOnlyInternetGateway(vpcId: vpc.vpcId, tags: nameTag(name), as: session)
                        .egressOnlyInternetGatewayId
                }
                try record(.egressOnlyInternetGateway, name, id: gateway, context, &built)
            }
            if let name = declaration.vpnGateway {
                let gateway = try WorldCall.run(at: name.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    let gateway = try world.createVpnGateway(as: session)
                    try world.attachVpnGateway(vpcId: vpc.vpcId, vpnGatewayId: gateway.vpnGatewayId, as: session)
                    return gateway.vpnGatewayId
                }
                try record(.vpnGateway, name, id: gateway, context, &built)
            }
            for subnet in declaration.subnets {
                let ipv6 = try subnet.ipv6Cidr.map { name throws(ScenarioError) in
                    try Self.subnetIpv6Block(name, of: built.world.network.vpcs[vpc.vpcId]!)
                }
                let created = try WorldCall.run(at: subnet.ipv6Cidr?.location ?? subnet.name.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    try world.createSubnet(
                        vpcID: vpc.vpcId, cidrBlock: subnet.cidr.text, availabilityZone: subnet.zone.text,
                        mapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch, ipv6CidrBlock: ipv6,
                        assignIpv6AddressOnCreation: subnet.assignIpv6AddressOnCreation, tags: nameTag(subnet.name),
                        as: session)
                }
                try record(.subnet, subnet.name, id: created.subnetId, context, &built)
            }
            try buildVpcContents(declaration, vpc: vpc, context, &built)
        }
    }

    /// A subnet's IPv6 block as written, or the /64 at an index of the VPC's first IPv6 block, which
    /// is how a scenario names a subnet of an Amazon-provided block it cannot know in advance.
    static func subnetIpv6Block(_ name: Named, of vpc: Vpc) throws(ScenarioError) -> String {
        guard let index = UInt64(name.text) else { return name.text }
        guard let block = vpc.ipv6CidrBlocks.first, block.prefixLength <= 64,
            block.prefixLength == 0 || index < UInt64(1) << UInt64(64 - block.prefixLength)
        else {
            let blocks = vpc.ipv6CidrBlocks.first.map { "its IPv6 block is \($0)" } ?? "it has no IPv6 block"
            throw ScenarioError(
                "expected the index of a /64 in the IPv6 block of VPC '\(vpc.displayName)', found \(name.text): \(blocks)",
                at: name.location, hint: "give the VPC 'ipv6: amazon' or a block of its own")
        }
        return IPv6CIDR(address: block.address | UInt128(index) << 64, prefixLength: 64).description
    }

    /// Security groups (without rules yet), network ACLs, route tables and NAT gateways.
    private func buildVpcContents(
        _ declaration: NetworkDeclaration.Vpc, vpc: Vpc, _ context: Context, _ built: inout BuiltFoundation
    ) throws(ScenarioError) {
        let session = context.session
        for group in declaration.securityGroups {
            // Each VPC's default group is named `VPC/default`, and recorded with the VPC.
            if group.name.text == "default" { continue }
            let created = try WorldCall.run(at: group.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createSecurityGroup(
                    groupName: group.name.text, description: group.description, vpcId: vpc.vpcId,
                    tags: nameTag(group.name), as: session)
            }
            try record(.securityGroup, group.name, id: created.groupId, context, &built)
        }
        for acl in declaration.networkAcls {
            try buildNetworkAcl(acl, vpc: vpc, context, &built)
        }
        for table in declaration.routeTables {
            let tableId: String
            if table.isMain {
                tableId = vpc.mainRouteTableId
            } else {
                tableId = try WorldCall.run(at: table.name.location, &built.world) {
                    (world: inout World) throws(AWSError) in
                    try world.createRouteTable(vpcId: vpc.vpcId, tags: nameTag(table.name), as: session).routeTableId
                }
            }
            try record(.routeTable, table.name, id: tableId, context, &built)
            for subnet in table.subnets {
                let subnetId = try built.network.id(.subnet, subnet, in: context.account)
                try WorldCall.run(at: subnet.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.associateRouteTable(routeTableId: tableId, subnetId: subnetId, as: session)
                }
            }
        }
        for nat in declaration.natGateways {
            let subnetId = try built.network.id(.subnet, nat.subnet, in: context.account)
            let gateway = try WorldCall.run(at: nat.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                var allocation: String?
                if !nat.isPrivate { allocation = try world.allocateAddress(as: session).allocationId }
                return try world.createNatGateway(
                    subnetId: subnetId, allocationId: allocation, connectivityType: nat.isPrivate ? .private : .public,
                    tags: nameTag(nat.name), as: session
                ).natGatewayId
            }
            try record(.natGateway, nat.name, id: gateway, context, &built)
        }
    }
}
