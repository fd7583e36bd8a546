import Foundation
import LZReport
import LZSim
import Testing

@testable import LZScenario

/// Target groups declared beside load balancers: built through CreateTargetGroup and
/// RegisterTargets with the scenario's names, forwarded to by listeners, refused at their line.
@Suite struct TargetGroupDeclarationTests {
    static func foundation(groups: String, listeners: String) -> String {
        let indented = groups.split(separator: "\n").map { "          " + $0.drop { $0 == " " } }
        let inserted = ["        instances:", "          web-1: { subnet: a }", "        target_groups:"] + indented
        return ListenerTests.foundation(listeners: listeners).replacingOccurrences(
            of: "\n        load_balancers:\n",
            with: "\n" + inserted.joined(separator: "\n") + "\n        load_balancers:\n")
    }

    static let groups = """
        web: { protocol: HTTPS, port: 443, vpc: app, targets: [web-1], health_check: { path: /health, interval: 10, timeout: 5 } }
        plain: { protocol: HTTP, port: 80, vpc: app, target_type: ip, targets: [10.1.0.20] }
        """

    @Test("declared target groups are built with their targets, and listeners forward to them by name")
    func forwarding() throws {
        let foundation = try NetworkFixtures.build(
            Self.foundation(
                groups: Self.groups,
                listeners: """
                                      - { port: 443, protocol: HTTPS, certificate: site, target_group: web }
                                      - { port: 8443, protocol: HTTPS, certificate: site, target_group: plain }
                    """))
        let world = foundation.world
        let listeners = try world.listeners()
        let web = try #require(world.account("web")?.tls.targetGroups.values.first { $0.name == "web" })
        #expect(web.targets.map(\.id) == world.network.instances.values.map(\.instanceId))
        #expect(web.healthCheck.path == "/health" && web.healthCheck.intervalSeconds == 10)
        #expect(listeners.first { $0.port == 443 }?.targetGroupARNs == [web.arn])
        #expect(try world.listenersReencryptingToTargets().map(\.port) == [443])
        #expect(try world.listenersTerminatingToPlaintext().map(\.port) == [8443])
    }

    static let bad: [(groups: String, listener: String, message: String)] = [
        (
            "              web: { protocol: HTTPS, port: 443, vpc: app, targets: [web-2] }",
            "- { port: 443, protocol: HTTPS, certificate: site, target_group: web }",
            "no instance named 'web-2'"
        ),
        (
            "              web: { protocol: TCP, port: 443, vpc: app }",
            "- { port: 443, protocol: HTTPS, certificate: site, target_group: web }",
            "IncompatibleProtocols"
        ),
        (
            "              web: { protocol: HTTPS, port: 443, vpc: app }",
            "- { port: 443, protocol: HTTPS, certificate: site, target_group: wbe }",
            "no target group named 'wbe'"
        ),
        (
            "              web: { protocol: HTTPS, port: 443 }",
            "- { port: 80, protocol: HTTP }",
            "ValidationError"
        ),
        (
            "              web: { protocol: HTTPS, port: 443, vpc: app, targets: [8.8.8.8], target_type: ip }",
            "- { port: 80, protocol: HTTP }",
            "InvalidTarget"
        ),
        (
            "              web: { protocol: HTTPS, port: 443, vpc: app }",
            "- { port: 80, protocol: HTTP, target_group: web, default_action: redirect_to_https }",
            "or takes a 'default_action', not both"
        ),
    ]

    @Test("a target group or forward AWS or the format refuses is an error at its line", arguments: bad)
    func refused(groups: String, listener: String, message: String) throws {
        let text = Self.foundation(groups: groups, listeners: "                      " + listener)
        let error = #expect(throws: ScenarioError.self) { try NetworkFixtures.build(text) }
        #expect(error?.message.contains(message) == true, "\(error.map { "\($0)" } ?? "no error")")
    }
}
