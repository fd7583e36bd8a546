import Foundation
import LZReport
import LZScenario
import Testing

/// Steps call ACM, Private CA, KMS, EC2, RDS, CloudTrail and S3 by AWS's names, and succeed or
/// fail as AWS would: the guardrails of the Workloads OU refuse what they should.
@Suite struct WorkloadStepTests {
    static func checks() throws -> String {
        """
        checks:
          - id: RDS
            title: databases are created encrypted or not at all
            steps:
              - { as: prod/role/App, call: rds:CreateDBInstance, with: { DBInstanceIdentifier: plain, StorageEncrypted: false }, expect: denied }
              - { as: prod/role/App, call: rds:CreateDBInstance, with: { DBInstanceIdentifier: sealed, StorageEncrypted: true, KmsKeyId: "${keys.prod.data}" }, save: db }
              - { as: prod/role/App, call: rds:CreateDBInstance, with: { DBInstanceIdentifier: sealed, StorageEncrypted: true }, expect: DBInstanceAlreadyExists }
          - id: ACM
            title: certificates are requested, described and imported
            steps:
              - { as: prod/role/App, call: acm:RequestCertificate, with: { DomainName: new.example.com, ValidationMethod: DNS }, save: cert }
              - { as: prod/role/App, call: acm:DescribeCertificate, with: { CertificateArn: "${steps.cert}" }, save: status }
              # the saved status, PENDING_VALIDATION, is no DNS label: ACM refuses it as a name
              - { as: prod/role/App, call: acm:RequestCertificate, with: { DomainName: "${steps.status}.example.com" }, expect: ValidationException }
              - { as: prod/role/App, call: acm:RequestCertificate, with: { DomainName: old.example.com, KeyAlgorithm: RSA_1024 }, expect: ValidationException }
              - as: prod/role/App
                call: acm:ImportCertificate
                with:
                  Certificate: \(try WorkloadFolder.block("legacy-rsa1024.pem", indent: 20))
                  PrivateKey: \(try WorkloadFolder.block("legacy-rsa1024-key.pem", indent: 20))
              - as: prod/role/App
                call: acm:ImportCertificate
                with:
                  Certificate: \(try WorkloadFolder.block("legacy-rsa1024.pem", indent: 20))
                  PrivateKey: \(try WorkloadFolder.block("legacy-expiring-key.pem", indent: 20))
                expect: ValidationException
          - id: PCA
            title: a shared CA issues for its owner, and the unshared root for no one else
            steps:
              - as: shared/root
                call: acm-pca:IssueCertificate
                with:
                  CertificateAuthorityArn: "${authorities.shared.issuing}"
                  Csr: \(try WorkloadFolder.block("batch-internal.csr", indent: 20))
                  Validity: { Type: DAYS, Value: 30 }
              - as: prod/role/App
                call: acm-pca:IssueCertificate
                with:
                  CertificateAuthorityArn: "${authorities.shared.root}"
                  Csr: \(try WorkloadFolder.block("batch-internal.csr", indent: 20))
                  Validity: 30d
                expect: AccessDeniedException
          - id: REVOKE
            title: revocation and validation email calls answer as ACM and Private CA do
            steps:
              - { as: prod/role/App, call: acm:RevokeCertificate, with: { CertificateArn: "${certificates.prod.internal}", RevocationReason: KEY_COMPROMISE }, expect: ValidationException }
              - { as: prod/role/App, call: acm:ResendValidationEmail, with: { CertificateArn: "${certificates.prod.app1}", Domain: app1.example.com, ValidationDomain: example.com }, expect: InvalidStateException }
              - { as: shared/root, call: acm-pca:RevokeCertificate, with: { CertificateAuthorityArn: "${authorities.shared.issuing}", CertificateSerial: "0a:0b", RevocationReason: SUPERSEDED }, expect: ResourceNotFoundException }
          - id: KMS
            title: grants come and go, and deletion windows are guarded
            steps:
              - { as: prod/role/App, call: kms:CreateGrant, with: { KeyId: "${keys.prod.data}", GranteePrincipal: "arn:aws:iam::${accounts.prod}:role/App", Operations: [Encrypt], Constraints: { EncryptionContextSubset: { app: app1 } } }, save: grant }
              - { as: prod/role/App, call: kms:RevokeGrant, with: { KeyId: "${keys.prod.data}", GrantId: "${steps.grant}" } }
              - { as: prod/role/App, call: kms:RevokeGrant, with: { KeyId: "${keys.prod.data}", GrantId: "${steps.grant}" }, expect: NotFoundException }
              - { as: prod/role/App, call: kms:RetireGrant, with: { KeyId: "${keys.prod.data}", GrantId: "${grants.prod.app-decrypt}" } }
              - { as: prod/role/App, call: kms:PutKeyPolicy, with: { KeyId: "${keys.prod.ebs}", Policy: "{" }, expect: MalformedPolicyDocumentException }
              - { as: prod/role/App, call: kms:ScheduleKeyDeletion, with: { KeyId: "${keys.prod.ebs}", PendingWindowInDays: 7 }, expect: denied }
              - { as: prod/role/App, call: kms:ScheduleKeyDeletion, with: { KeyId: "${keys.prod.ebs}", PendingWindowInDays: 30 } }
              - { as: prod/role/App, call: kms:DisableKey, with: { KeyId: "${keys.prod.ebs}" }, expect: KMSInvalidStateException }
              - { as: prod/role/App, call: kms:DisableKey, with: { KeyId: "${keys.prod.data}" } }
          - id: EC2
            title: EBS encryption by default stays on
            steps:
              - { as: prod/role/App, call: ec2:CreateVolume, with: { Size: 10, Encrypted: false }, save: volume }
              - { as: prod/role/App, call: ec2:DisableEbsEncryptionByDefault, expect: UnauthorizedOperation }
              - { as: prod/role/App, call: ec2:EnableEbsEncryptionByDefault }
              - { as: prod/role/App, call: ec2:ModifyEbsDefaultKmsKeyId, with: { KmsKeyId: "${keys.prod.data}" } }
          - id: TRAIL
            title: the trail cannot be stopped or deleted, only updated
            steps:
              - { as: prod/role/App, call: cloudtrail:StopLogging, with: { Name: main }, expect: AccessDeniedException }
              - { as: prod/role/App, call: cloudtrail:DeleteTrail, with: { Name: "${trails.prod.main}" }, expect: denied }
              - { as: prod/role/App, call: cloudtrail:UpdateTrail, with: { Name: main, EnableLogFileValidation: false } }
              - { as: prod/root, call: cloudtrail:StartLogging, with: { Name: other }, expect: TrailNotFoundException }
          - id: S3
            title: bucket settings change through S3's calls
            steps:
              - as: prod/role/App
                call: s3:PutBucketEncryption
                with:
                  Bucket: "${bucket_names.prod.data}"
                  ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: AES256 } }] }
              - as: prod/role/App
                call: s3:PutBucketPolicy
                with:
                  Bucket: "${bucket_names.prod.data}"
                  Policy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: "*", Action: s3:GetObject, Resource: "${buckets.prod.data}/*" }] }
                expect: AccessDenied
              - { as: prod/role/App, call: s3:DeleteBucket, with: { Bucket: "${bucket_names.prod.data}" } }
              - { as: prod/role/App, call: s3:DeleteBucket, with: { Bucket: "${bucket_names.prod.data}" }, expect: NoSuchBucket }
        """
    }

