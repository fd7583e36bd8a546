import Foundation
import LZReport
import LZScenario
import Testing

/// Accounts outside the organization, multi-Region replicas with their aliases, rotation
/// periods, the organization's ID in strings, and checks fanned out over several resources.
@Suite struct FoundationOptionsTests {
    static let trustManagement =
        #"{ Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.management}:root" }, Action: "sts:AssumeRole" }] }"#

    static let foundation = """
        foundation:
          regions: [eu-west-1, eu-central-1]
          organization:
            management: management
            root:
              units:
                Prod: { accounts: [prod] }
          accounts:
            partner:
              outside_organization: true
              iam:
                roles:
                  Deployer:
                    trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.partner}:root" }, Action: "sts:AssumeRole" }] }
                    managed_policies: [AdministratorAccess]
            prod:
              iam:
                roles:
                  Admin:
                    trust: \(trustManagement)
                    managed_policies: [AdministratorAccess]
                  Deploy:
                    trust:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Principal: { AWS: "*" }
                          Action: sts:AssumeRole
                          Condition: { StringEquals: { "aws:PrincipalOrgID": "${organization.id}" } }
                    managed_policies: [ReadOnlyAccess]
              kms:
                keys:
                  data:
                    alias: alias/prod/data
                    rotation: true
                    rotation_period_days: 180
                    replicas: [eu-central-1]

        """

    @Test("an account outside the organization is refused by an organization-only trust policy")
    func outsideOrganization() throws {
        let folder = try ScenarioFolder([
            "s.yaml": Self.foundation + """
                checks:
                  - id: O-1
                    title: members assume the deploy role
                    steps:
                      - { as: prod/role/Admin, call: sts:AssumeRole, with: { RoleArn: "arn:aws:iam::${accounts.prod}:role/Deploy", RoleSessionName: release } }
                  - id: O-2
                    title: the partner cannot
                    steps:
                      - { as: partner/role/Deployer, call: sts:AssumeRole, with: { RoleArn: "arn:aws:iam::${accounts.prod}:role/Deploy", RoleSessionName: release }, expect: AccessDenied }
                """
        ])
        let outcomes = ScenarioFolder.outcomes(try folder.run())
        #expect(
            outcomes == ["O-1 members assume the deploy role": "passed", "O-2 the partner cannot": "passed"],
            "\(outcomes)")
    }

    @Test("an account declared outside the organization cannot also be placed in an OU")
    func outsideAndPlaced() throws {
        let folder = try ScenarioFolder([
            "s.yaml": """
            foundation:
              organization:
                management: management
                root: { units: { Prod: { accounts: [partner] } } }
              accounts:
                partner: { outside_organization: true }
            checks:
              - { id: C-1, title: t, access: { principal: partner/root, action: s3:GetObject, expect: allow } }
            """
        ])
        let problem = try #require(ScenarioFolder.firstProblem(try folder.run()))
        #expect(
            problem.message.contains(
                "account 'partner' is declared outside_organization, so it cannot be placed in OU 'Prod'"))
        #expect(problem.location?.line == 4)
    }

    @Test("a replica gets the primary's key policy and its alias in the replica's Region")
    func replicas() throws {
        let folder = try ScenarioFolder([
            "s.yaml": Self.foundation + """
                checks:
                  - id: R-1
                    title: the replica answers by alias in the DR Region
                    steps:
                      - { as: prod/role/Admin, request: { region: eu-central-1 }, call: kms:DescribeKey, with: { KeyId: alias/prod/data } }
                      - { as: prod/role/Admin, request: { region: eu-central-1 }, call: kms:Encrypt, with: { KeyId: alias/prod/data, Plaintext: x } }
                      - { as: prod/role/Admin, request: { region: eu-central-1 }, call: kms:Encrypt, with: { KeyId: "${keys.prod.data}", Plaintext: x }, expect: NotFoundException }
                """
        ])
        let outcomes = ScenarioFolder.outcomes(try folder.run())
        #expect(outcomes == ["R-1 the replica answers by alias in the DR Region": "passed"], "\(outcomes)")
    }

    @Test("a rotation period needs rotation, and replicas need a multi-Region key")
    func keyOptionErrors() throws {
        let folder = try ScenarioFolder([
            "period.yaml": """
            foundation:
              accounts:
                a:
                  kms:
                    keys:
                      k: { rotation_period_days: 90 }
            checks:
              - { id: C-1, title: t, access: { principal: a/root, action: s3:GetObject, expect: allow } }
            """,
            "replica.yaml": """
            foundation:
              accounts:
                a:
                  kms:
                    keys:
                      k: { multi_region: false, replicas: [eu-west-1] }
            checks:
              - { id: C-1, title: t, access: { principal: a/root, action: s3:GetObject, expect: allow } }
            """,
        ])
        let run = try folder.run()
        let problems = Dictionary(
            uniqueKeysWithValues: run.suites.compactMap { suite -> (String, Problem)? in
                guard case .errored(let problem) = suite.cases.first?.outcome else { return nil }
                return (suite.name, problem)
            })
        #expect(
            problems["period"]?.message.contains("key 'k' sets rotation_period_days, which needs rotation: true")
                == true)
        #expect(problems["period"]?.location?.line == 6)
        #expect(problems["replica"]?.message.contains("key 'k' has replicas, so it must be multi-Region") == true)
    }

    @Test("several resources fan out into one testcase each, and variables nest inside names")
    func resourceFanOut() throws {
        let folder = try ScenarioFolder([
            "s.yaml": Self.foundation + """
                checks:
                  - id: F-1
                    title: admins use their own account's key
                    for_each: { account: [prod] }
                    access:
                      principal: ${account}/role/Admin
                      action: kms:DescribeKey
                      resource: ["${keys.${account}.data}", "*"]
                      expect: allow
                """
        ])
        let run = try folder.run()
        let names = run.suites.flatMap(\.cases).map(\.name)
        #expect(names.count == 2)
        #expect(names.contains("F-1 admins use their own account's key [prod *]"))
        #expect(names.contains { $0.hasPrefix("F-1 admins use their own account's key [prod arn:aws:kms:eu-west-1:") })
        #expect(ScenarioFolder.outcomes(run).values.allSatisfy { $0 == "passed" })
    }
}

/// Scenario files that share a foundation through includes alone build it once per run, and
/// share its failure too.
@Suite struct SharedFoundationTests {
    @Test("two scenarios including a broken foundation both report it at the foundation's line")
    func sharedFailure() throws {
        let check = """
            checks:
              - { id: C-1, title: t, access: { principal: a/root, action: s3:GetObject, expect: allow } }
            """
        let folder = try ScenarioFolder([
            "foundation.yaml": "foundation:\n  accounts:\n    a:\n      kms: { keys: { k: { spec: RSA_9 } } }\n",
            "one.yaml": "include: [foundation.yaml]\n" + check,
            "two.yaml": "include: [foundation.yaml]\n" + check,
        ])
        let run = try folder.run()
        #expect(run.suites.count == 2)
        for suite in run.suites {
            guard case .errored(let problem) = suite.cases.first?.outcome else {
                Issue.record("\(suite.name) should report the broken foundation")
                continue
            }
            #expect(problem.message.contains("foundation.yaml:4:"))
            #expect(problem.message.contains("expected one of"))
        }
    }
}
