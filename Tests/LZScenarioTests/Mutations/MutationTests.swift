import Foundation
import LZReport
import LZScenario
import Testing

/// Mutations break a suite's foundation on purpose and pass only when the suite notices: each
/// named check fails with the named text, and no other check fails.
@Suite struct MutationTests {
    /// A base suite that holds: Prod denies bucket deletion, and Prod's admins read objects.
    static let suite: [String: String] = [
        "base/guardrails.yaml": ScenarioFolder.organization.replacingOccurrences(
            of: "Prod: { accounts: [prod] }",
            with: "Prod: { accounts: [prod], policies: [FullAWSAccess, deny-s3-delete] }")
                + """
                checks:
                  - id: G-1
                    title: nobody deletes buckets in prod
                    access: { principal: prod/role/Admin, action: s3:DeleteBucket, resource: "arn:aws:s3:::b", expect: deny }
                  - id: G-2
                    title: prod admins read objects
                    access: { principal: prod/role/Admin, action: s3:GetObject, resource: "arn:aws:s3:::b/k", expect: allow }
                """,
        "base/foundation-only.yaml": "foundation: { regions: [eu-west-1] }\n",
    ]

    static func mutation(_ body: String) -> [String: String] {
        suite.merging(["mutations/m.yaml": "scenario: the mutation\n" + body]) { $1 }
    }

    static func cases(_ files: [String: String]) throws -> [String: CaseResult] {
        let run = try ScenarioFolder(files).run()
        let suite = try #require(run.suites.first { $0.name.hasSuffix("mutations.m") })
        return Dictionary(uniqueKeysWithValues: suite.cases.map { ($0.name, $0) })
    }