    @Test("each call succeeds or fails as AWS would, guardrails included")
    func calls() throws {
        let run = try WorkloadFolder.run(["s.yaml": WorkloadScenario.foundation + (try Self.checks())])
        for id in ["RDS", "ACM", "PCA", "REVOKE", "KMS", "EC2", "TRAIL", "S3"] {
            #expect(
                WorkloadFolder.message(run, id + " ") == "passed",
                "\(id): \(WorkloadFolder.message(run, id + " ") ?? "none")")
        }
    }

    @Test("an unmet expectation names the step, the call and AWS's answer")
    func unmet() throws {
        let checks = """
            checks:
              - id: RDS-X
                title: an unencrypted database
                steps:
                  - { as: prod/role/App, call: rds:CreateDBInstance, with: { DBInstanceIdentifier: plain, StorageEncrypted: false } }
            """
        let run = try WorkloadFolder.run(["s.yaml": WorkloadScenario.foundation + checks])
        let message = try #require(WorkloadFolder.message(run, "RDS-X"))
        #expect(message.hasPrefix("[medium] an unencrypted database: expected success, got AccessDenied"), "\(message)")
    }

    @Test(
        "parameters in the wrong shape are refused at their own line",
        arguments: [
            (
                "{ as: prod/root, call: kms:CreateGrant, with: { KeyId: x, GranteePrincipal: y, Operations: [Decrypts] } }",
                "expected grant operations such as Decrypt in 'Operations', found 'Decrypts'"
            ),
            (
                "{ as: prod/root, call: acm:RequestCertificate, with: { DomainName: a.example.com, KeyAlgorithm: RSA_2049 } }",
                "expected one of RSA_1024, RSA_2048"
            ),
            (
                "{ as: prod/root, call: rds:CreateDBInstance, with: { DBInstanceIdentifier: x, StorageEncrypted: maybe } }",
                "expected true or false for 'StorageEncrypted', found 'maybe'"
            ),
            (
                "{ as: prod/root, call: acm:RevokeCertificate, with: { CertificateArn: x, RevocationReason: SUPERSEEDED } }",
                "expected one of UNSPECIFIED, KEY_COMPROMISE"
            ),
            (
                "{ as: prod/root, call: acm-pca:RevokeCertificate, with: { CertificateAuthorityArn: x, CertificateSerial: y } }",
                "the call needs 'RevocationReason' in 'with'"
            ),
            (
                "{ as: prod/root, call: acm-pca:IssueCertificate, with: { CertificateAuthorityArn: x, Csr: y, Validity: 3w } }",
                "expected a validity such as 365d, 6m or 10y, found '3w'"
            ),
        ])
    func badParameters(step: String, message: String) throws {
        let checks = "checks:\n  - id: BAD\n    title: bad\n    steps:\n      - \(step)\n"
        let run = try WorkloadFolder.run(["s.yaml": WorkloadScenario.foundation + checks])
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.location?.path.hasSuffix("s.yaml") == true)
    }
}
