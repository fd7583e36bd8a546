import Foundation

extension World {
    /// `CreateLoadBalancer` (v2): an application or network load balancer.
    /// - Parameters:
    ///   - name: 1 to 32 letters, digits and hyphens, neither starting nor ending with a hyphen
    ///     nor starting with `internal-`; unique per account and Region.
    ///   - subnets: Subnet IDs: at least two for an application load balancer, one for a network one.
    ///   - securityGroups: Security group IDs.
    /// - Throws: `ValidationError`, `DuplicateLoadBalancerName`, or `AccessDenied`.
    @discardableResult
    public mutating func createLoadBalancer(
        name: String,
        type: LoadBalancer.LoadBalancerType = .application,
        scheme: LoadBalancer.Scheme = .internetFacing,
        subnets: [String],
        securityGroups: [String] = [],
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> LoadBalancer {
        let accountID = session.accountID
        let region = requestRegion(of: session)
        try Self.requireELBName(name, of: "Load balancer")
        guard !name.hasPrefix("internal-") else {
            throw AWSError(.validation, "Load balancer name '\(name)' must not start with 'internal-'")
        }
        let minimumSubnets = type == .application ? 2 : 1
        guard Set(subnets).count >= minimumSubnets else {
            throw AWSError(
                .validation,
                "A \(type.rawValue) load balancer needs at least \(minimumSubnets) subnets, not \(subnets.count)")
        }
        let prefix = type == .application ? "app" : "net"
        let id = ids.hexadecimal(16)
        let arn = "arn:\(partition):elasticloadbalancing:\(region):\(accountID):loadbalancer/\(prefix)/\(name)/\(id)"
        var context = ACMTags.requestTagContext(tags)
        context["elasticloadbalancing:Scheme"] = [scheme.rawValue]
        if !subnets.isEmpty { context["elasticloadbalancing:Subnet"] = subnets }
        if !securityGroups.isEmpty { context["elasticloadbalancing:SecurityGroup"] = securityGroups }
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:CreateLoadBalancer",
                resource: .init(arn: arn, accountID: accountID), context: context, region: region))
        let existing = try requireAccount(accountID).tls.loadBalancers.values
        guard !existing.contains(where: { $0.name == name && $0.region == region }) else {
            throw AWSError(.duplicateLoadBalancerName, "A load balancer with the name '\(name)' already exists")
        }
        let host = (scheme == .internal ? "internal-" : "") + "\(name)-\(UInt64(id.prefix(9), radix: 16) ?? 0)"
        let nodes = try placeNodes(
            description: "ELB \(prefix)/\(name)/\(id)", scheme: scheme, subnets: subnets,
            securityGroups: securityGroups, session: session)
        let balancer = LoadBalancer(
            arn: arn, name: name, accountID: accountID, region: region, type: type, scheme: scheme, subnets: subnets,
            securityGroups: securityGroups, dnsName: "\(host).\(region).elb.amazonaws.com", createdAt: now, tags: tags,
            networkInterfaceIds: nodes)
        try updateTLS(of: accountID) { $0.loadBalancers[arn] = balancer }
        return balancer
    }

    /// `DeleteLoadBalancer`: with its listeners, which frees their certificates.
    public mutating func deleteLoadBalancer(loadBalancerARN: String, as session: Session) throws(AWSError) {
        let balancer = try requireLoadBalancer(loadBalancerARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:DeleteLoadBalancer",
                resource: .init(arn: balancer.arn, accountID: balancer.accountID, tags: balancer.tags)))
        for node in balancer.networkInterfaceIds { removeInterface(node) }
        try updateTLS(of: balancer.accountID) { [now] (tls: inout TLSResources) throws(AWSError) in
            tls.loadBalancers[loadBalancerARN] = nil
            tls.changeListeners(at: now) { $0 = $0.filter { $0.value.loadBalancerARN != loadBalancerARN } }
        }
    }

    /// `DescribeLoadBalancers`: the caller's load balancers in its Region, by name.
    public func describeLoadBalancers(as session: Session) throws(AWSError) -> [LoadBalancer] {
        let region = requestRegion(of: session)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:DescribeLoadBalancers",
                resource: .init(arn: "*", accountID: session.accountID)))
        return try requireAccount(session.accountID).tls.loadBalancers.values.filter { $0.region == region }
            .sorted { $0.name < $1.name }
    }

    /// The load balancer an ARN names.
    /// - Throws: `LoadBalancerNotFound`.
    func requireLoadBalancer(_ arn: String) throws(AWSError) -> LoadBalancer {
        guard let accountID = Self.account(inARN: arn), let balancer = accountsByID[accountID]?.tls.loadBalancers[arn]
        else {
            throw AWSError(.loadBalancerNotFound, "Load balancer '\(arn)' not found")
        }
        return balancer
    }
}
