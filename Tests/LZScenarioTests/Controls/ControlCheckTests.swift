import Foundation
import LZReport
import LZSim
import Testing

@testable import LZScenario

/// `control:` and `framework:` checks in a scenario, end to end: testcases per resource, failure
/// messages and bodies, skips, properties, scope, parameters, and errors at their lines.
@Suite struct ControlCheckTests {
    static let foundation = """
        foundation:
          regions: [eu-west-1]
          organization:
            management: management
            policy_types: [scp]
            root:
              policies: [FullAWSAccess]
              units:
                Workloads:
                  policies: [FullAWSAccess, no-leaving]
                  accounts: [dev, prod]
            policies:
              no-leaving:
                type: scp
                document:
                  Version: "2012-10-17"
                  Statement: [{ Sid: NoLeaving, Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*" }]
          accounts:
            dev:
              kms:
                keys:
                  scratch: { alias: alias/scratch }
            prod:
              kms:
                keys:
                  data: { alias: alias/data, rotation: true }

        """

    static func run(_ checks: String) throws -> (TestRun, [CaseResult]) {
        let folder = try ScenarioFolder(["controls.yaml": foundation + "checks:\n" + checks])
        let run = try folder.run()
        return (run, run.suites.flatMap(\.cases))
    }

    @Test("a control fans out into one testcase per resource, named by the resource")
    func fanOut() throws {
        let (_, cases) = try Self.run("  - control: KMS.4\n")
        #expect(
            cases.map(\.name) == [
                "KMS.4 AWS KMS key rotation should be enabled [dev/key/scratch]",
                "KMS.4 AWS KMS key rotation should be enabled [prod/key/data]",
            ])
        guard case .failed(let problem) = cases[0].outcome else {
            Issue.record("expected a failure, got \(cases[0].outcome)")
            return
        }
        #expect(problem.message == "[medium] KMS.4: key scratch does not rotate automatically")
        #expect(
            problem.details[1...3] == [
                "resource: dev/key/scratch (\(problem.details[1].split(separator: "(")[1].dropLast()))",
                "expected: automatic key rotation enabled", "actual: key scratch does not rotate automatically",
            ])
        #expect(
            problem.details[4] == "control: KMS.4 AWS KMS key rotation should be enabled (fsbp:KMS.4, cis_v300:3.6)")
        #expect(problem.details[5] == "remediation: Turn on automatic rotation with EnableKeyRotation")
        #expect(problem.location?.line == 28)
        #expect(cases[1].outcome == .passed)
        let properties = cases[1].properties.map { "\($0.name)=\($0.value)" }
        #expect(
            properties == [
                "lzsim.check=KMS.4", "lzsim.severity=medium", "lzsim.service=kms", "lzsim.resource=prod/key/data",
                "lzsim.control=fsbp:KMS.4", "lzsim.control.2=cis_v300:3.6",
            ])
    }

    @Test("a control with nothing in scope is one skipped testcase saying what it needs")
    func notApplicable() throws {
        let (_, cases) = try Self.run("  - control: RDS.3\n")
        #expect(cases.map(\.name) == ["RDS.3 RDS DB instances should have encryption at-rest enabled"])
        #expect(
            cases[0].outcome
                == .skipped(
                    Skip(.notApplicable, "no AWS::RDS::DBInstance in scope (the control needs RDS DB instances)")))
    }

    @Test("scope narrows to accounts, OUs and tags; id, title and severity override the control's")
    func scope() throws {
        let (_, cases) = try Self.run(
            """
              - id: ENC-01
                title: Production keys rotate
                severity: high
                control: KMS.4
                scope: { accounts: [prod] }
              - control: KMS.3
                scope: { accounts_in: [Workloads], tags: { team: payments } }

            """)
        #expect(
            cases.map(\.name) == [
                "ENC-01 Production keys rotate [prod/key/data]",
                "KMS.3 AWS KMS keys should not be deleted unintentionally",
            ])
        #expect(cases[0].properties.first { $0.name == "lzsim.severity" }?.value == "high")
        #expect(
            cases[1].outcome
                == .skipped(
                    Skip(.notApplicable, "no AWS::KMS::Key in scope (the control needs customer managed KMS keys)")))
    }

    @Test("a tag scope keeps the resources carrying every tag; for_each runs the control per account")
    func tagsAndForEach() throws {
        let folder = try ScenarioFolder([
            "tags.yaml": """
            foundation:
              organization:
                management: management
                root: { units: { Workloads: { accounts: [dev, prod] } } }
              accounts:
                dev:
                  iam:
                    users:
                      alice: { tags: { team: payments }, policies: { own: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "*" }] } } }
                      bob: { tags: { team: search } }
                prod:
                  iam:
                    users:
                      carol: { tags: { team: payments } }
            checks:
              - control: IAM.2
                scope: { tags: { team: payments } }
              - id: MFA
                control: IAM.19
                for_each: { accounts_in: Workloads }

            """
        ])
        let cases = try folder.run().suites.flatMap(\.cases)
        #expect(
            cases.map(\.name) == [
                "IAM.2 IAM users should not have IAM policies attached [dev/user/alice]",
                "IAM.2 IAM users should not have IAM policies attached [prod/user/carol]",
                "MFA MFA should be enabled for all IAM users [dev/user/alice]",
                "MFA MFA should be enabled for all IAM users [dev/user/bob]",
                "MFA MFA should be enabled for all IAM users [prod/user/carol]",
            ])
        guard case .failed(let problem) = cases[0].outcome else {
            Issue.record("expected alice's inline policy to fail IAM.2, got \(cases[0].outcome)")
            return
        }
        #expect(problem.message == "[low] IAM.2: user 'alice' has policies inline 'own'")
        #expect(cases[1].outcome == .passed)
    }

    @Test("framework control-tower asks as each member's administrator whether the guardrails deny")
    func controlTower() throws {
        let (_, cases) = try Self.run("  - framework: control-tower\n")
        let byName = Dictionary(uniqueKeysWithValues: cases.map { ($0.name, $0.outcome) })
        #expect(byName["control-tower LZ.G1 Disallow leaving the organization [prod/account/guardrail]"] == .passed)
        #expect(
            byName["control-tower LZ.G1 Disallow leaving the organization [management/account/guardrail]"]
                == .skipped(Skip(.notApplicable, "service control policies do not apply to the management account")))
        guard
            case .failed(let problem) = byName[
                "control-tower GRCLOUDTRAILENABLED Disallow configuration changes to CloudTrail [dev/account/guardrail]"
            ]
        else {
            Issue.record("expected GRCLOUDTRAILENABLED to fail for dev")
            return
        }
        #expect(
            problem.message.hasPrefix(
                "[high] GRCLOUDTRAILENABLED: role OrganizationAccountAccessRole is allowed cloudtrail:DeleteTrail on arn:aws:cloudtrail:eu-west-1:"
            ))
        #expect(
            problem.message.hasSuffix(
                ":trail/aws-controltower-BaselineCloudTrail in eu-west-1 by identity AdministratorAccess statement 0; nothing denies it"
            ))
        // Each guardrail asks in all three accounts; CT.ACM.PR.1, a check of certificates, finds none.
        #expect(cases.filter { !$0.name.contains("CT.ACM.PR.1") }.count == 3 * ControlCatalog.controlTower.count)
    }

    @Test("parameters reach the control: daysToExpiration, authorizedTcpPorts, sslPolicies")
    func parameters() throws {
        var fixture = try ControlFixture()
        _ = try fixture.issuedCertificate("api.example.com")
        try fixture.world.advanceClock(by: 100 * ControlFixture.day)
        #expect(
            try fixture.evaluate("ACM.1").map(\.status) == [
                .compliant("certificate for api.example.com is valid for 294 more days")
            ])
        #expect(
            try fixture.evaluate("ACM.1", ["daysToExpiration": ["300"]]).map(\.status) == [
                .nonCompliant(
                    "certificate for api.example.com expires on 2027-01-31, in 294 days, within the 300 days allowed")
            ])
        let (group, _) = try fixture.openGroup("tcp", 8080...8080)
        try fixture.attach(group)
        #expect(
            try fixture.evaluate("EC2.18", ["authorizedTcpPorts": ["8080"]]).map(\.status) == [
                .compliant("\(group.displayName) opens only authorized ports to 0.0.0.0/0 or ::/0")
            ])
        try fixture.httpsListener(policy: "ELBSecurityPolicy-2016-08")
        #expect(
            try fixture.evaluate("ELB.17", ["sslPolicies": ["ELBSecurityPolicy-2016-08"]]).map(\.status) == [
                .compliant("listener web:443 uses ELBSecurityPolicy-2016-08")
            ])
    }

    @Test(
        "unknown controls, frameworks and parameters are errors at their place, with a suggestion",
        arguments: [
            ("  - control: KMS.44\n", "controls.yaml:28:14: unknown control 'KMS.44'", "did you mean 'KMS.4'?"),
            (
                "  - control: ACM.1\n    parameters: { daysToExpire: 45 }\n",
                "controls.yaml:29:19: unknown parameter 'daysToExpire' of ACM.1; expected one of daysToExpiration",
                "did you mean 'daysToExpiration'?"
            ),
            (
                "  - control: ACM.1\n    parameters: { daysToExpiration: soon }\n",
                "controls.yaml:29:37: expected a whole number from 14 to 365 for parameter 'daysToExpiration', found 'soon'",
                nil
            ),
            (
                "  - framework: fsbp\n    parameters: { ACM.11: { daysToExpiration: 45 } }\n",
                "controls.yaml:29:19: no control 'ACM.11' of this framework takes parameters; expected one of "
                    + "IAM.3, ACM.1, EC2.18, ELB.17",
                "did you mean 'ACM.1'?"
            ),
            (
                "  - framework: fsbp\n    parameters: { ACM.2: { x: 1 } }\n",
                "controls.yaml:29:28: unknown parameter 'x' of ACM.2; it takes none", nil
            ),
            (
                "  - framework: cis\n",
                "controls.yaml:28:16: expected one of fsbp, cis-3.0, control-tower for 'framework' in a check, found 'cis'",
                nil
            ),
            (
                "  - id: C-1\n    control:\n",
                "check 'C-1' needs a value for 'control': a control ID such as KMS.4", nil
            ),
            (
                "  - id: A-1\n    scope: { accounts: [dev] }\n    access: { principal: dev/root, action: s3:GetObject, expect: allow }\n",
                "controls.yaml:29:5: 'scope' belongs to 'control' and 'framework' checks, not to 'access'", nil
            ),
        ] as [(String, String, String?)])
    func errors(_ checks: String, _ message: String, _ hint: String?) throws {
        let (_, cases) = try Self.run(checks)
        guard case .errored(let problem) = cases.first?.outcome else {
            Issue.record("expected an error, got \(String(describing: cases.first?.outcome))")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.details == (hint.map { ["hint: \($0)"] } ?? []))
    }
}
