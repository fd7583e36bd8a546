import Foundation
import LZReport
import LZScenario
import Testing

/// `security_services:` in a foundation, built through the services' operations, and the asserts
/// that read what it built: detectors, hubs, administrators, analyzers and external access.
@Suite struct SecurityServicesScenarioTests {
    static func foundation(_ services: String) -> String {
        """
        foundation:
          organization:
            management: management
            root:
              units:
                Security: { accounts: [audit] }
                Prod: { accounts: [prod] }
          accounts:
            prod:
              s3:
                buckets:
                  data:
                    name: prod-shared-data
                    policy:
                      Version: "2012-10-17"
                      Statement:
                        - { Sid: PartnerReads, Effect: Allow, Principal: { AWS: "111122223333" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::prod-shared-data/*" }
          security_services:
        \(services)

        """
    }

    static let services = """
            delegated_administrator: audit
            guardduty: { auto_enable: NEW }
            security_hub: { auto_enable: false, standards: [cis-aws-foundations-benchmark/v/3.0.0] }
            access_analyzer: { name: org-access, type: ORGANIZATION }
        """

    static func verdicts(_ assertion: String) throws -> [String: String] {
        try OrganizationAssertTests.verdicts(assertion, foundation: foundation(services))
    }

    @Test("NEW leaves existing members without GuardDuty, named Region by Region; Security Hub covers all")
    func guardDutyAndSecurityHub() throws {
        #expect(
            try Self.verdicts("{ resources: organizations:account, expect: { guardduty: enabled } }") == [
                "audit": "passed", "management": "has GuardDuty off in us-east-1, eu-west-1",
                "prod": "has GuardDuty off in us-east-1, eu-west-1",
            ])
        #expect(
            try Self.verdicts(
                "{ resources: organizations:account, expect: { security_hub: enabled, security_hub_administrator: audit } }"
            ) == ["audit": "passed", "management": "passed", "prod": "passed"])
        #expect(
            try Self.verdicts(
                "{ resources: organizations:account, in: { accounts: [prod] }, expect: { guardduty_administrator: audit } }"
            ) == ["prod": "has GuardDuty off in us-east-1; off in eu-west-1"])
    }

    @Test("the delegated administrator administers the services and holds the organization analyzer")
    func administrator() throws {
        let expect =
            "{ delegated_administrator_for: [guardduty.amazonaws.com, securityhub.amazonaws.com, access-analyzer.amazonaws.com], access_analyzer: ORGANIZATION }"
        #expect(
            try Self.verdicts(
                "{ resources: organizations:account, in: { accounts: [audit, prod] }, expect: \(expect) }")
                == [
                    "audit": "passed",
                    "prod": "is not the delegated administrator of guardduty.amazonaws.com, securityhub.amazonaws.com, "
                        + "access-analyzer.amazonaws.com; has no ORGANIZATION external access analyzer in us-east-1, eu-west-1",
                ])
    }

    @Test("external_access names the statement, the principal outside and the actions")
    func externalAccess() throws {
        let verdict = try #require(
            try Self.verdicts("{ resources: s3:bucket, in: { accounts: [prod] }, expect: { external_access: false } }")[
                "prod/bucket/data"])
        #expect(
            verdict.hasPrefix(
                #"external_access is true, expected false: Sid "PartnerReads" lets 111122223333 s3:GetObject"#))
    }

    @Test(
        "mistakes in security_services fail at their line",
        arguments: [
            (
                "    delegated_administrator: audit\n    security_hub: { standards: [aws-foundational-best-practices] }",
                20, "expected a Security Hub standard in 'standards', found 'aws-foundational-best-practices'"
            ),
            (
                "    delegated_administrator: audit\n    guardduty: { auto_enable: SOME }",
                20, "expected one of ALL, NEW, NONE for 'auto_enable' in guardduty, found 'SOME'"
            ),
            ("    guardduty: { auto_enable: ALL }", 19, "security_services needs 'delegated_administrator'"),
            (
                "    delegated_administrator: management\n    guardduty: { auto_enable: ALL }",
                20, "ConstraintViolationException: the management account cannot be a delegated administrator"
            ),
        ])
    func errors(services: String, line: Int, message: String) throws {
        let run = try ScenarioFolder([
            "s.yaml": Self.foundation(services)
                + "checks:\n  - { id: A-1, title: t, assert: { resources: organizations:account, expect: { ou: any } } }\n"
        ]).run()
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.location?.line == line)
    }
}
