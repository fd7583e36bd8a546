import Foundation

extension World {
    /// ELB's quota of targets per target group (one for Lambda and ALB target groups).
    static let targetsPerTargetGroup = 1_000

    /// `RegisterTargets`: instances and IP addresses in the target group's VPC, or one Lambda
    /// function or application load balancer. Registering a target again changes nothing.
    /// - Throws: `InvalidTarget` naming the target (unknown, outside the VPC, of the wrong kind, a
    ///   port outside 1 to 65535), `TooManyTargets`, `TargetGroupNotFound`, or `AccessDenied`.
    public mutating func registerTargets(targetGroupARN: String, targets: [TargetDescription], as session: Session)
        throws(AWSError)
    {
        var group = try authorizedTargetGroup(targetGroupARN, "RegisterTargets", as: session)
        for target in targets {
            try requireTarget(target, of: group)
            if !group.targets.contains(target) { group.targets.append(target) }
        }
        let limit = group.targetType == .lambda || group.targetType == .alb ? 1 : Self.targetsPerTargetGroup
        guard group.targets.count <= limit else {
            throw AWSError(
                .tooManyTargets,
                "A target group of type '\(group.targetType.rawValue)' takes at most \(limit) targets, not \(group.targets.count)"
            )
        }
        try updateTLS(of: group.accountID) { [group] in $0.targetGroups[targetGroupARN] = group }
    }

    /// `DeregisterTargets`: removes registered targets (by ID and port).
    /// - Throws: `InvalidTarget` for a target that is not registered, `TargetGroupNotFound`, or `AccessDenied`.
    public mutating func deregisterTargets(targetGroupARN: String, targets: [TargetDescription], as session: Session)
        throws(AWSError)
    {
        var group = try authorizedTargetGroup(targetGroupARN, "DeregisterTargets", as: session)
        for target in targets {
            guard let index = group.targets.firstIndex(where: { $0.id == target.id && $0.port == target.port })
            else {
                throw AWSError(
                    .invalidTarget, "The target '\(target.id)' is not registered with target group '\(group.name)'")
            }
            group.targets.remove(at: index)
        }
        try updateTLS(of: group.accountID) { [group] in $0.targetGroups[targetGroupARN] = group }
    }

    /// What ELB checks of one target against its group
    /// (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-register-targets.html).
    private func requireTarget(_ target: TargetDescription, of group: TargetGroup) throws(AWSError) {
        if let port = target.port, !(1...65_535).contains(port) {
            throw AWSError(.invalidTarget, "The port \(port) of target '\(target.id)' must be 1 to 65535")
        }
        switch group.targetType {
        case .instance:
            guard let instance = network.instances[target.id], instance.place.accountID == group.accountID,
                instance.place.region == group.region
            else {
                throw AWSError(.invalidTarget, "The instance ID '\(target.id)' is not valid")
            }
            let vpc = network.subnets[instance.subnetId]?.vpcId
            guard vpc == group.vpcId else {
                throw AWSError(
                    .invalidTarget,
                    "The instance '\(target.id)' is in \(vpc ?? "no VPC"), not the target group's VPC \(group.vpcId ?? "")"
                )
            }
        case .ip:
            try requireIPTarget(target, of: group)
        case .lambda:
            let fields = target.id.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count >= 7, fields[2] == "lambda", fields[5] == "function", fields[3] == group.region[...]
            else {
                throw AWSError(
                    .invalidTarget, "'\(target.id)' is not a Lambda function ARN in \(group.region)")
            }
        case .alb:
            guard let balancer = try? requireLoadBalancer(target.id), balancer.type == .application,
                balancer.accountID == group.accountID, balancer.region == group.region
            else {
                throw AWSError(
                    .invalidTarget, "'\(target.id)' is not an application load balancer of the target group's account")
            }
        }
    }

    /// The private ranges an IP target outside the VPC may use: RFC 1918 and 100.64.0.0/10.
    private static let privateRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].compactMap {
        try? IPv4CIDR($0)
    }

    /// An IP target lies in the target group's VPC, or, registered with `AvailabilityZone: all`,
    /// in the private ranges a peered or connected network uses (RFC 1918 and 100.64.0.0/10).
    private func requireIPTarget(_ target: TargetDescription, of group: TargetGroup) throws(AWSError) {
        guard let address = IPv4CIDR.address(target.id) else {
            throw AWSError(.invalidTarget, "The IP address '\(target.id)' is not valid")
        }
        if let vpc = group.vpcId.flatMap({ network.vpcs[$0] }), vpc.addresses.contains(IPv4CIDR.mapped(address)) {
            return
        }
        guard target.availabilityZone == "all", Self.privateRanges.contains(where: { $0.contains(host: address) })
        else {
            throw AWSError(
                .invalidTarget,
                "The IP address '\(target.id)' is outside the VPC \(group.vpcId ?? "") of target group '\(group.name)'"
                    + (target.availabilityZone == "all"
                        ? " and not a private address" : "; outside addresses need AvailabilityZone 'all'"))
        }
    }

    /// ELB's health check ranges, and the protocols each target group protocol may check with.
    static func validate(_ check: TargetGroupHealthCheck, for targetProtocol: TargetGroupProtocol?) throws(AWSError) {
        let ranges: [(String, Int, ClosedRange<Int>)] = [
            ("HealthCheckIntervalSeconds", check.intervalSeconds, 5...300),
            ("HealthCheckTimeoutSeconds", check.timeoutSeconds, 2...120),
            ("HealthyThresholdCount", check.healthyThresholdCount, 2...10),
            ("UnhealthyThresholdCount", check.unhealthyThresholdCount, 2...10),
        ]
        for (name, value, range) in ranges where !range.contains(value) {
            throw AWSError(.validation, "\(name) must be \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
        guard check.timeoutSeconds < check.intervalSeconds else {
            throw AWSError(
                .validation,
                "Health check timeout \(check.timeoutSeconds) must be smaller than the interval \(check.intervalSeconds)"
            )
        }
        guard check.port == "traffic-port" || Int(check.port).map({ (1...65_535).contains($0) }) == true else {
            throw AWSError(.validation, "Health check port '\(check.port)' must be traffic-port or 1 to 65535")
        }
        if let path = check.path, !path.hasPrefix("/") || path.count > 1_024 {
            throw AWSError(
                .validation, "Health check path '\(path)' must start with / and have at most 1024 characters")
        }
        guard let checkProtocol = check.protocol else { return }
        let allowed: [TargetGroupProtocol] =
            targetProtocol == .http || targetProtocol == .https || targetProtocol == nil
            ? [.http, .https] : [.http, .https, .tcp]
        guard allowed.contains(checkProtocol) else {
            throw AWSError(
                .validation,
                "Health check protocol \(checkProtocol.rawValue) is not supported for target groups with the "
                    + "\(targetProtocol?.rawValue ?? "lambda") protocol; use \(allowed.map(\.rawValue).joined(separator: ", "))"
            )
        }
        if check.path != nil, checkProtocol == .tcp {
            throw AWSError(.validation, "A TCP health check takes no path")
        }
    }
}
