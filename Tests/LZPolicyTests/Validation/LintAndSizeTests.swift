import Foundation
import LZPolicy
import Testing

/// Size quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html,
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html) and lint warnings
/// in the spirit of IAM Access Analyzer policy validation.
@Suite struct LintAndSizeTests {
    static func padded(_ characters: Int, pretty: Bool) -> String {
        let head =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::"#
        let tail = #""}]}"#
        let name = String(repeating: "b", count: characters - head.count - tail.count)
        let text = head + name + tail
        return pretty ? text.replacingOccurrences(of: ",", with: ",\n      ") : text
    }

    func codes(_ json: String, _ kind: PolicyKind) -> [String] {
        let parsed = PolicyParser.parse(json)
        guard let document = parsed.document else { return parsed.diagnostics.map(\.code) }
        return parsed.diagnostics.map(\.code) + PolicyValidator.validate(document, as: kind).map(\.code)
    }

    struct SizeRow: Sendable, CustomTestStringConvertible {
        var kind: PolicyKind
        var characters: Int
        var pretty: Bool
        var tooBig: Bool
        var testDescription: String { "\(kind) with \(characters) characters\(pretty ? " plus whitespace" : "")" }
    }

    static let sizes: [SizeRow] = [
        .init(kind: .identity, characters: 6_144, pretty: false, tooBig: false),
        .init(kind: .identity, characters: 6_145, pretty: false, tooBig: true),
        .init(kind: .identity, characters: 6_100, pretty: true, tooBig: false),  // IAM does not count whitespace
        .init(kind: .userInline, characters: 2_049, pretty: false, tooBig: true),
        .init(kind: .roleInline, characters: 10_240, pretty: false, tooBig: false),
        .init(kind: .groupInline, characters: 5_121, pretty: false, tooBig: true),
        .init(kind: .scp, characters: 5_120, pretty: false, tooBig: false),
        .init(kind: .scp, characters: 5_100, pretty: true, tooBig: true),  // Organizations counts every character
    ]

    @Test("size quotas per kind, whitespace counted as AWS counts it", arguments: sizes)
    func sizeQuota(_ row: SizeRow) {
        let json = Self.padded(row.characters, pretty: row.pretty)
        #expect(codes(json, row.kind).contains("policy.size") == row.tooBig)
    }

    @Test("the size error says the limit and what was found")
    func sizeMessage() throws {
        let document = try #require(PolicyParser.parse(Self.padded(2_100, pretty: false)).document)
        let finding = try #require(
            PolicyValidator.validate(document, as: .userInline).first { $0.code == "policy.size" })
        #expect(
            finding.message
                == "expected at most 2048 characters (whitespace not counted) for a user inline policy, got 2100")
    }

    struct LintRow: Sendable, CustomTestStringConvertible {
        var label: String
        var statement: String
        var kind: PolicyKind = .identity
        var version = "2012-10-17"
        var code: String
        var testDescription: String { label }
    }

    static let lints: [LintRow] = [
        .init(
            label: "an unknown action of a known service", statement: #""Action": "s3:GetObjekt", "Resource": "*""#,
            code: "lint.unknown-action"),
        .init(
            label: "a wildcard that matches no action", statement: #""Action": "kms:Zap*", "Resource": "*""#,
            code: "lint.unknown-action"),
        .init(
            label: "an unknown service prefix", statement: #""Action": "s4:GetObject", "Resource": "*""#,
            code: "lint.unknown-service"),
        .init(
            label: "a resource the action cannot touch",
            statement: #""Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:111111111111:alias/app""#,
            code: "lint.resource-mismatch"),
        .init(
            label: "an action without resource types on a specific ARN",
            statement: #""Action": "s3:ListAllMyBuckets", "Resource": "arn:aws:s3:::data""#,
            code: "lint.resource-mismatch"),
        .init(
            label: "Allow with NotPrincipal (reference_policies_elements_notprincipal.html)",
            statement: #""NotPrincipal": {"AWS": "111111111111"}, "Action": "s3:GetObject", "Resource": "*""#,
            kind: .resource, code: "lint.allow-not-principal"),
        .init(
            label: "ForAllValues in an Allow (reference_policies_condition-single-vs-multi-valued-context-keys.html)",
            statement:
                #""Action": "s3:GetObject", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": "env"}}"#,
            code: "lint.for-all-values-allow"),
        .init(
            label: "a set operator on a single-valued key (…multi-valued-context-keys.html)",
            statement:
                #""Action": "s3:GetObject", "Resource": "*", "Condition": {"ForAnyValue:StringEquals": {"aws:RequestedRegion": "eu-west-1"}}"#,
            code: "lint.set-operator-single-valued"),
        .init(
            label: "a variable under version 2008-10-17 (reference_policies_variables.html)",
            statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}""#,
            version: "2008-10-17", code: "lint.variable-literal"),
        .init(
            label: "a variable before the fifth colon (reference_policies_variables.html)",
            statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:${aws:RequestedRegion}::b""#,
            code: "lint.variable-position"),
        .init(
            label: "a variable in a numeric condition (reference_policies_variables.html)",
            statement:
                #""Action": "s3:ListBucket", "Resource": "*", "Condition": {"NumericEquals": {"s3:max-keys": "${aws:username}"}}"#,
            code: "lint.variable-literal"),
    ]

    @Test("lint warnings", arguments: lints)
    func lint(_ row: LintRow) {
        let json = "{\"Version\": \"\(row.version)\", \"Statement\": [{\"Effect\": \"Allow\", \(row.statement)}]}"
        #expect(codes(json, row.kind).contains(row.code))
    }

    @Test(
        "AWS managed policies validate without errors or catalog warnings",
        arguments: [
            ("AdministratorAccess", PolicyKind.identity), ("AmazonS3ReadOnlyAccess", .identity),
            ("PowerUserAccess", .identity), ("AWSKeyManagementServicePowerUser", .identity),
            ("AmazonVPCReadOnlyAccess", .identity), ("FullAWSAccess", .scp), ("RCPFullAWSAccess", .rcp),
            ("AWSOrganizationsServiceTrustPolicy", .identity),
        ])
    func managedPolicies(_ name: String, _ kind: PolicyKind) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/policy/managed/\(name).json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let found = codes(text, kind)
        #expect(!found.contains { !$0.hasPrefix("lint.") }, "errors: \(found)")
        #expect(!found.contains("lint.unknown-action"))
    }

    @Test("the catalog knows actions, resource types and key types")
    func catalog() {
        let catalog = ActionCatalog.shared
        #expect(catalog.knows(service: "S3"))
        #expect(catalog.actions(matching: "kms:Decrypt") == ["kms:Decrypt"])
        #expect(catalog.isMultivalued("aws:TagKeys") == true)
        #expect(catalog.isMultivalued("aws:RequestedRegion") == false)
        #expect(catalog.type(ofKey: "aws:ResourceTag/Project") == "String")
        #expect(catalog.isMultivalued("nosuch:key") == nil)
    }

    @Test("ForAllValues in an Allow guarded by Null false draws no warning (…multi-valued-context-keys.html)")
    func forAllValuesWithNullGuard() {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*",
             "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["env"]}, "Null": {"aws:TagKeys": "false"}}}]}
            """#
        #expect(!codes(json, .identity).contains("lint.for-all-values-allow"))
    }
}
