import Foundation
import LZReport
import LZScenario
import Testing

/// A workload declaration AWS or lzsim cannot build fails at its own line, saying what was
/// expected and what was found, with the likely fix.
@Suite struct WorkloadErrorTests {
    struct BadInput: Sendable, CustomStringConvertible {
        let account: String
        let files: [String: String]
        let place: String
        let hint: String?
        init(_ account: String, _ place: String, _ hint: String? = nil, files: [String: String] = [:]) {
            self.account = account
            self.files = files
            self.place = place
            self.hint = hint
        }
        var description: String { place }
    }

    /// A foundation with one account `prod` whose sections are `account`, indented under it.
    static func scenario(_ account: String) -> String {
        """
        foundation:
          accounts:
            prod:
        \(account.hasPrefix("kms:") ? "" : "      kms: { keys: { data: { alias: alias/app1/prod/data } } }\n")\
        \(account.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
        checks:
          - { id: C-1, title: a check, access: { principal: prod/root, action: s3:GetObject, resource: "*", expect: allow } }
        """
    }

    static let badInputs: [BadInput] = [
        BadInput(
            "s3: { buckets: { data: { encryption: { key: prod/alias/app1/prod/dta } } } }",
            "s.yaml:5:51: no key 'alias/app1/prod/dta' in account 'prod' (us-east-1)",
            "did you mean 'alias/app1/prod/data'?"),
        BadInput(
            "rds: { instances: { orders: { storage_encrypted: true, key: dat } } }", "s.yaml:5:67: no key 'dat'",
            "did you mean 'data'?"),
        BadInput(
            "s3: { buckts: {} }", "s.yaml:5:13: unknown key 'buckts' in the S3 of 'prod'", "did you mean 'buckets'?"),
        BadInput(
            "acm: { certificates: { internal: { domain: a.example.com, authority: issung } } }\n"
                + "private_ca: { authorities: { issuing: { subject: { common_name: CA } } } }",
            "s.yaml:5:76: no certificate authority named 'issung'", "did you mean 'issuing'?"),
        BadInput(
            "acm: { certificates: { app1: { domain: app1.example.com } } }",
            "s.yaml:5:30: no zone of the foundation serves app1.example.com",
            "declare the zone under an account's route53 zones or external_zones, or write 'validation_record: absent'"),
        BadInput(
            "acm: { certificates: { old: { import: { certificate: bad.pem, private_key: bad.pem } } } }",
            "bad.pem:2:5: expected base64 inside a PEM block, found '!'",
            files: ["bad.pem": "-----BEGIN CERTIFICATE-----\nMIIB!!!!\n-----END CERTIFICATE-----\n"]),
        BadInput(
            "acm: { certificates: { old: { import: { certificate: open.pem, private_key: open.pem } } } }",
            "open.pem:1:1: expected '-----END CERTIFICATE-----' to close the block begun here",
            files: ["open.pem": "-----BEGIN CERTIFICATE-----\nMIIB\n"]),
        BadInput(
            "acm: { certificates: { old: { import: { certificate: missing.pem, private_key: missing.pem } } } }",
            "s.yaml:5:60: cannot read PEM file 'missing.pem' for 'certificate' of certificate 'old'",
            "paths are relative to the scenario file's folder"),
        BadInput(
            "acm: { certificates: { both: { domain: a.example.com, import: { certificate: x.pem, private_key: x.pem } } } }",
            "s.yaml:5:36: certificate 'both' needs either 'domain' (a request) or 'import' (PEM files), not both",
            files: ["x.pem": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"]),
        BadInput(
            "private_ca: { authorities: { root: { subject: { common_name: CA }, validity: 10 years } } }",
            "s.yaml:5:84: expected a validity such as 365d, 6m or 10y, found '10 years'"),
        BadInput(
            "private_ca: { authorities: { sub: { type: SUBORDINATE, subject: { common_name: CA } } } }",
            "s.yaml:5:41: certificate authority 'sub' is SUBORDINATE and needs 'parent', the CA that signs it"),
        BadInput(
            "cloudtrail: { trails: { main: { bucket: lgs } } }\ns3: { buckets: { logs: {} } }",
            "s.yaml:5:47: no bucket named 'lgs'", "did you mean 'logs'?"),
        BadInput(
            "kms: { keys: { data: {} }, grants: { g: { key: data, grantee: prod/root, operations: [Decryt] } } }",
            "s.yaml:4:93: expected a grant operation such as Decrypt, found 'Decryt'", "did you mean 'Decrypt'?"),
        BadInput(
            "s3: { buckets: { a: { name: Not_A_Bucket } } }", "s.yaml:5:24: InvalidBucketName"),
        BadInput(
            "acm: { certificates: { old: { import: { certificate: certs/legacy-rsa1024.pem, private_key: certs/legacy-expiring-key.pem } } } }",
            "s.yaml:5:30: ValidationException: The private key does not match the public key in the certificate "
                + "(importing ", "certs/legacy-rsa1024.pem, ",
            files: ["certs/legacy-rsa1024.pem": "", "certs/legacy-expiring-key.pem": ""]),
        BadInput(
            "ebs: { encryption_by_default: true, default_key: data, regions: [eu-west-1] }",
            "s.yaml:5:56: key 'data' of 'prod' is in us-east-1, and this resource is in eu-west-1",
            "KMS keys are regional: declare a key in eu-west-1, or name the resource's Region"),
    ]

    @Test("bad workload input fails at its own line with what was expected and found", arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        let scenario = Self.scenario(input.account)
        var files = input.files
        for (name, text) in try WorkloadFolder.certificates() where files[name] == "" { files[name] = text }
        let run = try ScenarioFolder(["s.yaml": scenario].merging(files) { mine, _ in mine }).run()
        let problem = try #require(ScenarioFolder.firstProblem(run))
        let text = ([problem.message] + problem.details).joined(separator: "\n")
        #expect(text.contains(input.place), "\(text)")
        if let hint = input.hint { #expect(text.contains(hint), "\(text)") }
    }
}