    @Test("the base suite holds before it is mutated")
    func baseHolds() throws {
        let outcomes = ScenarioFolder.outcomes(try ScenarioFolder(Self.suite).run())
        #expect(
            outcomes == ["G-1 nobody deletes buckets in prod": "passed", "G-2 prod admins read objects": "passed"])
    }

    @Test("a kill passes when its check fails with the named text, and shows that failure")
    func killed() throws {
        let cases = try Self.cases(
            Self.mutation(
                """
                mutation:
                  of: ../base
                  overlay: { detach: [{ policy: deny-s3-delete, target: Prod }] }
                  kills: [{ check: G-1, message: "expected deny, got allow" }]
                """))
        #expect(cases.keys.sorted() == ["kills G-1", "no other check fails"])
        #expect(cases["kills G-1"]?.outcome == .passed)
        #expect(cases["no other check fails"]?.outcome == .passed)
        #expect(
            cases["kills G-1"]?.systemOut
                == "[medium] nobody deletes buckets in prod: expected deny, got allow: Allowed")
    }

    @Test("a check that still holds is a surviving mutation, and so is one failing for another reason")
    func survivors() throws {
        let holds = try Self.cases(
            Self.mutation(
                """
                mutation:
                  of: ../base
                  overlay: { attach: [{ policy: deny-s3-delete, target: Dev }] }
                  kills:
                    - { check: G-1 }
                """))
        guard case .failed(let survivor) = holds["kills G-1"]?.outcome else {
            Issue.record("G-1 should survive: \(String(describing: holds["kills G-1"]))")
            return
        }
        #expect(survivor.message == "[high] the mutation: G-1 still holds with this mutation (1 testcase passed)")
        #expect(survivor.location?.line == 6)
        let otherReason = try Self.cases(
            Self.mutation(
                """
                mutation:
                  of: ../base
                  overlay: { detach: [{ policy: deny-s3-delete, target: Prod }] }
                  kills: [{ check: G-1, message: "explicit" }]
                """))
        guard case .failed(let wrongReason) = otherReason["kills G-1"]?.outcome else {
            Issue.record("G-1 fails for another reason")
            return
        }
        #expect(
            wrongReason.message.hasPrefix(
                "[high] the mutation: G-1 fails, but no failure mentions 'explicit': [medium] nobody deletes buckets"))
    }

    @Test("checks that fail without being named are listed as collateral")
    func collateral() throws {
        let cases = try Self.cases(
            Self.mutation(
                """
                mutation:
                  of: ../base/guardrails.yaml
                  changes:
                    - { as: prod/root, call: iam:DetachRolePolicy, with: { RoleName: Admin, PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" } }
                  kills: [{ check: G-1 }]
                """))
        guard case .failed = cases["kills G-1"]?.outcome else {
            Issue.record("G-1 still holds, since the SCP still denies")
            return
        }
        guard case .failed(let problem) = cases["no other check fails"]?.outcome else {
            Issue.record("G-2 fails")
            return
        }
        #expect(problem.message == "[high] the mutation: checks the mutation does not name fail too: G-2")
        #expect(problem.details.contains("hint: name them under 'kills' if the mutation should break them"))
    }

    @Test("an account a change creates is in scope like the scenario's own, under its AWS name")
    func createdAccount() throws {
        var files = Self.mutation(
            """
            mutation:
              of: ../base
              changes:
                - { as: management/root, call: organizations:CreateAccount, with: { AccountName: stray, Email: stray@example.com } }
              kills: [{ check: O-1, message: "sits directly under the root" }]
            """)
        files["base/accounts.yaml"] =
            ScenarioFolder.organization + """
                checks:
                  - id: O-1
                    title: every account is in an OU
                    assert: { resources: organizations:account, in: { accounts_in: root }, expect: { ou: any } }

                """
        let cases = try Self.cases(files)
        #expect(cases["kills O-1"]?.outcome == .passed)
        #expect(cases["kills O-1"]?.systemOut.contains("sits directly under the root") == true)
    }

    @Test("a kill naming no replayed check is an error with the closest id")
    func unknownCheck() throws {
        let cases = try Self.cases(
            Self.mutation(
                """
                mutation:
                  of: ../base
                  overlay: { detach: [{ policy: deny-s3-delete, target: Prod }] }
                  kills: [{ check: G-1 }, { check: G-3 }]
                """))
        guard case .errored(let problem) = cases["kills G-3"]?.outcome else {
            Issue.record("G-3 names no check")
            return
        }
        #expect(problem.message.contains("m.yaml:5:36: no check 'G-3' in the scenarios this mutation replays"))
        #expect(problem.details.contains { $0.hasPrefix("hint: did you mean 'G-") })
    }

    @Test("a change that AWS refuses stops the mutation at the change's line")
    func refusedChange() throws {
        let cases = try Self.cases(
            Self.mutation(
                """
                mutation:
                  of: ../base
                  changes:
                    - { as: dev/role/Admin, call: iam:DetachRolePolicy, with: { RoleName: Missing, PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" } }
                  kills: [{ check: G-1 }]
                """))
        guard case .errored(let problem) = cases["kills G-1"]?.outcome else {
            Issue.record("the change fails")
            return
        }
        #expect(
            problem.message.contains("m.yaml:5:7: a change did not go as written: expected success, got NoSuchEntity"))
    }

    static let badMutations: [(body: String, message: String)] = [
        ("mutation: { of: ../base, kills: [{ check: G-1 }] }", "the mutation needs what it breaks"),
        ("mutation: { overlay: { detach: [] }, kills: [{ check: G-1 }] }", "the mutation needs 'of'"),
        ("mutation: { of: ../base, overlay: { detach: [] } }", "the mutation needs 'kills'"),
        ("mutation: { of: ../../../x, overlay: { detach: [] }, kills: [{ check: G-1 }] }", "leaves the suite's folder"),
        (
            "mutation: { of: ../base, overlay: { detach: [] }, kills: [{ check: G-1 }] }\nchecks: []",
            "a mutation replays the checks of the scenarios it names, and has none of its own"
        ),
    ]

    @Test("a mutation that says too little, or too much, is an error at its place", arguments: badMutations)
    func badMutation(body: String, message: String) throws {
        let run = try ScenarioFolder(Self.mutation(body)).run()
        let suite = try #require(run.suites.first { $0.name.hasSuffix("mutations.m") })
        let problem = try #require(ScenarioFolder.firstProblem(TestRun(suites: [suite])))
        #expect(problem.message.contains(message), "\(problem.message)")
    }
}
