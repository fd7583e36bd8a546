import Foundation
import LZReport
import Testing

@testable import LZScenario

@Suite struct ReachCheckTests {
    /// Runs `checks` (a scenario's `checks:` list) against the spokes fixture's foundation.
    static func run(_ checks: String) throws -> TestRun {
        let foundation = try String(
            contentsOf: NetworkFixtures.folder.appendingPathComponent("spokes.yaml"), encoding: .utf8)
        let folder = try ScenarioFolder([
            "spokes.yaml": foundation, "checks.yaml": "include: [spokes.yaml]\nchecks:\n" + checks,
        ])
        return try folder.run(RunOptions(now: ScenarioDates.parse("2026-06-01")!))
    }

    /// Each testcase's outcome and, for failures and errors, its message.
    static func results(_ run: TestRun) -> [String: String] {
        var results: [String: String] = [:]
        for testcase in run.suites.flatMap(\.cases) {
            switch testcase.outcome {
            case .failed(let problem): results[testcase.name] = "failed: \(problem.message)"
            case .errored(let problem):
                results[testcase.name] = "error: \(([problem.message] + problem.details).joined(separator: "; "))"
            case .advisory(let problem): results[testcase.name] = "advisory: \(problem.message)"
            case .skipped(let skip): results[testcase.name] = "skipped: \(skip.message)"
            case .passed: results[testcase.name] = "passed"
            }
        }
        return results
    }

