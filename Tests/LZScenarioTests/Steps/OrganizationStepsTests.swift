import Foundation
import LZReport
import LZScenario
import Testing

/// Steps that change the organization and Identity Center, with names for their IDs and ARNs,
/// and parameters read from files beside the scenario.
@Suite struct OrganizationStepsTests {
    static let foundation = """
        foundation:
          organization:
            management: management
            policy_types: [scp]
            policies:
              quarantine: { type: scp, document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "*", Resource: "*" }] } }
            root:
              units:
                Prod: { accounts: [prod] }
          identity_center:
            users: [ana]
            groups:
              builders: { members: [ana] }
            permission_sets:
              Builder: { inline_policy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "s3:*", Resource: "*" }] } }
            assignments:
              - { permission_set: Builder, groups: [builders], accounts: [prod] }

        """

    static func outcomes(_ checks: String, files: [String: String] = [:]) throws -> [String: CaseResult] {
        let run = try ScenarioFolder(files.merging(["s.yaml": foundation + checks]) { $1 }).run()
        return Dictionary(uniqueKeysWithValues: run.suites.flatMap(\.cases).map { ($0.name, $0) })
    }

    @Test("a vended account can be quarantined and released by policy ID names")
    func quarantine() throws {
        let cases = try Self.outcomes(
            """
            checks:
              - id: Q-1
                title: quarantine
                steps:
                  - { as: management/root, call: organizations:CreateAccount, with: { AccountName: new, Email: new@example.com }, save: new }
                  - { as: management/root, call: organizations:AttachPolicy, with: { PolicyId: "${policies.quarantine}", TargetId: "${steps.new}" } }
                  - { as: "${steps.new}/role/OrganizationAccountAccessRole", call: s3:CreateBucket, with: { Bucket: b-one }, expect: AccessDenied }
                  - { as: management/root, call: organizations:DetachPolicy, with: { PolicyId: "${policies.quarantine}", TargetId: "${steps.new}" } }
                  - { as: "${steps.new}/role/OrganizationAccountAccessRole", call: s3:CreateBucket, with: { Bucket: b-one } }
                  - { as: management/root, call: organizations:MoveAccount, with: { AccountId: "${steps.new}", SourceParentId: "${units.root}", DestinationParentId: "${units.Prod}" } }
            """)
        #expect(cases["Q-1 quarantine"]?.outcome == .passed, "\(String(describing: cases["Q-1 quarantine"]))")
    }

    @Test("permission sets change by name, with the new policy read from a file, and provisioning applies it")
    func permissionSetChange() throws {
        let cases = try Self.outcomes(
            """
            checks:
              - id: P-1
                title: builders lose s3
                steps:
                  - { as: prod/sso/Builder/ana, call: s3:CreateBucket, with: { Bucket: before } }
                  - as: management/root
                    call: sso:PutInlinePolicyToPermissionSet
                    with: { PermissionSetArn: "${permission_sets.Builder}", InlinePolicy: { file: policies/read-only.json } }
                  - { as: management/root, call: sso:ProvisionPermissionSet, with: { PermissionSetArn: "${permission_sets.Builder}", TargetType: ALL_PROVISIONED_ACCOUNTS } }
                  - { as: prod/sso/Builder/ana, call: s3:CreateBucket, with: { Bucket: after }, expect: AccessDenied }
              - id: P-2
                title: assignments come and go
                steps:
                  - as: management/root
                    call: sso:DeleteAccountAssignment
                    with: { TargetId: "${accounts.prod}", TargetType: AWS_ACCOUNT, PermissionSetArn: "${permission_sets.Builder}", PrincipalType: GROUP, PrincipalId: "${identity_store.groups.builders}" }
                  - as: management/root
                    call: sso:CreateAccountAssignment
                    with: { TargetId: "${accounts.prod}", TargetType: AWS_ACCOUNT, PermissionSetArn: "${permission_sets.Builder}", PrincipalType: USER, PrincipalId: "${identity_store.users.ana}" }
                  - { as: prod/sso/Builder/ana, call: s3:CreateBucket, with: { Bucket: again } }
            """,
            files: [
                "policies/read-only.json":
                    #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]}"#
            ])
        #expect(
            cases["P-1 builders lose s3"]?.outcome == .passed, "\(String(describing: cases["P-1 builders lose s3"]))")
        #expect(
            cases["P-2 assignments come and go"]?.outcome == .passed,
            "\(String(describing: cases["P-2 assignments come and go"]))")
    }

    static let badNames: [(reference: String, message: String, hint: String)] = [
        ("${policies.quarantin}", "no organization policy named 'quarantin' for ${policies.quarantin}", "quarantine"),
        ("${units.Prd}", "no OU named 'Prd' for ${units.Prd}", "Prod"),
        ("${permission_sets.Buildr}", "no permission set named 'Buildr'", "Builder"),
        ("${identity_store.groups.builder}", "no Identity Center group named 'builder'", "builders"),
        ("${identity_store.users.anna}", "no Identity Center user named 'anna'", "ana"),
    ]

    @Test("a name that is not there is an error naming the closest one", arguments: badNames)
    func badName(reference: String, message: String, hint: String) throws {
        let cases = try Self.outcomes(
            """
            checks:
              - id: B-1
                title: bad
                steps:
                  - { as: management/root, call: organizations:AttachPolicy, with: { PolicyId: "\(reference)", TargetId: "${accounts.prod}" } }
            """)
        guard case .errored(let problem) = cases["B-1 bad"]?.outcome else {
            Issue.record("\(reference) should be refused")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.details.contains("hint: did you mean '\(hint)'?"))
    }

    @Test("a parameter file that is missing is an error at the parameter")
    func missingParameterFile() throws {
        let cases = try Self.outcomes(
            """
            checks:
              - id: F-1
                title: missing
                steps:
                  - { as: management/root, call: sso:PutInlinePolicyToPermissionSet, with: { PermissionSetArn: x, InlinePolicy: { file: nowhere.json } } }
            """)
        let run = cases.values.first
        guard case .errored(let problem) = run?.outcome else {
            Issue.record("the missing file should be an error: \(String(describing: run))")
            return
        }
        #expect(
            problem.message.contains("cannot read policy file 'nowhere.json' for 'InlinePolicy'"), "\(problem.message)")
    }
}
