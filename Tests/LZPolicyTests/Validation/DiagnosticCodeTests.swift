import LZPolicy
import Testing

/// Every stable diagnostic code fires on the input it names, so scripts can rely on them.
@Suite struct DiagnosticCodeTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var code: String
        var json: String
        var kind: PolicyKind = .identity
        var testDescription: String { code }
    }

    static let rows: [Row] = [
        .init(code: "policy.id", json: #"{"Id": 5, "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#),
        .init(code: "policy.missing-statement", json: #"{"Version": "2012-10-17"}"#),
        .init(code: "policy.statement-type", json: #"{"Statement": "Allow"}"#),
        .init(code: "statement.type", json: #"{"Statement": ["x"]}"#),
        .init(code: "statement.empty", json: #"{"Statement": [{}]}"#),
        .init(
            code: "statement.sid",
            json: #"{"Statement": {"Sid": 1, "Effect": "Allow", "Action": "*", "Resource": "*"}}"#),
        .init(code: "statement.missing-action", json: #"{"Statement": {"Effect": "Allow", "Resource": "*"}}"#),
        .init(
            code: "statement.duplicate-element",
            json: #"{"Statement": {"Effect": "Allow", "Effect": "Deny", "Action": "*", "Resource": "*"}}"#),
        .init(
            code: "statement.resource-conflict",
            json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "*"}}"#),
        .init(
            code: "statement.principal-conflict",
            json:
                #"{"Statement": {"Effect": "Deny", "Principal": "*", "NotPrincipal": "*", "Action": "*", "Resource": "*"}}"#,
            kind: .resource),
        .init(code: "statement.action", json: #"{"Statement": {"Effect": "Allow", "Action": [], "Resource": "*"}}"#),
        .init(code: "statement.resource", json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": 1}}"#),
        .init(
            code: "resource.service",
            json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:*:::b"}}"#),
        .init(
            code: "principal.empty",
            json: #"{"Statement": {"Effect": "Allow", "Principal": {}, "Action": "*", "Resource": "*"}}"#,
            kind: .resource),
        .init(
            code: "principal.format",
            json: #"{"Statement": {"Effect": "Allow", "Principal": "me", "Action": "*", "Resource": "*"}}"#,
            kind: .resource),
        .init(
            code: "condition.type",
            json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": []}}"#),
        .init(
            code: "condition.block-type",
            json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": "true"}}}"#),
        .init(
            code: "condition.empty",
            json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {}}}}"#),
        .init(
            code: "condition.value-type",
            json:
                #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"k": {}}}}}"#
        ),
        .init(
            code: "scp.not-resource",
            json: #"{"Statement": {"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::b"}}"#, kind: .scp),
        .init(
            code: "scp.allow-not-action",
            json: #"{"Statement": {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}}"#, kind: .scp),
        .init(
            code: "rcp.not-principal",
            json:
                #"{"Statement": {"Effect": "Deny", "NotPrincipal": {"AWS": "111111111111"}, "Action": "s3:*", "Resource": "*"}}"#,
            kind: .rcp),
    ]

    @Test("diagnostic code", arguments: rows)
    func code(_ row: Row) {
        let parsed = PolicyParser.parse(row.json)
        var codes = parsed.diagnostics.map(\.code)
        if let document = parsed.document { codes += PolicyValidator.validate(document, as: row.kind).map(\.code) }
        #expect(codes.contains(row.code), "got \(codes)")
    }
}
