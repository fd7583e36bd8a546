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

    @Test("assert reads each listener's encryption to its targets, named BALANCER:PORT")
    func assertToTargets() throws {
        let text =
            Self.foundation(
                groups: Self.groups,
                listeners: """
                                      - { port: 443, protocol: HTTPS, certificate: site, target_group: web, ssl_policy: ELBSecurityPolicy-TLS13-1-2-2021-06 }
                                      - { port: 8443, protocol: HTTPS, certificate: site, target_group: plain, ssl_policy: ELBSecurityPolicy-TLS-1-0-2015-04 }
                                      - { port: 80, protocol: HTTP, default_action: redirect_to_https }
                    """)
                + """
                checks:
                  - { id: E-1, title: end to end, assert: { resources: elasticloadbalancing:listener, exclude: ["front:80"], expect: { to_targets: REENCRYPTED, allows_legacy_tls: false } } }
                  - { id: E-2, title: redirect, assert: { resources: elasticloadbalancing:listener, exclude: ["front:443", "front:8443"], expect: { to_targets: NONE, protocol: HTTP, ssl_policy: NONE } } }

                """
        let cases = try ScenarioFolder(["s.yaml": text]).run().suites.flatMap(\.cases)
        let byName = Dictionary(uniqueKeysWithValues: cases.map { ($0.name, $0.outcome) })
        #expect(byName.keys.contains { $0.contains("web/listener/front:443") }, "\(byName.keys.sorted())")
        let failing = cases.filter {
            if case .failed = $0.outcome { return true }
            return false
        }
        #expect(failing.count == 1, "\(cases.map { "\($0.name): \($0.outcome)" })")
        guard case .failed(let problem) = failing.first?.outcome else { return }
        #expect(failing.first?.name.contains("front:8443") == true)
        #expect(problem.message.contains("to_targets is TERMINATED, expected REENCRYPTED"), "\(problem.message)")
        #expect(problem.message.contains("allows_legacy_tls is true, expected false"), "\(problem.message)")
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
