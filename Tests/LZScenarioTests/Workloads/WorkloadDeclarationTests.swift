import Foundation
import LZReport
import LZScenario
import Testing

/// Every workload section builds through the world's operations, and `assert` reads back what
/// was declared, naming what does not hold.
@Suite struct WorkloadDeclarationTests {
    static let checks = """
        checks:
          - id: CERT-1
            title: certificates are what was declared
            assert:
              resources: acm:certificate
              exclude: [pending, legacy, weak]
              expect: { status: ISSUED, rsa_key_bits_at_least: 2048, days_to_expiry_at_least: 30, in_use: false }
          - id: CERT-2
            title: the certificate without its record waits
            assert: { resources: acm:certificate, exclude: [app1, partner, internal, legacy, weak], expect: { status: PENDING_VALIDATION, validation_method: DNS } }
          - id: CERT-3
            title: the private certificate is private and renewable
            assert: { resources: acm:certificate, exclude: [app1, partner, pending, legacy, weak], expect: { type: PRIVATE, renewal_eligibility: INELIGIBLE } }
          - id: ACM-1
            title: no certificate expires within 30 days
            assert: { resources: acm:certificate, exclude: [pending], expect: { days_to_expiry_at_least: 30 } }
          - id: ACM-2
            title: RSA keys have at least 2048 bits
            assert: { resources: acm:certificate, exclude: [pending], expect: { rsa_key_bits_at_least: 2048 } }
          - id: S3-1
            title: data buckets use the data key with a bucket key
            assert:
              resources: s3:bucket
              exclude: [logs]
              expect: { encryption: "aws:kms", key: prod/alias/app1/prod/data, bucket_key: true, public_access_block: true }
          - id: S3-2
            title: every bucket uses SSE-KMS
            assert: { resources: s3:bucket, expect: { encryption: "aws:kms" } }
          - id: EBS-1
            title: EBS encryption by default with the environment's key
            assert: { resources: ebs:default-encryption, in: { accounts: [prod] }, expect: { enabled: true, key: ebs } }
          - id: EBS-4
            title: every account's default key is its EBS key
            assert: { resources: ebs:default-encryption, expect: { key: ebs } }
          - id: EBS-2
            title: volumes are encrypted with the EBS key
            assert: { resources: ebs:volume, expect: { encrypted: true, key: prod/ebs } }
          - id: EBS-3
            title: only the root volume is attached
            assert: { resources: ebs:volume, expect: { attached: true } }
          - id: RDS-1
            title: databases are encrypted with the data key
            assert: { resources: rds:db-instance, expect: { storage_encrypted: true, key: data } }
          - id: LOG-1
            title: the trail is multi-Region, validated, encrypted and logging
            assert:
              resources: cloudtrail:trail
              expect: { multi_region: true, log_file_validation: true, key: alias/lz/logs, logging: true, management_events: All, organization: false }
          - id: LOG-2
            title: the trail delivers to CloudWatch Logs
            assert: { resources: cloudtrail:trail, expect: { cloudwatch_logs: true } }
          - id: KMS-1
            title: customer keys rotate and are enabled
            assert: { resources: kms:key, in: { accounts: [prod] }, exclude: [logs], expect: { rotation: true, state: Enabled, multi_region: false } }
          - id: KMS-2
            title: the app role may decrypt through its grant
            access:
              principal: prod/role/App
              action: kms:Decrypt
              resource: "${keys.prod.data}"
              context: { "kms:EncryptionContext:app": app1 }
              expect: allow
        """

