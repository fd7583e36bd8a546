import LZSim

/// Reads an account's `target_groups:`: where listeners forward, with the protocol the load
/// balancer speaks to the targets.
///
/// ```yaml
/// target_groups:
///   web: { protocol: HTTPS, port: 443, vpc: app, targets: [web-1], health_check: { path: /health } }
///   fn: { target_type: lambda, targets: ["arn:aws:lambda:eu-west-1:111122223333:function:api"] }
/// ```
enum TargetGroupParser {
    static let protocols = TargetGroupProtocol.allCases.map(\.rawValue)
    static let targetTypes = TargetType.allCases.map(\.rawValue)

    static func parse(_ fields: Fields) throws(ScenarioError) -> [NetworkDeclaration.TargetGroup] {
        var groups: [NetworkDeclaration.TargetGroup] = []
        for (name, location, value) in try fields.named("target_groups") {
            let what = "target group '\(name)'"
            let group = try Fields(
                value, what, allowed: ["protocol", "port", "vpc", "target_type", "targets", "health_check"])
            let check = try group["health_check"].map { (node: YAMLNode) throws(ScenarioError) -> Fields in
                try Fields(
                    node, "the health check of \(what)",
                    allowed: [
                        "protocol", "port", "path", "interval", "timeout", "healthy_threshold", "unhealthy_threshold",
                    ])
            }
            var targets: [Named] = []
            if let node = group["targets"] {
                guard let elements = node.elements, elements.allSatisfy({ $0.scalar != nil }) else {
                    throw ScenarioError(
                        "expected a list of targets for \(what), found \(node.shape)", at: node.location)
                }
                targets = elements.map { Named(text: $0.scalar!, location: $0.location) }
            }
            groups.append(
                .init(
                    name: Named(text: name, location: location),
                    targetProtocol: try group.choice("protocol", protocols), port: try group.int("port"),
                    vpc: try group.string("vpc").map { Named(text: $0, location: group["vpc"]!.location) },
                    targetType: try group.choice("target_type", targetTypes) ?? "instance", targets: targets,
                    healthCheck: .init(
                        targetProtocol: try check?.choice("protocol", ["HTTP", "HTTPS", "TCP"]),
                        port: try check?.string("port"), path: try check?.string("path"),
                        interval: try check?.int("interval"), timeout: try check?.int("timeout"),
                        healthyThreshold: try check?.int("healthy_threshold"),
                        unhealthyThreshold: try check?.int("unhealthy_threshold")),
                    location: location))
        }
        return groups
    }
}

extension NetworkDeclaration {
    /// An ELB target group, built with the account's listeners.
    struct TargetGroup: Sendable {
        var name: Named
        var targetProtocol: String?
        var port: Int?
        /// The VPC by the scenario's name.
        var vpc: Named?
        var targetType: String
        /// Instance names, IP addresses, Lambda function ARNs or load balancer names.
        var targets: [Named]
        var healthCheck: HealthCheck
        var location: SourceLocation
    }

    /// A target group's health check; unset values take ELB's defaults.
    struct HealthCheck: Sendable {
        var targetProtocol: String?
        var port: String?
        var path: String?
        var interval: Int?
        var timeout: Int?
        var healthyThreshold: Int?
        var unhealthyThreshold: Int?
    }
}
