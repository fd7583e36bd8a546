import BenchmarkSupport
import Foundation

// Writes a suite whose accounts each declare a hosted zone, DNS-validated and pending
// certificates, a key with a grant, an SSE-KMS bucket and a logging bucket, EBS defaults and a
// volume, an encrypted database and a trail, with assert checks over all of them, and times the
// release `lzsim run` on it from process start to report written. Run after `swift build -c release`.

let accounts = argument("--accounts", default: 10)
let scratch = try ScratchSuite(name: "workloads-bench")
let (folder, suite) = (scratch.folder, scratch.suite)

var yaml = """
    foundation:
      regions: [us-east-1]
      organization:
        management: management
        policy_types: [scp]
        root:
          units:
            Workloads: { accounts: [\((0..<accounts).map { "acct-\($0)" }.joined(separator: ", "))] }
      accounts:

    """
for number in 0..<accounts {
    let name = "acct-\(number)"
    yaml += """
            \(name):
              kms:
                keys:
                  data: { alias: alias/app/data, rotation: true }
                  logs:
                    policy:
                      Version: "2012-10-17"
                      Statement:
                        - { Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.\(name)}:root" }, Action: "kms:*", Resource: "*" }
                        - { Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: "kms:GenerateDataKey*", Resource: "*" }
                grants:
                  reader: { key: data, grantee: "\(name)/root", operations: [Decrypt] }
              route53: { zones: { app\(number).example.com: {} } }
              acm:
                certificates:
                  site: { domain: www.app\(number).example.com, sans: [api.app\(number).example.com] }
                  pending: { domain: shop.app\(number).example.com, validation_record: absent }
                  lapsing: { domain: old.app\(number).example.com, validation_record: removed }
              s3:
                public_access_block: true
                buckets:
                  data: { name: "data-${accounts.\(name)}", encryption: { key: data, bucket_key: true } }
                  logs:
                    name: "logs-${accounts.\(name)}"
                    policy:
                      Version: "2012-10-17"
                      Statement:
                        - { Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: s3:GetBucketAcl, Resource: "arn:aws:s3:::logs-${accounts.\(name)}" }
                        - { Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: s3:PutObject, Resource: "arn:aws:s3:::logs-${accounts.\(name)}/AWSLogs/*" }
              ebs: { encryption_by_default: true, default_key: data, volumes: { root: { attached: true } } }
              rds: { instances: { orders: { storage_encrypted: true, key: data } } }
              cloudtrail: { trails: { main: { bucket: logs, multi_region: true, log_file_validation: true, key: logs } } }

        """
}
yaml += """
    checks:
      - { id: W-1, title: certificates, assert: { in: { accounts_in: Workloads }, resources: acm:certificate, exclude: [pending], expect: { days_to_expiry_at_least: 30 } } }
      - { id: W-2, title: buckets, assert: { in: { accounts_in: Workloads }, resources: s3:bucket, exclude: [logs], expect: { key: data, bucket_key: true } } }
      - { id: W-3, title: ebs, assert: { in: { accounts_in: Workloads }, resources: ebs:default-encryption, expect: { enabled: true, key: data } } }
      - { id: W-4, title: databases, assert: { in: { accounts_in: Workloads }, resources: rds:db-instance, expect: { storage_encrypted: true } } }
      - { id: W-5, title: trails, assert: { in: { accounts_in: Workloads }, resources: cloudtrail:trail, expect: { log_file_validation: true, logging: true } } }
      - { id: W-6, title: expiry, at: +400d, assert: { in: { accounts_in: Workloads }, resources: acm:certificate, exclude: [pending], expect: { status: EXPIRED } } }

    """
try yaml.write(to: suite.appendingPathComponent("workloads.yaml"), atomically: true, encoding: .utf8)

let (seconds, status, output) = try scratch.time(["run", "scenarios", "--junit", "report.xml"])
print(String(format: "%d accounts with workloads: %.3f s, exit %d", accounts, seconds, status))
print(output.split(separator: "\n").suffix(3).joined(separator: "\n"))
if !CommandLine.arguments.contains("--keep") { try? FileManager.default.removeItem(at: folder) }
