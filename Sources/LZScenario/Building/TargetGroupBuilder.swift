import LZSim

/// Builds one declared target group through `CreateTargetGroup` and `RegisterTargets`, naming
/// its VPC, instances and load balancers by the scenario's names.
struct TargetGroupBuilder {
    let account: String
    let region: String?

    func build(_ group: NetworkDeclaration.TargetGroup, into built: inout BuiltFoundation) throws(ScenarioError) {
        let accountID = try built.accountID(Named(text: account, location: group.location))
        let region = region ?? built.world.regions[0]
        let targetType = TargetType(rawValue: group.targetType) ?? .instance
        let vpc = try group.vpc.map { (name: Named) throws(ScenarioError) in
            try built.network.id(.vpc, name, in: account)
        }
        let targets = try group.targets.map { (target: Named) throws(ScenarioError) -> TargetDescription in
            let text = try built.substitute(target.text, at: target.location)
            switch targetType {
            case .instance where !text.hasPrefix("i-"):
                return TargetDescription(id: try built.network.id(.instance, target, in: account))
            case .alb where !text.hasPrefix("arn:"):
                return TargetDescription(id: try built.network.id(.loadBalancer, target, in: account))
            default:
                return TargetDescription(id: text)
            }
        }
        let declared = group.healthCheck
        let defaults = TargetGroupHealthCheck()
        let check = TargetGroupHealthCheck(
            protocol: declared.targetProtocol.flatMap(TargetGroupProtocol.init(rawValue:)),
            port: declared.port ?? defaults.port, path: declared.path,
            intervalSeconds: declared.interval ?? defaults.intervalSeconds, timeoutSeconds: declared.timeout,
            healthyThresholdCount: declared.healthyThreshold ?? defaults.healthyThresholdCount,
            unhealthyThresholdCount: declared.unhealthyThreshold ?? defaults.unhealthyThresholdCount)
        let arn = try WorldCall.run(at: group.location, &built.world) { (world: inout World) throws(AWSError) in
            let root = try world.rootSession(of: accountID).with { $0.region = region }
            let created = try world.createTargetGroup(
                name: group.name.text, protocol: group.targetProtocol.flatMap(TargetGroupProtocol.init(rawValue:)),
                port: group.port, vpcId: vpc, targetType: targetType, healthCheck: check, as: root)
            if !targets.isEmpty {
                try world.registerTargets(targetGroupARN: created.arn, targets: targets, as: root)
            }
            return created.arn
        }
        built.network.record(.targetGroup, account: account, name: group.name.text, id: arn)
    }
}