    @Test("reach checks pass, and fail with every block or with the path that contradicts them")
    func reach() throws {
        let run = try Self.run(
            """
              - id: R-1
                title: dev cannot reach prod
                reach: { from: { instance: dev/dev-app }, to: { instance: prod/prod-app }, ports: 443, expect: unreachable, blocked_by: [blackhole] }
              - id: R-2
                title: dev reaches prod
                severity: high
                reach: { from: { instance: dev/dev-app }, to: { instance: prod/prod-app }, ports: 443, expect: reachable }
              - id: R-3
                title: the bastion is closed to the internet
                reach: { from: internet, to: { instance: prod/bastion }, ports: 22, expect: unreachable }
              - id: R-4
                title: dev is stopped by a firewall
                reach: { from: { instance: dev/dev-app }, to: { instance: prod/prod-app }, ports: 443, expect: unreachable, blocked_by: [firewall] }
            """)
        let blocks =
            "BLACKHOLE_ROUTE at network/rt-dev: 10.5.0.0/16 -> blackhole (static, blackhole) in rt-dev; "
            + "NO_ROUTE_TO_DESTINATION at network/rt-dev: no route of rt-dev matches 10.5.0.4/32"
        #expect(
            Self.results(run) == [
                "R-1 dev cannot reach prod": "passed",
                "R-2 dev reaches prod":
                    "failed: [high] dev reaches prod: expected reachable, but dev/dev-app -> prod/prod-app tcp 443 is "
                    + "blocked: \(blocks)",
                "R-3 the bastion is closed to the internet":
                    "failed: [medium] the bastion is closed to the internet: expected unreachable, but the internet -> "
                    + "prod/bastion tcp 22 is reachable on 22: source internet -> internet gateway prod/prod-igw -> "
                    + "network ACL in prod/app/default: subnet prod/public-a -> security group in prod/bastion -> "
                    + "destination prod/bastion: 10.5.8.4",
                "R-4 dev is stopped by a firewall":
                    "failed: [medium] dev is stopped by a firewall: unreachable as expected, but not blocked by "
                    + "firewall: the blocks are \(blocks)",
            ])
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(problem.details.first?.hasSuffix("/checks.yaml:6") == true)
        #expect(
            problem.details.dropFirst() == [
                "question: dev/dev-app -> prod/prod-app tcp 443", "expected: reachable",
                "actual:   unreachable",
                "blocked: BLACKHOLE_ROUTE at network/rt-dev: 10.5.0.0/16 -> blackhole (static, blackhole) in rt-dev",
                "blocked: NO_ROUTE_TO_DESTINATION at network/rt-dev: no route of rt-dev matches 10.5.0.4/32",
            ])
    }

    @Test("exposure checks compare what the internet reaches with none or the exact list")
    func exposure() throws {
        let run = try Self.run(
            """
              - id: E-1
                title: nothing exposed in prod
                exposure: { in: { accounts_in: Prod }, ports: all, expect: none }
              - id: E-2
                title: the bastion is exposed on 22 and 443
                exposure:
                  in: { accounts: [prod] }
                  ports: [22, 443, 8443]
                  expect: [{ resource: prod/bastion, ports: 22 }, { resource: prod/bastion, ports: 443 }]
              - id: E-3
                title: the bastion is exposed on 8443 only
                exposure:
                  in: { accounts: [prod] }
                  ports: [22, 8443]
                  expect: [{ resource: prod/bastion, ports: 8443 }]
              - id: E-4
                title: development reaches nothing in production
                exposure: { from: { instance: dev/dev-app }, in: { accounts_in: Prod }, ports: all, expect: none }
            """)
        #expect(
            Self.results(run) == [
                "E-1 nothing exposed in prod":
                    "failed: [medium] nothing exposed in prod: exposed beyond expectation: prod/bastion tcp 22, 443",
                "E-2 the bastion is exposed on 22 and 443": "passed",
                "E-3 the bastion is exposed on 8443 only":
                    "failed: [medium] the bastion is exposed on 8443 only: exposed beyond expectation: prod/bastion "
                    + "tcp 22; expected but not exposed: prod/bastion tcp 8443",
                "E-4 development reaches nothing in production": "passed",
            ])
    }

    @Test("reach checks fan out with for_each, and take waivers, severities and overlays")
    func fanOut() throws {
        let run = try Self.run(
            """
              - id: F-1
                title: each environment's application reaches production's batch host
                for_each: { account: [dev, prod] }
                waiver: { reason: NET-123, until: 2099-01-01 }
                reach: { from: { instance: "${account}/${account}-app" }, to: { instance: prod/prod-batch }, ports: 443, expect: reachable }
              - id: F-2
                title: production's guardrails overlaid on dev change nothing in the network
                overlay: { attach: [{ policy: deny-network-changes, target: Dev }] }
                severity: info
                reach: { from: { instance: dev/dev-app }, to: { instance: prod/prod-app }, ports: 443, expect: reachable }
            """)
        let blocks =
            "BLACKHOLE_ROUTE at network/rt-dev: 10.5.0.0/16 -> blackhole (static, blackhole) in rt-dev; "
            + "NO_ROUTE_TO_DESTINATION at network/rt-dev: no route of rt-dev matches 10.5.0.5/32"
        #expect(
            Self.results(run) == [
                "F-1 each environment's application reaches production's batch host [prod]": "passed",
                "F-1 each environment's application reaches production's batch host [dev]":
                    "skipped: waived: NET-123 until 2099-01-01 (would fail: expected reachable, but dev/dev-app -> "
                    + "prod/prod-batch tcp 443 is blocked: \(blocks))",
                "F-2 production's guardrails overlaid on dev change nothing in the network":
                    "advisory: [info] production's guardrails overlaid on dev change nothing in the network: expected "
                    + "reachable, but dev/dev-app -> prod/prod-app tcp 443 is blocked: "
                    + "\(blocks.replacingOccurrences(of: "10.5.0.5", with: "10.5.0.4"))",
            ])
    }

    @Test("a check naming a network resource the foundation lacks is an error at the name, with a suggestion")
    func unknownNames() throws {
        let run = try Self.run(
            """
              - id: X-1
                title: misspelt instance
                reach: { from: { instance: dev/dev-ap }, to: internet, expect: unreachable }
              - id: X-2
                title: no account
                reach: { from: { instance: dev-app }, to: internet, expect: unreachable }
            """)
        #expect(
            Self.results(run) == [
                "X-1 misspelt instance":
                    "error: scenario error: no instance named 'dev-ap' in account 'dev'; hint: did you mean 'dev-app'?",
                "X-2 no account":
                    "error: scenario error: expected ACCOUNT/NAME for an instance in a check, found 'dev-app'; "
                    + "hint: did you mean 'dev/dev-app'?",
            ])
    }

    @Test("a misspelt block reason is refused when the file loads, with the reason it resembles")
    func misspeltBlockReason() throws {
        let run = try Self.run(
            """
              - id: B-1
                title: misspelt reason
                reach: { from: internet, to: { instance: prod/bastion }, expect: unreachable, blocked_by: [blackhol] }
            """)
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(
            problem.message.hasSuffix(
                "checks.yaml:5:96: expected a block reason such as BLACKHOLE_ROUTE or firewall in 'blocked_by', "
                    + "found 'blackhol'"), "\(problem.message)")
        #expect(problem.details == ["hint: did you mean 'blackhole'?"])
    }
}

@Suite struct NetworkSubstitutionTests {
    @Test("${vpcs.ACCOUNT/NAME} and its kin become IDs in strings, and an unknown name is an error with a suggestion")
    func substitution() throws {
        let foundation = try NetworkFixtures.foundation("spokes.yaml")
        let names = foundation.built.network
        #expect(
            try foundation.substitute("arn:aws:ec2:us-east-1:${accounts.prod}:vpc/${vpcs.prod/app}")
                == "arn:aws:ec2:us-east-1:\(try foundation.accountID("prod")):vpc/\(names.all(.vpc)["prod/app"]!)")
        #expect(try foundation.substitute("${instances.dev/dev-app}") == names.all(.instance)["dev/dev-app"])
        let error = try #require(throws: ScenarioError.self) { try foundation.substitute("${subnets.prod/app-b}") }
        #expect(error.message == "no subnet named 'app-b' in account 'prod'")
        #expect(error.hint == "did you mean 'prod/app-a'?")
    }
}
