import LZSim

extension NetworkBuilder {
    /// A network ACL: its numbered entries, then the subnets it replaces their ACL for.
    func buildNetworkAcl(
        _ acl: NetworkDeclaration.NetworkAcl, vpc: Vpc, _ context: Context, _ built: inout BuiltFoundation
    ) throws(ScenarioError) {
        let session = context.session
        let aclId = try WorldCall.run(at: acl.name.location, &built.world) { (world: inout World) throws(AWSError) in
            try world.createNetworkAcl(vpcId: vpc.vpcId, tags: nameTag(acl.name), as: session).networkAclId
        }
        try record(.networkAcl, acl.name, id: aclId, context, &built)
        for entry in acl.entries {
            let ports = entry.ports ?? 0...65_535
            try WorldCall.run(at: entry.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.createNetworkAclEntry(
                    networkAclId: aclId, ruleNumber: entry.number, protocol: entry.ipProtocol,
                    ruleAction: entry.action, egress: entry.egress, cidrBlock: entry.cidr,
                    ipv6CidrBlock: entry.ipv6Cidr, portRange: ports,
                    as: session)
            }
        }
        for subnet in acl.subnets {
            let subnetId = try built.network.id(.subnet, subnet, in: context.account)
            try WorldCall.run(at: subnet.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.replaceNetworkAclAssociation(subnetId: subnetId, networkAclId: aclId, as: session)
            }
        }
    }

    /// Security group rules, once every group they may reference exists. A declared direction of
    /// the default group replaces its rules (so `ingress: []` leaves it with none, as EC2.2 asks).
    func buildSecurityGroupRules(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for vpc in context.network.vpcs {
            for group in vpc.securityGroups {
                let name = group.name.text == "default" ? "\(vpc.name.text)/default" : group.name.text
                let groupId = try built.network.id(
                    .securityGroup, Named(text: name, location: group.name.location), in: context.account)
                for (rules, egress) in [(group.ingress, false), (group.egress, true)] {
                    guard let rules else { continue }
                    let existing =
                        built.world.network.securityGroups[groupId].map {
                            (egress ? $0.egressRules : $0.ingressRules).map(\.securityGroupRuleId)
                        } ?? []
                    if group.name.text == "default" || egress, !existing.isEmpty {
                        // A declared egress list is the whole list: EC2's allow-all default goes first.
                        try WorldCall.run(at: group.name.location, &built.world) {
                            (world: inout World) throws(AWSError) in
                            if egress {
                                try world.revokeSecurityGroupEgress(
                                    groupId: groupId, securityGroupRuleIds: existing, as: session)
                            } else {
                                try world.revokeSecurityGroupIngress(
                                    groupId: groupId, securityGroupRuleIds: existing, as: session)
                            }
                        }
                    }
                    for rule in rules {
                        let permission = try permission(rule, context, built)
                        try WorldCall.run(at: rule.location, &built.world) { (world: inout World) throws(AWSError) in
                            if egress {
                                try world.authorizeSecurityGroupEgress(
                                    groupId: groupId, ipPermissions: [permission], as: session)
                            } else {
                                try world.authorizeSecurityGroupIngress(
                                    groupId: groupId, ipPermissions: [permission], as: session)
                            }
                        }
                    }
                }
            }
        }
    }

    private func permission(_ rule: NetworkDeclaration.Rule, _ context: Context, _ built: BuiltFoundation)
        throws(ScenarioError) -> IpPermission
    {
        let hasPorts = ["tcp", "udp", "6", "17"].contains(rule.ipProtocol.lowercased())
        let ports = rule.ports ?? (hasPorts ? 0...65_535 : -1...(-1))
        let group = try rule.group.map { name throws(ScenarioError) in
            try built.network.id(.securityGroup, name, in: context.account)
        }
        return IpPermission(
            ipProtocol: rule.ipProtocol == "all" ? "-1" : rule.ipProtocol, fromPort: ports.lowerBound,
            toPort: ports.upperBound, cidrIp: rule.cidr, prefixListId: rule.prefixList, groupId: group,
            cidrIpv6: rule.ipv6Cidr, description: rule.description)
    }

