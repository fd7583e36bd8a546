import Foundation

extension World {
    /// `CreateTargetGroup`: where listeners forward. Instance, IP and ALB target groups need a
    /// protocol, a port and a VPC of the caller's; a Lambda target group takes none of them. The
    /// call is idempotent: the same name with the same settings returns the existing group.
    /// - Throws: `ValidationError` (name, port, health check, missing or extra settings),
    ///   `InvalidConfigurationRequest` (a protocol the target type does not take),
    ///   `DuplicateTargetGroupName`, or `AccessDenied`.
    @discardableResult
    public mutating func createTargetGroup(
        name: String,
        protocol targetProtocol: TargetGroupProtocol? = nil,
        port: Int? = nil,
        vpcId: String? = nil,
        targetType: TargetType = .instance,
        healthCheck: TargetGroupHealthCheck = TargetGroupHealthCheck(),
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> TargetGroup {
        let accountID = session.accountID
        let region = requestRegion(of: session)
        try Self.requireELBName(name, of: "Target group")
        try requireTargetSettings(targetType, targetProtocol, port, vpcId, session)
        try Self.validate(healthCheck, for: targetProtocol)
        let id = ids.hexadecimal(16)
        let arn = "arn:\(partition):elasticloadbalancing:\(region):\(accountID):targetgroup/\(name)/\(id)"
        var context = ACMTags.requestTagContext(tags)
        if let targetProtocol { context["elasticloadbalancing:TargetGroupProtocol"] = [targetProtocol.rawValue] }
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:CreateTargetGroup",
                resource: .init(arn: arn, accountID: accountID), context: context, region: region))
        var group = TargetGroup(
            arn: arn, name: name, accountID: accountID, region: region, protocol: targetProtocol, port: port,
            vpcId: vpcId, targetType: targetType, healthCheck: healthCheck, targets: [], tags: tags)
        if let existing = try requireAccount(accountID).tls.targetGroups.values.first(where: {
            $0.name == name && $0.region == region
        }) {
            group = TargetGroup(
                arn: existing.arn, name: name, accountID: accountID, region: region, protocol: targetProtocol,
                port: port, vpcId: vpcId, targetType: targetType, healthCheck: healthCheck,
                targets: existing.targets, tags: existing.tags)
            guard group == existing else {
                throw AWSError(
                    .duplicateTargetGroupName, "A target group with the name '\(name)' exists with other settings")
            }
            return existing
        }
        try updateTLS(of: accountID) { [group] in $0.targetGroups[arn] = group }
        return group
    }

    /// `DeleteTargetGroup`: refused while a listener forwards to it.
    /// - Throws: `ResourceInUse` naming the listener, `TargetGroupNotFound`, or `AccessDenied`.
    public mutating func deleteTargetGroup(targetGroupARN: String, as session: Session) throws(AWSError) {
        let group = try authorizedTargetGroup(targetGroupARN, "DeleteTargetGroup", as: session)
        if let listener = forwardingListeners(to: targetGroupARN).first {
            throw AWSError(
                .elbResourceInUse,
                "Target group '\(targetGroupARN)' is currently in use by a listener or a rule: \(listener.arn)")
        }
        try updateTLS(of: group.accountID) { $0.targetGroups[targetGroupARN] = nil }
    }

    /// `DescribeTargetGroups`: the caller's target groups in its Region, by name, with the load
    /// balancers that forward to each.
    public func describeTargetGroups(as session: Session) throws(AWSError) -> [(
        TargetGroup, loadBalancerARNs: [String]
    )] {
        let region = requestRegion(of: session)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:DescribeTargetGroups",
                resource: .init(arn: "*", accountID: session.accountID)))
        return try requireAccount(session.accountID).tls.targetGroups.values.filter { $0.region == region }
            .sorted { $0.name < $1.name }
            .map { ($0, Array(Set(forwardingListeners(to: $0.arn).map(\.loadBalancerARN))).sorted()) }
    }

    /// The listeners whose default actions forward to the target group.
    func forwardingListeners(to targetGroupARN: String) -> [Listener] {
        guard let accountID = Self.account(inARN: targetGroupARN), let tls = accountsByID[accountID]?.tls else {
            return []
        }
        return tls.listeners.values.filter { $0.targetGroupARNs.contains(targetGroupARN) }.sorted { $0.arn < $1.arn }
    }

    /// The target group an ARN names.
    /// - Throws: `TargetGroupNotFound`.
    func requireTargetGroup(_ arn: String) throws(AWSError) -> TargetGroup {
        guard let accountID = Self.account(inARN: arn), let group = accountsByID[accountID]?.tls.targetGroups[arn]
        else {
            throw AWSError(.targetGroupNotFound, "Target group '\(arn)' not found")
        }
        return group
    }

    /// The target group an ARN names, once the caller may call `elasticloadbalancing:ACTION` on it.
    /// - Throws: `TargetGroupNotFound` or `AccessDenied`.
    func authorizedTargetGroup(_ arn: String, _ action: String, as session: Session) throws(AWSError) -> TargetGroup {
        let group = try requireTargetGroup(arn)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:\(action)",
                resource: .init(arn: group.arn, accountID: group.accountID, tags: group.tags)))
        return group
    }

    /// ELB's names: 1 to 32 letters, digits and hyphens, neither starting nor ending with a hyphen.
    static func requireELBName(_ name: String, of what: String) throws(AWSError) {
        guard (1...32).contains(name.count),
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
            name.first != "-", name.last != "-"
        else {
            throw AWSError(
                .validation,
                "\(what) name '\(name)' must be 1 to 32 letters, digits and hyphens, and must not start or end with a hyphen"
            )
        }
    }

    /// Lambda target groups take no protocol, port or VPC; the others need all three, in a VPC of
    /// the caller's; ALB targets sit behind a TCP target group, and GENEVE listens on 6081.
    private func requireTargetSettings(
        _ type: TargetType, _ targetProtocol: TargetGroupProtocol?, _ port: Int?, _ vpcId: String?, _ session: Session
    ) throws(AWSError) {
        guard type != .lambda else {
            guard targetProtocol == nil, port == nil, vpcId == nil else {
                throw AWSError(
                    .validation, "A target group of type 'lambda' does not take a protocol, a port or a VPC ID")
            }
            return
        }
        guard let targetProtocol, let port, let vpcId else {
            throw AWSError(
                .validation, "A target group of type '\(type.rawValue)' needs a protocol, a port and a VPC ID")
        }
        guard (1...65_535).contains(port) else { throw AWSError(.validation, "Port \(port) must be 1 to 65535") }
        guard let vpc = network.vpcs[vpcId], vpc.place == place(of: session) else {
            throw AWSError(.validation, "The VPC ID '\(vpcId)' is not found")
        }
        if type == .alb, targetProtocol != .tcp {
            throw AWSError(
                .invalidConfigurationRequest,
                "A target group of type 'alb' must use TCP, not \(targetProtocol.rawValue)")
        }
        if targetProtocol == .geneve, port != 6_081 {
            throw AWSError(.validation, "A GENEVE target group listens on port 6081, not \(port)")
        }
    }
}
