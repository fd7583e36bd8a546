import Foundation
import LZReport
import LZScenario
import Testing

@Suite struct ScenarioRunTests {
    @Test("the example suites in scenarios/examples hold")
    func examples() throws {
        let run = try ScenarioRunner().run(paths: [
            ScenarioFolder.repositoryScenarios.appendingPathComponent("examples").path
        ])
        let outcomes = ScenarioFolder.outcomes(run)
        #expect(run.suites.count == 8)
        #expect(outcomes.count >= 20)
        #expect(outcomes.values.allSatisfy { $0 == "passed" }, "\(outcomes.filter { $0.value != "passed" })")
    }

    @Test("access checks pass and fail with the deciding policy in the explanation")
    func accessChecks() throws {
        let folder = try ScenarioFolder([
            "guardrail.yaml": ScenarioFolder.organization + """
                checks:
                  - id: A-1
                    title: dev may delete buckets
                    access: { principal: dev/role/Admin, action: s3:DeleteBucket, resource: "arn:aws:s3:::b", expect: allow }
                  - id: A-2
                    title: wrongly expected denial
                    severity: critical
                    access: { principal: dev/role/Admin, action: s3:GetObject, resource: "arn:aws:s3:::b/k", expect: deny }
                """
        ])
        let run = try folder.run()
        #expect(
            ScenarioFolder.outcomes(run) == [
                "A-1 dev may delete buckets": "passed", "A-2 wrongly expected denial": "failed",
            ])
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(problem.message.hasPrefix("[critical] wrongly expected denial: expected deny, got allow"))
        #expect(problem.location?.line == 32)
    }

    @Test("a broken file becomes an error testcase at its line, and the other files still run")
    func brokenFileNextToGoodOnes() throws {
        let folder = try ScenarioFolder([
            "a-good.yaml": ScenarioFolder.organization + """
                checks:
                  - id: G-1
                    title: prod admins read
                    access: { principal: prod/role/Admin, action: s3:GetObject, resource: "*", expect: allow }
                """,
            "b-broken.yaml": """
            checks:
              - id: B-1
                titel: misspelt
                access: { principal: x/root, action: s3:GetObject, expect: allow }
            """,
        ])
        let run = try folder.run()
        #expect(run.suites.count == 2)
        let broken = try #require(run.suites.first { $0.name.hasSuffix("b-broken") })
        guard case .errored(let problem) = broken.cases.first?.outcome else {
            Issue.record("expected an error testcase, got \(String(describing: broken.cases.first?.outcome))")
            return
        }
        #expect(problem.message.contains("b-broken.yaml:3:5: unknown key 'titel' in a check"))
        #expect(problem.details == ["hint: did you mean 'title'?"])
        #expect(ScenarioFolder.outcomes(run)["G-1 prod admins read"] == "passed")
    }

    @Test("steps save sessions for later steps and expect AWS's error codes")
    func steps() throws {
        let folder = try ScenarioFolder([
            "steps.yaml": ScenarioFolder.organization + """
                checks:
                  - id: S-1
                    title: the management root cannot assume roles, an admin user can
                    steps:
                      - as: management/root
                        call: sts:AssumeRole
                        with: { RoleArn: "arn:aws:iam::${accounts.prod}:role/Admin" }
                        expect: AccessDenied
                      - as: prod/role/Admin
                        call: iam:CreateUser
                        with: { UserName: operator }
                        save: operator
                  - id: S-2
                    title: a step that does not meet its expectation fails at its line
                    steps:
                      - as: prod/role/Admin
                        call: iam:CreateUser
                        with: { UserName: second }
                        expect: AccessDenied
                """
        ])
        let run = try folder.run()
        #expect(
            ScenarioFolder.outcomes(run)["S-1 the management root cannot assume roles, an admin user can"] == "passed")
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(problem.message.contains("expected AccessDenied, but the call succeeded"))
        #expect(problem.location?.line == 43)
    }

    @Test("an overlay checks a what-if variant without changing the foundation for other checks")
    func overlay() throws {
        let folder = try ScenarioFolder([
            "overlay.yaml": ScenarioFolder.organization + """
                checks:
                  - id: O-1
                    title: with the SCP on Prod, deletes are denied
                    overlay: { attach: [{ policy: deny-s3-delete, target: Prod }] }
                    access: { principal: prod/role/Admin, action: s3:DeleteBucket, resource: "*", expect: deny, by: deny-s3-delete }
                  - id: O-2
                    title: without it, they are allowed
                    access: { principal: prod/role/Admin, action: s3:DeleteBucket, resource: "*", expect: allow }
                """
        ])
        #expect(ScenarioFolder.outcomes(try folder.run()).values.allSatisfy { $0 == "passed" })
    }

    @Test("a waiver skips a failing check until it expires, then the failure shows")
    func waivers() throws {
        let folder = try ScenarioFolder([
            "waiver.yaml": ScenarioFolder.organization + """
                checks:
                  - id: W-1
                    title: waived failure
                    waiver: { reason: W-12, until: 2026-03-01 }
                    access: { principal: prod/role/Admin, action: s3:GetObject, resource: "*", expect: deny }
                """
        ])
        let before = try folder.run(RunOptions(now: ScenarioDatesForTests.date("2026-02-01")))
        guard case .skipped(let skip) = before.suites[0].cases[0].outcome else {
            Issue.record("expected a skip before expiry")
            return
        }
        #expect(skip.message.hasPrefix("waived: W-12 until 2026-03-01 (would fail: expected deny, got allow"))
        let after = try folder.run(RunOptions(now: ScenarioDatesForTests.date("2026-03-02")))
        #expect(ScenarioFolder.outcomes(after) == ["W-1 waived failure": "failed"])
    }

    @Test("for_each fans a check out per account of an OU, sorted, each a testcase")
    func forEach() throws {
        let folder = try ScenarioFolder([
            "fan.yaml": ScenarioFolder.organization + """
                checks:
                  - id: F-1
                    title: admins everywhere read
                    for_each: { account: [prod, dev] }
                    access: { principal: "${account}/role/Admin", action: s3:GetObject, resource: "*", expect: allow }
                """
        ])
        let names = try folder.run().suites[0].cases.map(\.name)
        #expect(names == ["F-1 admins everywhere read [dev]", "F-1 admins everywhere read [prod]"])
    }

    @Test("shards split scenario files round-robin, and together they are the whole run")
    func shards() throws {
        var files: [String: String] = [:]
        for number in 1...5 {
            files["s\(number).yaml"] =
                ScenarioFolder.organization + """
                    checks:
                      - { id: C-\(number), title: check \(number), access: { principal: dev/root, action: s3:GetObject, resource: "*", expect: allow } }
                    """
        }
        let folder = try ScenarioFolder(files)
        let whole = try folder.run().suites.map(\.name)
        let shards = try (1...2).map { index in try folder.run(RunOptions(shard: (index, 2))).suites.map(\.name) }
        #expect(shards[0].count == 3 && shards[1].count == 2)
        #expect((shards[0] + shards[1]).sorted() == whole.sorted())
    }

    @Test("assert checks each selected resource, one testcase each, and names what does not hold")
    func assertions() throws {
        let folder = try ScenarioFolder([
            "assert.yaml": ScenarioFolder.organization + """
                checks:
                  - id: R-1
                    title: no admin roles outside Prod
                    assert:
                      resources: iam:role
                      in: { accounts_in: Dev }
                      expect: { managed_policies_exclude: [AdministratorAccess], boundary: none }
                  - id: R-2
                    title: nothing to check in an empty OU
                    assert: { resources: iam:user, in: { accounts: [prod] }, expect: { mfa: true } }
                """
        ])
        let run = try folder.run()
        let outcomes = ScenarioFolder.outcomes(run)
        #expect(outcomes["R-1 no admin roles outside Prod [dev/role/Admin]"] == "failed")
        #expect(outcomes["R-1 no admin roles outside Prod [dev/role/OrganizationAccountAccessRole]"] == "failed")
        #expect(outcomes["R-2 nothing to check in an empty OU"] == "skipped")
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(problem.message.contains("has managed policies AdministratorAccess"))
    }
}

enum ScenarioDatesForTests {
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)!
    }
}