    @Test("every workload section builds, and assert reads back what was declared")
    func builds() throws {
        let run = try WorkloadFolder.run(["s.yaml": WorkloadScenario.foundation + Self.checks])
        let outcomes = ScenarioFolder.outcomes(run)
        #expect(
            outcomes.filter { $0.value == "passed" }.keys.sorted()
                == ([
                    "CERT-1 certificates are what was declared [prod/certificate/app1]",
                    "CERT-1 certificates are what was declared [prod/certificate/internal]",
                    "CERT-1 certificates are what was declared [prod/certificate/partner]",
                    "CERT-2 the certificate without its record waits [prod/certificate/pending]",
                    "CERT-3 the private certificate is private and renewable [prod/certificate/internal]",
                    "EBS-1 EBS encryption by default with the environment's key [prod/default-encryption/us-east-1]",
                    "EBS-4 every account's default key is its EBS key [prod/default-encryption/us-east-1]",
                    "EBS-2 volumes are encrypted with the EBS key [prod/volume/root]",
                    "EBS-2 volumes are encrypted with the EBS key [prod/volume/spare]",
                    "EBS-3 only the root volume is attached [prod/volume/root]",
                    "KMS-1 customer keys rotate and are enabled [prod/key/data]",
                    "KMS-1 customer keys rotate and are enabled [prod/key/ebs]",
                    "KMS-2 the app role may decrypt through its grant",
                    "LOG-1 the trail is multi-Region, validated, encrypted and logging [prod/trail/main]",
                    "RDS-1 databases are encrypted with the data key [prod/db-instance/orders]",
                    "S3-1 data buckets use the data key with a bucket key [prod/bucket/data]",
                    "S3-2 every bucket uses SSE-KMS [prod/bucket/data]",
                ]
                + ["app1", "internal", "partner", "weak"].map {
                    "ACM-1 no certificate expires within 30 days [prod/certificate/\($0)]"
                }
                + ["app1", "internal", "legacy", "partner"].map {
                    "ACM-2 RSA keys have at least 2048 bits [prod/certificate/\($0)]"
                }).sorted())
    }

    @Test(
        "assertions name the property that does not hold and what was expected",
        arguments: [
            (
                "ACM-1 no certificate expires within 30 days [prod/certificate/legacy]",
                "days_to_expiry is 20, expected at least 30"
            ),
            (
                "ACM-2 RSA keys have at least 2048 bits [prod/certificate/weak]",
                "rsa_key_bits is 1024, expected at least 2048"
            ),
            ("S3-2 every bucket uses SSE-KMS [prod/bucket/logs]", "encryption is AES256, expected aws:kms"),
            ("EBS-3 only the root volume is attached [prod/volume/spare]", "attached is false, expected true"),
            (
                "LOG-2 the trail delivers to CloudWatch Logs [prod/trail/main]",
                "cloudwatch_logs is false, expected true"
            ),
            (
                "EBS-4 every account's default key is its EBS key [shared/default-encryption/us-east-1]",
                "key is alias/aws/ebs, expected ebs: no key 'ebs' in account 'shared' (us-east-1); expected a key's "
                    + "scenario name, an alias, ACCOUNT/NAME, ACCOUNT/alias/NAME or an ARN"
            ),
        ])
    func failures(testcase: String, message: String) throws {
        let run = try WorkloadFolder.run(["s.yaml": WorkloadScenario.foundation + Self.checks])
        #expect(
            WorkloadFolder.message(run, testcase)?.hasSuffix(": \(message)") == true,
            "\(WorkloadFolder.message(run, testcase) ?? "none")")
    }

    @Test("EBS encryption by default and its key are set Region by Region")
    func ebsByRegion() throws {
        let scenario = """
            foundation:
              regions: [us-east-1, eu-west-1]
              accounts:
                prod:
                  kms: { keys: { dr: { alias: alias/app1/dr/ebs, region: eu-west-1 } } }
                  ebs:
                    by_region:
                      eu-west-1: { encryption_by_default: true, default_key: dr }
                      us-east-1: { encryption_by_default: false }
            checks:
              - id: EBS
                title: EBS encryption by default is on
                assert: { resources: ebs:default-encryption, expect: { enabled: true, key: dr } }
            """
        let run = try WorkloadFolder.run(["s.yaml": scenario])
        #expect(
            WorkloadFolder.message(run, "EBS EBS encryption by default is on [prod/default-encryption/eu-west-1]")
                == "passed")
        let failure = WorkloadFolder.message(
            run, "EBS EBS encryption by default is on [prod/default-encryption/us-east-1]")
        #expect(failure?.contains("enabled is false, expected true") == true, "\(failure ?? "none")")
    }

    @Test("${certificates...}, ${buckets...} and the other workload names become ARNs and IDs in strings")
    func substitutions() throws {
        let checks = """
            checks:
              - id: SUB-1
                title: the certificate ARN names the certificate
                steps:
                  - { as: prod/root, call: acm:DescribeCertificate, with: { CertificateArn: "${certificates.prod.app1}" } }
                  - { as: prod/root, call: kms:RevokeGrant, with: { KeyId: "${keys.prod.data}", GrantId: "${grants.prod.app-decrypt}" } }
                  - { as: prod/root, call: s3:DeleteBucket, with: { Bucket: "${bucket_names.prod.data}" } }
              - id: SUB-2
                title: a bucket ARN in an access check
                access: { principal: prod/role/App, action: s3:GetObject, resource: "${buckets.prod.data}/x", expect: allow }
              - id: SUB-3
                title: an unknown certificate
                access: { principal: prod/role/App, action: acm:DescribeCertificate, resource: "${certificates.prod.ap1}", expect: allow }
            """
        let run = try WorkloadFolder.run(["s.yaml": WorkloadScenario.foundation + checks])
        #expect(WorkloadFolder.message(run, "SUB-1") == "passed")
        #expect(WorkloadFolder.message(run, "SUB-2") == "passed")
        let error = try #require(WorkloadFolder.testcase(run, "SUB-3"))
        guard case .errored(let problem) = error.outcome else { Issue.record("expected an error"); return }
        #expect(problem.message.contains("no certificates named 'prod.ap1' for ${certificates.prod.ap1}"))
        #expect(problem.details.contains("hint: did you mean 'certificates.prod.app1'?"))
    }
}
