/// A foundation with every workload section: a shared Private CA, prod's zones, certificates
/// (issued, pending, external, private, imported), buckets, EBS, a database, a trail and a grant,
/// with guardrails on the Workloads OU.
enum WorkloadScenario {
    static let foundation = """
        foundation:
          regions: [us-east-1]
          organization:
            management: management
            policy_types: [scp]
            policies:
              guardrails:
                type: scp
                document:
                  Version: "2012-10-17"
                  Statement:
                    - { Effect: Deny, Action: rds:CreateDBInstance, Resource: "*", Condition: { Bool: { "rds:StorageEncrypted": "false" } } }
                    - { Effect: Deny, Action: ["ec2:DisableEbsEncryptionByDefault", "cloudtrail:StopLogging", "cloudtrail:DeleteTrail"], Resource: "*" }
                    - { Effect: Deny, Action: kms:ScheduleKeyDeletion, Resource: "*", Condition: { NumericLessThan: { "kms:ScheduleKeyDeletionPendingWindowInDays": "30" } } }
            root:
              units:
                Workloads: { policies: [FullAWSAccess, guardrails], accounts: [prod] }
                Infrastructure: { accounts: [shared] }
          accounts:
            shared:
              route53:
                external_zones:
                  partner.example.org: {}
              private_ca:
                authorities:
                  root: { subject: { common_name: Example Root CA, organization: Example }, validity: 10y }
                  issuing:
                    type: SUBORDINATE
                    parent: root
                    key_algorithm: EC_prime256v1
                    subject: { common_name: Example Issuing CA }
                    validity: 5y
                    share_with: [Workloads]
                certificates:
                  batch: { authority: issuing, csr: certs/batch-internal.csr, validity: 30d }
            prod:
              iam:
                roles:
                  App:
                    trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.management}:root" }, Action: "sts:AssumeRole" }] }
                    managed_policies: [AdministratorAccess]
              kms:
                keys:
                  data: { alias: alias/app1/prod/data, rotation: true }
                  ebs: { alias: alias/app1/prod/ebs, rotation: true }
                  logs:
                    alias: alias/lz/logs
                    policy:
                      Version: "2012-10-17"
                      Statement:
                        - { Sid: Account, Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.prod}:root" }, Action: "kms:*", Resource: "*" }
                        - { Sid: CloudTrail, Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: "kms:GenerateDataKey*", Resource: "*" }
                grants:
                  app-decrypt:
                    key: data
                    grantee: prod/role/App
                    operations: [Decrypt]
                    constraints: { encryption_context_subset: { app: app1 } }
              route53:
                zones:
                  example.com:
                    records:
                      - { name: www.example.com, type: CNAME, values: [app1.example.com] }
              acm:
                certificates:
                  app1: { domain: app1.example.com, sans: [www.app1.example.com] }
                  pending: { domain: shop.example.com, validation_record: absent }
                  partner: { domain: api.partner.example.org, key_algorithm: EC_prime256v1 }
                  internal: { domain: api.internal.example.com, authority: shared/issuing, key_algorithm: EC_prime256v1 }
                  legacy:
                    import: { certificate: certs/legacy-expiring.pem, private_key: certs/legacy-expiring-key.pem, chain: certs/chain.pem }
                  weak:
                    import: { certificate: { file: certs/legacy-rsa1024.pem }, private_key: certs/legacy-rsa1024-key.pem }
              s3:
                public_access_block: true
                buckets:
                  data:
                    name: "app1-data-${accounts.prod}"
                    encryption: { key: prod/alias/app1/prod/data, bucket_key: true }
                    tags: { env: prod }
                  logs:
                    name: "lz-logs-${accounts.prod}"
                    policy:
                      Version: "2012-10-17"
                      Statement:
                        - { Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: s3:GetBucketAcl, Resource: "arn:aws:s3:::lz-logs-${accounts.prod}" }
                        - { Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: s3:PutObject, Resource: "arn:aws:s3:::lz-logs-${accounts.prod}/AWSLogs/*" }
              ebs:
                encryption_by_default: true
                default_key: ebs
                volumes:
                  root: { size: 8, attached: true }
                  spare: { size: 20 }
              rds:
                instances:
                  orders: { storage_encrypted: true, key: data }
              cloudtrail:
                trails:
                  main: { bucket: logs, multi_region: true, log_file_validation: true, key: logs, management_events: All }

        """
}
