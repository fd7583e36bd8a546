import Foundation
import LZReport
import LZScenario
import Testing

/// Load balancer listeners in a foundation: built after the certificates they serve, checked by
/// ELB as it would, and seen by the ELB controls and by ACM's renewal.
@Suite struct ListenerTests {
    static func foundation(listeners: String) -> String {
        """
        foundation:
          regions: [eu-west-1]
          accounts:
            web:
              route53: { zones: { example.com: {} } }
              acm: { certificates: { site: { domain: www.example.com } } }
              network:
                vpcs:
                  app:
                    cidr: 10.1.0.0/16
                    internet_gateway: igw
                    subnets:
                      a: { zone: eu-west-1a, cidr: 10.1.0.0/24 }
                      b: { zone: eu-west-1b, cidr: 10.1.1.0/24 }
                    route_tables:
                      public: { subnets: [a, b], routes: [{ destination: 0.0.0.0/0, internet_gateway: true }] }
                    security_groups:
                      alb: { ingress: [{ protocol: tcp, ports: 443, cidr: 0.0.0.0/0 }] }
                load_balancers:
                  front:
                    subnets: [a, b]
                    security_groups: [alb]
                    listeners:
        \(listeners)

        """
    }

    static func cases(listeners: String, checks: String) throws -> [CaseResult] {
        try ScenarioFolder(["s.yaml": foundation(listeners: listeners) + "checks:\n" + checks]).run().suites
            .flatMap(\.cases)
    }

    @Test("listeners serve the account's certificate, which is then in use and renewal-eligible")
    func listenersBuild() throws {
        let cases = try Self.cases(
            listeners: """
                              - { port: 443, protocol: HTTPS, certificate: site, ssl_policy: ELBSecurityPolicy-TLS13-1-2-2021-06 }
                              - { port: 80, protocol: HTTP, default_action: redirect_to_https }
                """,
            checks: """
                  - { id: L-1, title: in use, assert: { resources: acm:certificate, expect: { in_use: true, renewal_eligibility: ELIGIBLE } } }
                  - { id: L-2, title: redirect, control: ELB.1 }
                  - { id: L-3, title: policy, control: ELB.17 }
                """)
        #expect(cases.allSatisfy { $0.outcome == .passed }, "\(cases.map { "\($0.name): \($0.outcome)" })")
        #expect(cases.count == 3)
    }

    @Test(
        "assert reads ACM's RenewalSummary: SUCCESS while the CNAME stays, PENDING_VALIDATION then FAILED once it is gone"
    )
    func renewalStatus() throws {
        let listeners = "                      - { port: 443, protocol: HTTPS, certificate: site }"
        let checks = """
              - { id: R-NOW, title: no renewal yet, assert: { resources: acm:certificate, expect: { renewal_status: NONE } } }
              - { id: R-WINDOW, title: renewing, at: +340d, assert: { resources: acm:certificate, expect: { renewal_status: SUCCESS, renewal_status_reason: NONE } } }
            """
        let kept = try Self.cases(listeners: listeners, checks: checks)
        #expect(kept.allSatisfy { $0.outcome == .passed }, "\(kept.map { "\($0.name): \($0.outcome)" })")
        let removed = try ScenarioFolder([
            "s.yaml": Self.foundation(listeners: listeners).replacingOccurrences(
                of: "{ site: { domain: www.example.com } }",
                with: "{ site: { domain: www.example.com, validation_record: removed } }")
                + "checks:\n"
                    + """
                      - { id: R-PENDING, title: waiting, at: +340d, assert: { resources: acm:certificate, expect: { renewal_status: PENDING_VALIDATION, status: ISSUED } } }
                      - { id: R-FAILED, title: failed, at: +400d, assert: { resources: acm:certificate, expect: { renewal_status: FAILED, status: EXPIRED } } }
                      - { id: R-WRONG, title: wrong, at: +340d, assert: { resources: acm:certificate, expect: { renewal_status: SUCCESS } } }
                    """
        ]).run().suites.flatMap(\.cases)
        let outcomes = Dictionary(uniqueKeysWithValues: removed.map { ($0.name.split(separator: " ")[0], $0) })
        #expect(outcomes["R-PENDING"]?.outcome == .passed)
        #expect(outcomes["R-FAILED"]?.outcome == .passed)
        guard case .failed(let problem) = outcomes["R-WRONG"]?.outcome else {
            Issue.record("R-WRONG should fail: \(removed)")
            return
        }
        #expect(
            problem.message.contains("renewal_status is PENDING_VALIDATION, expected SUCCESS"), "\(problem.message)")
    }

    @Test("an HTTP listener that does not redirect fails ELB.1")
    func noRedirect() throws {
        let cases = try Self.cases(
            listeners: "                      - { port: 80, protocol: HTTP }",
            checks: "  - { id: L-1, title: redirect, control: ELB.1 }\n")
        guard case .failed(let problem) = cases.first?.outcome else {
            Issue.record("ELB.1 should fail: \(cases)")
            return
        }
        #expect(problem.message.hasPrefix("[medium] ELB.1: "))
    }

    static let badListeners: [(listener: String, message: String)] = [
        ("{ port: 443, protocol: HTTPS }", "an HTTPS listener of load balancer 'front' needs 'certificate'"),
        (
            "{ port: 80, protocol: HTTP, certificate: site }",
            "a HTTP listener serves no certificate; found 'certificate: site'"
        ),
        ("{ port: 443, protocol: HTTPS, certificate: sight }", "no certificate named 'sight'"),
        ("{ port: 443, protocol: HTTPX, certificate: site }", "HTTPX"),
        ("{ port: 443, protocol: HTTPS, certificate: site, ssl_policy: NoSuchPolicy }", "NoSuchPolicy"),
    ]

    @Test("a listener ELB or the format refuses is an error at its line", arguments: badListeners)
    func badListener(listener: String, message: String) throws {
        let cases = try Self.cases(
            listeners: "                      - \(listener)",
            checks: "  - { id: L-1, title: t, control: ELB.1 }\n")
        guard case .errored(let problem) = cases.first?.outcome else {
            Issue.record("\(listener) should be refused: \(cases)")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.message.contains("s.yaml:24:"), "\(problem.message)")
    }
}
