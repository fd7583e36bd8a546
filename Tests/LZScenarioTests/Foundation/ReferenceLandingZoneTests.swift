import Foundation
import LZReport
import LZScenario
import Testing

/// The flagship suite in `scenarios/reference-landing-zone/` holds: every check passes, the
/// what-if replay reports its findings as advice, and each check id of the catalogue is there.
@Suite struct ReferenceLandingZoneTests {
    static let suite = ScenarioFolder.repositoryScenarios.appendingPathComponent("reference-landing-zone")

    @Test("every check of the reference landing zone holds, and the what-if replay only advises")
    func holds() throws {
        let run = try ScenarioRunner().run(paths: [Self.suite.path])
        let outcomes = ScenarioFolder.outcomes(run)
        let problems = outcomes.filter { !["passed", "advisory", "skipped"].contains($0.value) }
        #expect(problems.isEmpty, "\(problems)")
        // Vacuous, as the catalogue says: no customer managed policy outside development that is
        // not a boundary, and no IAM user at all.
        #expect(
            outcomes.filter { $0.value == "skipped" }.keys.sorted() == [
                "ENC-10a No customer managed policy outside development allows decrypting with every key",
                "IAM-14 No IAM user has a console password without MFA, or old access keys",
            ])
        #expect(outcomes.count >= 500)
        let advisory = outcomes.filter { $0.value == "advisory" }.keys.sorted()
        #expect(
            advisory == [
                "IAM-09 Team A's development actions under production's guardrails [iam:CreateRole]",
                "IAM-09 Team A's development actions under production's guardrails [iam:PutRolePolicy]",
                "IAM-09 Team A's development actions under production's guardrails [kms:ScheduleKeyDeletion]",
                "IAM-09 Team A's development actions under production's guardrails [s3:PutBucketPolicy]",
            ])
    }

    @Test("the seed's 2020 policy allows the StackSet deletion its fix denies")
    func stackSetRegression() throws {
        let run = try ScenarioRunner().run(paths: [Self.suite.appendingPathComponent("stackset-regression.yaml").path])
        let cases = run.suites.flatMap(\.cases)
        #expect(
            cases.map(\.name).sorted() == [
                "IAM-06-2020 The 2020 policy's empty Region field lets builders delete StackSet stacks",
                "IAM-06-fixed The corrected policy denies the same deletion",
            ])
        #expect(ScenarioFolder.outcomes(run).values.allSatisfy { $0 == "passed" })
    }
}

/// The mutations in `scenarios/mutations/` each break the reference landing zone in one way,
/// and the reference suite notices every one of them, for the reason each names.
@Suite struct ReferenceMutationTests {
    static let mutations = ScenarioFolder.repositoryScenarios.appendingPathComponent("mutations")

    @Test("every mutation of the reference landing zone is caught, and nothing else breaks")
    func allCaught() throws {
        let run = try ScenarioRunner().run(paths: [Self.mutations.path])
        let outcomes = ScenarioFolder.outcomes(run)
        #expect(run.suites.count >= 25)
        #expect(outcomes.filter { $0.value != "passed" }.isEmpty, "\(outcomes.filter { $0.value != "passed" })")
    }

    @Test("a production bucket shared with the partner is named by statement, principal and actions")
    func bucketSharedOutside() throws {
        let run = try ScenarioRunner().run(paths: [
            Self.mutations.appendingPathComponent("prod-bucket-shared-outside.yaml").path
        ])
        let kill = try #require(run.suites.first?.cases.first { $0.name == "kills IAM-16d" })
        #expect(kill.outcome == .passed)
        #expect(kill.systemOut.contains("s3:GetObject, s3:ListBucket (names "))
    }

    @Test("detaching SCP-Baseline turns the root-user check red, naming the action allowed")
    func baselineDetached() throws {
        let run = try ScenarioRunner().run(paths: [
            Self.mutations.appendingPathComponent("scp-baseline-detached.yaml").path
        ])
        let kill = try #require(run.suites.first?.cases.first { $0.name == "kills IAM-01" })
        #expect(kill.outcome == .passed)
        #expect(
            kill.systemOut.contains(
                "[critical] The root user of a member account can do nothing, least of all create access keys: expected deny, got allow"
            ))
    }
}
