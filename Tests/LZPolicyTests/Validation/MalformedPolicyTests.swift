import LZPolicy
import Testing

/// Malformed policies and the exact diagnostics they get, per the grammar
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html) and the
/// per-kind syntax pages cited on each row.
@Suite struct MalformedPolicyTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var json: String
        var kind: PolicyKind = .identity
        var expected: [String]
        var testDescription: String { label }
    }

    static let rows: [Row] = [
        .init(
            label: "Effect is case-sensitive (reference_policies_elements_effect.html)",
            json:
                "{\"Version\": \"2012-10-17\",\n \"Statement\": [{\"Effect\": \"allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}",
            expected: [#"p.json:2:27: error: expected "Allow" or "Deny", got "allow" [statement.effect]"#]),
        .init(
            label: "a statement needs Resource (reference_policies_elements_resource.html)",
            json: "{\"Version\": \"2012-10-17\",\n \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\"}}",
            expected: [
                #"p.json:2:15: error: expected a "Resource" or "NotResource" element, got none [statement.missing-resource]"#
            ]),
        .init(
            label: "an identity policy has no Principal (reference_policies_elements_principal.html)",
            json:
                "{\"Version\": \"2012-10-17\", \"Statement\": [\n  {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}",
            expected: [
                #"p.json:2:23: error: expected no "Principal" in an identity policy, got one [statement.principal-not-allowed]"#
            ]),
        .init(
            label: "Version takes two dates only (reference_policies_elements_version.html)",
            json: #"{"Version": "2012-10-18", "Statement": []}"#,
            expected: [
                #"p.json:1:13: error: expected "2012-10-17" or "2008-10-17", got "2012-10-18" [policy.version]"#,
                #"p.json:1:40: error: expected at least one statement, got an empty array [policy.empty-statement]"#,
            ]),
        .init(
            label: "actions and resources have fixed shapes (reference_policies_elements_action.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3GetObject", "Resource": "bucket"}]}"#,
            expected: [
                #"p.json:1:71: error: expected "service:action" or "*", got "s3GetObject" [action.format]"#,
                #"p.json:1:98: error: expected an ARN (arn:partition:service:region:account:resource) or "*", got "bucket" [resource.format]"#,
            ]),
        .init(
            label: "unknown operators and untyped values (reference_policies_elements_condition_operators.html)",
            json:
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\",\n \"Condition\": {\"StringEqual\": {\"aws:PrincipalTag/x\": \"y\"}, \"NumericLessThan\": {\"s3:max-keys\": \"ten\"}}}]}",
            expected: [
                #"p.json:2:16: error: expected a condition operator such as "StringEquals", got "StringEqual" [condition.unknown-operator]"#,
                #"p.json:2:95: error: expected a number for NumericLessThan, got "ten" [condition.value]"#,
            ]),
        .init(
            label: "unknown statement elements (reference_policies_grammar.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Acton": "x"}]}"#,
            expected: [
                #"p.json:1:96: error: expected a statement element such as "Effect" or "Action", got "Acton" [statement.unknown-element]"#
            ]),
        .init(
            label: "a misspelt element case gets the right spelling (reference_policies_grammar.html)",
            json: #"{"Version": "2012-10-17", "Statement": [{"effect": "Allow", "Action": "s3:*", "Resource": "*"}]}"#,
            expected: [
                #"p.json:1:42: error: expected "Effect", got "effect" [statement.unknown-element]"#,
                #"p.json:1:41: error: expected an "Effect" element, got none [statement.missing-effect]"#,
            ]),
        .init(
            label: "duplicate and unknown top-level elements (reference_policies_grammar.html)",
            json: #"{"Version": "2012-10-17", "Statement": [], "Statement": 1, "Extra": 1}"#,
            expected: [
                #"p.json:1:40: error: expected at least one statement, got an empty array [policy.empty-statement]"#,
                #"p.json:1:44: error: expected each element once, got a second "Statement" [policy.duplicate-element]"#,
                #"p.json:1:60: error: expected "Version", "Id" or "Statement", got "Extra" [policy.unknown-element]"#,
            ]),
        .init(
            label: "truncated JSON names the position",
            json: #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"},"#,
            expected: [#"p.json:1:96: error: expected a value, got end of input [json.syntax]"#]),
        .init(
            label: "SCP wildcards, Allow resources and Allow conditions (orgs_manage_policies_scps_syntax.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*Object", "Resource": "arn:aws:s3:::b/*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}"#,
            kind: .scp,
            expected: [
                #"p.json:1:71: error: expected a wildcard only at the end of an action in an SCP, got "s3:*Object" [scp.action-wildcard]"#,
                #"p.json:1:97: error: expected "Resource": "*" in an SCP Allow statement, got "arn:aws:s3:::b/*" [scp.allow-resource]"#,
                #"p.json:1:131: error: expected no "Condition" in an SCP Allow statement, got one [scp.allow-condition]"#,
            ]),
        .init(
            label: "an SCP has no Principal (orgs_manage_policies_scps_syntax.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}"#,
            kind: .scp,
            expected: [
                #"p.json:1:60: error: expected no "Principal" in an SCP, got one [statement.principal-not-allowed]"#
            ]),
        .init(
            label: "RCP Allow only as RCPFullAWSAccess, Principal only * (orgs_manage_policies_rcps_syntax.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "s3:GetObject", "Resource": "*"}]}"#,
            kind: .rcp,
            expected: [
                #"p.json:1:52: error: expected Allow only as in RCPFullAWSAccess ("Action": "*", "Resource": "*", no Condition), got a narrower Allow [rcp.allow]"#,
                #"p.json:1:82: error: expected "Principal": "*" in an RCP, got "111111111111" [rcp.principal]"#,
            ]),
        .init(
            label: "a trust policy takes sts actions and no Resource (id_roles_terms-and-concepts.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "s3:GetObject", "Resource": "*"}]}"#,
            kind: .trust,
            expected: [
                #"p.json:1:118: error: expected an sts: action such as "sts:AssumeRole", got "s3:GetObject" [trust.action]"#,
                #"p.json:1:134: error: expected no "Resource" in a role trust policy (the role is the resource), got one [trust.resource]"#,
            ]),
        .init(
            label: "a resource policy needs a Principal (access_policies_identity-vs-resource.html)",
            json: #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}"#,
            kind: .resource,
            expected: [
                #"p.json:1:41: error: expected a "Principal" element in a resource-based policy, got none [statement.missing-principal]"#
            ]),
        .init(
            label: "IAM Sids are alphanumeric and unique (reference_policies_elements_sid.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Sid": "a-1", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}, {"Sid": "a-1", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}"#,
            expected: [
                #"p.json:1:49: error: expected a Sid of letters and digits only, got "a-1" [statement.sid-format]"#,
                #"p.json:1:119: error: expected a Sid of letters and digits only, got "a-1" [statement.sid-format]"#,
                #"p.json:1:119: error: expected unique Sids in a policy, got "a-1" twice [statement.duplicate-sid]"#,
            ]),
        .init(
            label: "principal values have fixed shapes (reference_policies_elements_principal.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:user/x", "Group": "g"}, "Action": "s3:*", "Resource": "*"}]}"#,
            kind: .resource,
            expected: [
                #"p.json:1:82: error: expected "*", a 12-digit account ID or an IAM or STS principal ARN, got "arn:aws:iam::1:user/x" [principal.aws-format]"#,
                #"p.json:1:107: error: expected "AWS", "Service", "Federated" or "CanonicalUser", got "Group" [principal.unknown-type]"#,
            ]),
        .init(
            label: "Action and NotAction together (reference_policies_elements_notaction.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "NotAction": "iam:*", "Resource": "*"}]}"#,
            expected: [
                #"p.json:1:41: error: expected either "Action" or "NotAction", got both [statement.action-conflict]"#
            ]),
        .init(
            label: "a policy must be an object", json: "[1]",
            expected: [#"p.json:1:1: error: expected a policy object, got an array [policy.type]"#]),
        .init(
            label: "Null takes no IfExists (reference_policies_elements_condition_operators.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"NullIfExists": {"k": "true"}}}]}"#,
            expected: [
                #"p.json:1:110: error: expected a condition operator such as "StringEquals", got "NullIfExists" [condition.unknown-operator]"#
            ]),
        .init(
            label: "an IP condition value must be a CIDR (reference_policies_elements_condition_operators.html)",
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/33"}}}]}"#,
            expected: [
                #"p.json:1:140: error: expected an IPv4 or IPv6 address or CIDR block for IpAddress, got "10.0.0.0/33" [condition.value]"#
            ]),
    ]

    @Test("malformed policy diagnostics", arguments: rows)
    func diagnostics(_ row: Row) {
        let parsed = PolicyParser.parse(row.json, file: "p.json")
        var found = parsed.diagnostics
        if let document = parsed.document {
            found += PolicyValidator.validate(document, as: row.kind, file: "p.json").filter { $0.severity == .error }
        }
        #expect(found.map(\.description) == row.expected)
    }

    @Test("a malformed policy cannot become a Policy, and the error lists every problem")
    func policyInitThrows() {
        #expect(throws: PolicyError.self) {
            try Policy(json: #"{"Statement": {"Effect": "Permit", "Action": "s3:*"}}"#, kind: .identity)
        }
        do {
            _ = try Policy(
                json: #"{"Statement": {"Effect": "Permit", "Action": "s3:*"}}"#, kind: .identity, file: "x.json")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["statement.effect"])
            #expect(error.description.hasPrefix("x.json:1:26: error:"))
        }
    }
}
