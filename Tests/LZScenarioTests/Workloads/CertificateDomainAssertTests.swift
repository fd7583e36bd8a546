import Foundation
import LZReport
import LZScenario
import Testing

/// `assert` over the names certificates cover, over certificates a private CA issued directly,
/// and over what an account holds.
@Suite struct CertificateDomainAssertTests {
    static let foundation = """
        foundation:
          regions: [eu-west-1]
          accounts:
            pre:
              route53:
                zones:
                  preprod.example.com: {}
              acm:
                certificates:
                  app: { domain: app.preprod.example.com, sans: ["*.preprod.example.com"] }
            prod:
              route53:
                zones:
                  example.com: {}
              acm:
                certificates:
                  app: { domain: app.example.com }
                  stray: { domain: app.preprod.example.com, validation_record: absent }
              private_ca:
                authorities:
                  root: { type: ROOT, subject: { common_name: Example Root }, validity: 5y }
                certificates:
                  batch: { authority: root, csr: batch.csr, validity: 30d }

        """

    static func verdicts(_ assertion: String) throws -> [String: String] {
        let csr = try String(
            contentsOf: ScenarioFolder.repositoryScenarios.appendingPathComponent(
                "reference-landing-zone/certs/batch-internal.csr"), encoding: .utf8)
        return try ScenarioFolder.assertVerdicts(foundation, assertion, files: ["batch.csr": csr])
    }

    @Test("names outside the allowed domains are listed; a wildcard counts as its domain")
    func within() throws {
        #expect(
            try Self.verdicts("{ resources: acm:certificate, expect: { domain_names_within: [preprod.example.com] } }")
                == [
                    "pre/certificate/app": "passed",
                    "prod/certificate/app": "covers app.example.com, outside preprod.example.com",
                    "prod/certificate/stray": "passed",
                ])
    }

    @Test("names inside an excluded domain are listed, whatever their case")
    func exclude() throws {
        #expect(
            try Self.verdicts(
                "{ resources: acm:certificate, in: { accounts: [prod] }, expect: { domain_names_exclude: [PREPROD.example.com] } }"
            ) == [
                "prod/certificate/app": "passed",
                "prod/certificate/stray": "covers app.preprod.example.com, within PREPROD.example.com",
            ])
    }

    @Test("a certificate issued straight from a private CA is never renewal-eligible")
    func issuedByCA() throws {
        #expect(
            try Self.verdicts(
                "{ resources: acm-pca:certificate, expect: { renewal_eligibility: ELIGIBLE, days_to_expiry_at_least: 31 } }"
            )
                == [
                    "prod/certificate/batch":
                        "renewal_eligibility is INELIGIBLE, expected ELIGIBLE; days_to_expiry is 30, expected at least 31"
                ])
    }

    @Test("an account holding resources of a listed type names them; an unknown type is an error")
    func holdsNoneOf() throws {
        let organization =
            ScenarioFolder.organization + """
                checks:
                  - id: O-1
                    title: t
                    assert: { resources: organizations:account, in: { accounts: [prod] }, expect: { holds_none_of: [s3:bucket] } }
                  - id: O-2
                    title: t
                    assert: { resources: organizations:account, in: { accounts: [prod] }, expect: { holds_none_of: [s3:buckets] } }

                """
        let holding = organization.replacingOccurrences(
            of: "    prod:\n      iam:",
            with: "    prod:\n      s3:\n        buckets:\n          ledger: {}\n      iam:")
        let run = try ScenarioFolder(["s.yaml": holding]).run()
        let cases = run.suites.flatMap(\.cases)
        guard case .failed(let problem) = cases.first(where: { $0.name.hasPrefix("O-1") })?.outcome else {
            Issue.record("expected O-1 to fail: \(cases.map(\.name))")
            return
        }
        #expect(problem.message.hasSuffix("holds 1 s3:bucket (ledger)"), "\(problem.message)")
        guard case .errored(let error) = cases.first(where: { $0.name.hasPrefix("O-2") })?.outcome else {
            Issue.record("expected O-2 to be an error: \(cases.map(\.name))")
            return
        }
        #expect(error.message.contains("expected resource types in 'holds_none_of', found 's3:buckets'"))
        #expect(error.details.contains { $0.contains("did you mean 's3:bucket'?") }, "\(error.details)")
    }
}
