import Foundation
import LZReport
import LZScenario
import Testing

/// Steps that change a Route 53 record set or share a resource through AWS RAM, and mutations
/// that let time pass: what a suite needs to take a certificate's validation away, or to share
/// what should stay private.
@Suite struct RecordAndShareStepsTests {
    static let foundation = """
        foundation:
          regions: [eu-west-1]
          organization:
            management: management
            root:
              units:
                Prod: { accounts: [prod] }
          accounts:
            partner: { outside_organization: true }
            prod:
              route53:
                zones:
                  example.com: {}
              acm:
                certificates:
                  app: { domain: app.example.com }
              network:
                region: eu-west-1
                vpcs:
                  main:
                    cidr: 10.1.0.0/16
                    subnets:
                      a: { zone: eu-west-1a, cidr: 10.1.0.0/24 }

        """

    static func run(_ checks: String, extra: [String: String] = [:]) throws -> TestRun {
        try ScenarioFolder(extra.merging(["base/s.yaml": foundation + checks]) { $1 }).run()
    }

    @Test("a validation record is deleted only with its exact values, and a bad Action is named")
    func records() throws {
        let run = try Self.run(
            """
            checks:
              - id: R-1
                title: the validation record goes only when named exactly
                steps:
                  - { as: prod/root, call: route53:ChangeResourceRecordSets, with: { HostedZoneId: "${zones.prod.example.com}", Action: DELETE, Name: "${validation_records.prod.app}", Type: CNAME, Values: [wrong.acm-validations.aws.] }, expect: InvalidChangeBatch }
                  - { as: prod/root, call: route53:ChangeResourceRecordSets, with: { HostedZoneId: "${zones.prod.example.com}", Action: DELETE, Name: "${validation_records.prod.app}", Type: CNAME, Values: ["${validation_values.prod.app}"] } }
                  - { as: prod/root, call: route53:ChangeResourceRecordSets, with: { HostedZoneId: "${zones.prod.example.com}", Action: DELETE, Name: "${validation_records.prod.app}", Type: CNAME, Values: ["${validation_values.prod.app}"] }, expect: InvalidChangeBatch }
              - id: R-2
                title: a bad action
                steps:
                  - { as: prod/root, call: route53:ChangeResourceRecordSets, with: { HostedZoneId: "${zones.prod.example.com}", Action: REMOVE, Name: x.example.com, Type: A, Values: [10.0.0.1] } }

            """)
        let outcomes = ScenarioFolder.outcomes(run)
        #expect(outcomes["R-1 the validation record goes only when named exactly"] == "passed")
        let bad = try #require(run.suites.flatMap(\.cases).first { $0.name.hasPrefix("R-2") })
        guard case .errored(let problem) = bad.outcome else {
            Issue.record("expected R-2 to be an error, got \(bad.outcome)")
            return
        }
        #expect(problem.message.contains("expected CREATE, DELETE or UPSERT for 'Action', found 'REMOVE'"))
    }

    @Test("'returns' compares what a call returns, and is an error on a call that returns nothing")
    func returns() throws {
        let run = try Self.run(
            """
            checks:
              - id: V-1
                title: the certificate is issued
                steps:
                  - { as: prod/root, call: acm:DescribeCertificate, with: { CertificateArn: "${certificates.prod.app}" }, returns: ISSUED }
              - id: V-2
                title: the certificate is still pending
                steps:
                  - { as: prod/root, call: acm:DescribeCertificate, with: { CertificateArn: "${certificates.prod.app}" }, returns: PENDING_VALIDATION }
              - id: V-3
                title: a record change returns nothing
                steps:
                  - { as: prod/root, call: route53:ChangeResourceRecordSets, with: { HostedZoneId: "${zones.prod.example.com}", Action: UPSERT, Name: www.example.com, Type: A, Values: [10.0.0.1] }, returns: done }

            """)
        let cases = Dictionary(
            uniqueKeysWithValues: run.suites.flatMap(\.cases).map { (String($0.name.prefix(3)), $0) })
        #expect(cases["V-1"]?.outcome == .passed)
        guard case .failed(let failure) = cases["V-2"]?.outcome, case .errored(let error) = cases["V-3"]?.outcome else {
            Issue.record("expected V-2 to fail and V-3 to be an error")
            return
        }
        #expect(failure.message.hasSuffix("expected the call to return PENDING_VALIDATION, it returned ISSUED"))
        #expect(error.message.contains("route53:ChangeResourceRecordSets returns nothing 'returns' could compare"))
    }

    @Test("a share with someone outside the organization needs AllowExternalPrincipals")
    func shares() throws {
        let run = try Self.run(
            """
            checks:
              - id: S-1
                title: sharing outside is refused unless allowed
                steps:
                  - { as: prod/root, call: ram:CreateResourceShare, with: { Name: out, ResourceArns: ["arn:aws:ec2:eu-west-1:${accounts.prod}:subnet/${subnets.prod/a}"], Principals: ["${accounts.partner}"], AllowExternalPrincipals: false }, expect: InvalidParameterException }
                  - { as: prod/root, call: ram:CreateResourceShare, with: { Name: out, ResourceArns: ["arn:aws:ec2:eu-west-1:${accounts.prod}:subnet/${subnets.prod/a}"], Principals: ["${accounts.partner}"] } }

            """)
        #expect(ScenarioFolder.outcomes(run)["S-1 sharing outside is refused unless allowed"] == "passed")
    }

    @Test("a mutation's 'at' moves the clock after its changes, before the checks are replayed")
    func mutationClock() throws {
        let check = """
            checks:
              - id: C-1
                title: the certificate has a month left
                assert: { resources: acm:certificate, expect: { days_to_expiry_at_least: 30 } }

            """
        let removal = """
              changes:
                - { as: prod/root, call: route53:ChangeResourceRecordSets, with: { HostedZoneId: "${zones.prod.example.com}", Action: DELETE, Name: "${validation_records.prod.app}", Type: CNAME, Values: ["${validation_values.prod.app}"] } }

            """
        func mutation(_ changes: String, at: String) -> [String: String] {
            [
                "mutations/m.yaml": "scenario: m\nmutation:\n  of: ../base\n" + changes + "  at: \(at)\n"
                    + "  kills: [{ check: C-1, message: \"days_to_expiry is 25, expected at least 30\" }]\n"
            ]
        }
        // Without its record the certificate cannot renew: 370 days on, 25 are left.
        let caught = ScenarioFolder.outcomes(try Self.run(check, extra: mutation(removal, at: "+370d")))
        #expect(caught["kills C-1"] == "passed")
        // Before the last month the check still holds, so the mutation survives.
        let early = ScenarioFolder.outcomes(try Self.run(check, extra: mutation(removal, at: "+300d")))
        #expect(early["kills C-1"] == "failed")
        let bad = try Self.run(check, extra: mutation("", at: "soon"))
        let problem = try #require(ScenarioFolder.firstProblem(bad))
        #expect(problem.message.contains("expected a time for 'at' such as +61d, +12h or 2027-03-01, found 'soon'"))
    }
}