    /// Instances and interfaces, in the account's own subnets or subnets shared with it.
    func buildInstances(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for instance in context.network.instances {
            let subnetId = try built.network.id(.subnet, instance.subnet, in: context.account)
            let groups = try built.network.ids(.securityGroup, instance.securityGroups, in: context.account)
            let created = try WorldCall.run(at: instance.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.runInstances(
                    instanceType: instance.instanceType, subnetId: subnetId, securityGroupIds: groups,
                    privateIpAddress: instance.privateIp, associatePublicIpAddress: instance.publicIp,
                    ipv6AddressCount: instance.ipv6Addresses,
                    httpTokens: instance.httpTokens, tags: nameTag(instance.name), as: session)
            }
            try record(.instance, instance.name, id: created.instanceId, context, &built)
            built.network.record(
                .interface, account: context.account, name: instance.name.text, id: created.networkInterfaceId)
        }
        for interface in context.network.interfaces {
            let subnetId = try built.network.id(.subnet, interface.subnet, in: context.account)
            let groups = try built.network.ids(.securityGroup, interface.securityGroups, in: context.account)
            let created = try WorldCall.run(at: interface.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                let created = try world.createNetworkInterface(
                    subnetId: subnetId, groups: groups, privateIpAddress: interface.privateIp,
                    description: interface.description, tags: nameTag(interface.name), as: session)
                if interface.elasticIp {
                    let address = try world.allocateAddress(as: session)
                    try world.associateAddress(
                        allocationId: address.allocationId, networkInterfaceId: created.networkInterfaceId,
                        as: session)
                }
                if !interface.sourceDestCheck {
                    try world.modifyNetworkInterfaceAttribute(
                        networkInterfaceId: created.networkInterfaceId, sourceDestCheck: false, as: session)
                }
                return created.networkInterfaceId
            }
            try record(.interface, interface.name, id: created, context, &built)
        }
        for balancer in context.network.loadBalancers {
            let subnets = try built.network.ids(.subnet, balancer.subnets, in: context.account)
            let groups = try built.network.ids(.securityGroup, balancer.securityGroups, in: context.account)
            let created = try WorldCall.run(at: balancer.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createLoadBalancer(
                    name: balancer.name.text, type: balancer.isNetwork ? .network : .application,
                    scheme: balancer.isInternal ? .internal : .internetFacing, subnets: subnets, securityGroups: groups,
                    tags: nameTag(balancer.name), as: session)
            }
            try record(.loadBalancer, balancer.name, id: created.arn, context, &built)
            // Every node answers to the load balancer's name.
            for node in created.networkInterfaceIds {
                built.network.record(.interface, account: context.account, name: balancer.name.text, id: node)
            }
        }
    }

    /// VPC endpoints: gateway endpoints in the route tables that list them or name them in a
    /// route, interface endpoints in their subnets with their groups and policy.
    func buildEndpoints(_ context: Context, _ built: inout BuiltFoundation) throws(ScenarioError) {
        let session = context.session
        for vpc in context.network.vpcs {
            let vpcId = try built.network.id(.vpc, vpc.name, in: context.account)
            for endpoint in vpc.endpoints {
                var tables = try built.network.ids(.routeTable, endpoint.routeTables, in: context.account)
                for table in vpc.routeTables {
                    for route in table.routes {
                        if case .gatewayEndpoint(let name) = route.target, name.text == endpoint.name.text {
                            tables.append(try built.network.id(.routeTable, table.name, in: context.account))
                        }
                    }
                }
                let subnets = try built.network.ids(.subnet, endpoint.subnets, in: context.account)
                let groups = try built.network.ids(.securityGroup, endpoint.securityGroups, in: context.account)
                let service =
                    endpoint.service.text.hasPrefix("com.amazonaws.")
                    ? endpoint.service.text : "com.amazonaws.\(context.region).\(endpoint.service.text)"
                let policy = try endpoint.policy.map { document throws(ScenarioError) in
                    try built.substitute(document.text, at: document.location)
                }
                let created = try WorldCall.run(
                    document: endpoint.policy ?? DocumentSource.none(at: endpoint.name.location), name: endpoint.name,
                    &built.world
                ) { (world: inout World) throws(AWSError) in
                    try world.createVpcEndpoint(
                        vpcId: vpcId, serviceName: service,
                        vpcEndpointType: endpoint.isInterface ? .interface : .gateway,
                        routeTableIds: tables, subnetIds: subnets, securityGroupIds: groups,
                        privateDnsEnabled: endpoint.privateDns, policyDocument: policy, tags: nameTag(endpoint.name),
                        as: session)
                }
                try record(.endpoint, endpoint.name, id: created.vpcEndpointId, context, &built)
                for (index, interface) in created.networkInterfaceIds.enumerated() {
                    built.network.record(
                        .interface, account: context.account, name: "\(endpoint.name.text)#\(index + 1)",
                        id: interface)
                }
            }
        }
    }
}
