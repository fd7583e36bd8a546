import Foundation
import LZReport
import LZScenario
import Testing

/// Security group rules from IPv6 blocks: declared with `ipv6_cidr`, read by EC2.54 (and the
/// controls that mean "0.0.0.0/0 or ::/0"), matching IPv6 traffic only.
@Suite struct IPv6RuleTests {
    static func run(_ rule: String) throws -> [String: Outcome] {
        let yaml = """
            foundation:
              regions: [eu-west-1]
              accounts:
                a:
                  network:
                    vpcs:
                      app:
                        cidr: 10.1.0.0/16
                        security_groups:
                          admin: { ingress: [\(rule)] }
            checks:
              - { id: C-53, title: ipv4, control: EC2.53, scope: { resources: [a/security-group/admin] } }
              - { id: C-54, title: ipv6, control: EC2.54, scope: { resources: [a/security-group/admin] } }
              - { id: C-13, title: either, control: EC2.13, scope: { resources: [a/security-group/admin] } }

            """
        let run = try ScenarioFolder(["s.yaml": yaml]).run()
        return Dictionary(
            uniqueKeysWithValues: run.suites.flatMap(\.cases).map { (String($0.name.prefix(4)), $0.outcome) })
    }

    @Test("SSH from ::/0 fails EC2.54 and EC2.13, and passes EC2.53, which reads only 0.0.0.0/0")
    func sshFromAnywhereOverIPv6() throws {
        let outcomes = try Self.run("{ protocol: tcp, ports: 22, ipv6_cidr: \"::/0\" }")
        #expect(outcomes["C-53"] == .passed)
        guard case .failed(let problem) = outcomes["C-54"] else {
            Issue.record("EC2.54 should fail: \(outcomes)")
            return
        }
        #expect(problem.message.contains("::/0"))
        guard case .failed = outcomes["C-13"] else {
            Issue.record("EC2.13 should fail: \(outcomes)")
            return
        }
    }

    @Test("an IPv6 block EC2 would refuse is an error at the rule")
    func badBlock() throws {
        let outcomes = try Self.run("{ protocol: tcp, ports: 22, ipv6_cidr: \"::/129\" }")
        guard case .errored(let problem) = outcomes.values.first else {
            Issue.record("::/129 should be refused: \(outcomes)")
            return
        }
        #expect(problem.message.contains("Value (::/129) for parameter cidrIpv6 is invalid"), "\(problem.message)")
    }
}
