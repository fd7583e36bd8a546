import LZPolicy
import Testing

/// Numeric, date, Bool, binary, IP address, ARN and Null operators,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
@Suite struct TypedConditionTests {
    static let numeric: [ConditionCase] = [
        .init(
            label: "NumericEquals compares numbers, not text (\(Page.operators))", op: "NumericEquals",
            key: "s3:max-keys", values: ["10"], context: ["s3:max-keys": ["10.0"]], holds: true),
        .init(
            label: "NumericNotEquals on a different number holds (\(Page.operators))", op: "NumericNotEquals",
            key: "s3:max-keys", values: ["10"], context: ["s3:max-keys": ["11"]], holds: true),
        .init(
            label: "NumericLessThan is strict (\(Page.operators))", op: "NumericLessThan", key: "s3:max-keys",
            values: ["10"], context: ["s3:max-keys": ["10"]], holds: false),
        .init(
            label: "NumericLessThanEquals includes the bound (\(Page.operators))", op: "NumericLessThanEquals",
            key: "s3:max-keys", values: ["10"], context: ["s3:max-keys": ["10"]], holds: true),
        .init(
            label: "NumericGreaterThan compares magnitudes (\(Page.operators))", op: "NumericGreaterThan",
            key: "s3:max-keys", values: ["9"], context: ["s3:max-keys": ["10"]], holds: true),
        .init(
            label: "NumericGreaterThanEquals below the bound fails (\(Page.operators))",
            op: "NumericGreaterThanEquals", key: "s3:max-keys", values: ["10"], context: ["s3:max-keys": ["9"]],
            holds: false),
        .init(
            label: "a numeric operator on an absent key is false (\(Page.operators))", op: "NumericLessThan",
            key: "s3:max-keys", values: ["10"], context: [:], holds: false),
        .init(
            label: "NumericLessThanIfExists on an absent key is true (\(Page.operators))",
            op: "NumericLessThanIfExists", key: "s3:max-keys", values: ["10"], context: [:], holds: true),
        .init(
            label: "NumericLessThanIfExists on a present key is the plain test (\(Page.operators))",
            op: "NumericLessThanIfExists", key: "s3:max-keys", values: ["10"], context: ["s3:max-keys": ["5"]],
            holds: true),
        .init(
            label: "a request value that is not a number does not match (\(Page.operators))",
            op: "NumericEquals", key: "s3:max-keys", values: ["10"], context: ["s3:max-keys": ["ten"]],
            holds: false),
        .init(
            label: "NumericNotEquals on an absent key is true (\(Page.operators))", op: "NumericNotEquals",
            key: "s3:max-keys", values: ["10"], context: [:], holds: true),
    ]

    static let dates: [ConditionCase] = [
        .init(
            label: "DateLessThan compares instants (\(Page.operators))", op: "DateLessThan",
            key: "aws:CurrentTime", values: ["2030-01-01T00:00:00Z"],
            context: ["aws:CurrentTime": ["2025-06-01T00:00:00Z"]], holds: true),
        .init(
            label: "DateGreaterThan after the bound holds (\(Page.operators))", op: "DateGreaterThan",
            key: "aws:CurrentTime", values: ["2020-01-01T00:00:00Z"],
            context: ["aws:CurrentTime": ["2025-06-01T00:00:00Z"]], holds: true),
        .init(
            label: "DateEquals accepts epoch seconds against ISO 8601 (\(Page.operators))", op: "DateEquals",
            key: "aws:EpochTime", values: ["2024-01-01T00:00:00Z"], context: ["aws:EpochTime": ["1704067200"]],
            holds: true),
        .init(
            label: "DateNotEquals on the same instant in another offset is false (\(Page.operators))",
            op: "DateNotEquals", key: "aws:CurrentTime", values: ["2024-01-01T01:00:00+01:00"],
            context: ["aws:CurrentTime": ["2024-01-01T00:00:00Z"]], holds: false),
        .init(
            label: "DateLessThanEquals includes the bound (\(Page.operators))", op: "DateLessThanEquals",
            key: "aws:TokenIssueTime", values: ["2024-01-01T00:00:00Z"],
            context: ["aws:TokenIssueTime": ["2024-01-01T00:00:00Z"]], holds: true),
        .init(
            label: "DateGreaterThanEquals before the bound fails (\(Page.operators))",
            op: "DateGreaterThanEquals", key: "aws:CurrentTime", values: ["2024-01-02"],
            context: ["aws:CurrentTime": ["2024-01-01T23:59:59Z"]], holds: false),
        .init(
            label: "date operators take no wildcards (\(Page.operators))", op: "DateEquals",
            key: "aws:CurrentTime", values: ["2024-01-01T00:00:00Z"], context: ["aws:CurrentTime": ["2024-*"]],
            holds: false),
        .init(
            label: "DateLessThanIfExists on an absent key is true (\(Page.operators))", op: "DateLessThanIfExists",
            key: "aws:TokenIssueTime", values: ["2024-01-01T00:00:00Z"], context: [:], holds: true),
        .init(
            label: "DateGreaterThanIfExists on a present later date holds (\(Page.operators))",
            op: "DateGreaterThanIfExists", key: "aws:CurrentTime", values: ["2020-01-01T00:00:00Z"],
            context: ["aws:CurrentTime": ["2025-01-01T00:00:00Z"]], holds: true),
        .init(
            label: "a date operator on an absent key is false (\(Page.operators))", op: "DateGreaterThan",
            key: "aws:CurrentTime", values: ["2020-01-01T00:00:00Z"], context: [:], holds: false),
    ]

    static let others: [ConditionCase] = [
        .init(
            label: "Bool true matches \"true\" (\(Page.operators))", op: "Bool", key: "aws:SecureTransport",
            values: ["true"], context: ["aws:SecureTransport": ["true"]], holds: true),
        .init(
            label: "Bool compares without case (\(Page.operators))", op: "Bool", key: "aws:SecureTransport",
            values: ["true"], context: ["aws:SecureTransport": ["TRUE"]], holds: true),
        .init(
            label: "Bool false does not match true (\(Page.operators))", op: "Bool", key: "aws:SecureTransport",
            values: ["false"], context: ["aws:SecureTransport": ["true"]], holds: false),
        .init(
            label: "plain Bool on an absent MFA key is false, so a Deny does not fire (\(Page.globalKeys))",
            op: "Bool", key: "aws:MultiFactorAuthPresent", values: ["false"], context: [:], holds: false),
        .init(
            label: "BoolIfExists false on an absent MFA key is true (\(Page.globalKeys))", op: "BoolIfExists",
            key: "aws:MultiFactorAuthPresent", values: ["false"], context: [:], holds: true),
        .init(
            label: "BoolIfExists false with MFA present is false (\(Page.globalKeys))", op: "BoolIfExists",
            key: "aws:MultiFactorAuthPresent", values: ["false"], context: ["aws:MultiFactorAuthPresent": ["true"]],
            holds: false),
        .init(
            label: "BinaryEquals compares the base64 text (\(Page.operators))", op: "BinaryEquals",
            key: "key", values: ["QmluYXJ5VmFsdWVJbkJhc2U2NA=="], context: ["key": ["QmluYXJ5VmFsdWVJbkJhc2U2NA=="]],
            holds: true),
        .init(
            label: "BinaryEqualsIfExists on an absent key is true (\(Page.operators))", op: "BinaryEqualsIfExists",
            key: "key", values: ["AA=="], context: [:], holds: true),
        .init(
            label: "IpAddress matches inside a CIDR block (\(Page.operators))", op: "IpAddress",
            key: "aws:SourceIp", values: ["203.0.113.0/24"], context: ["aws:SourceIp": ["203.0.113.77"]],
            holds: true),
        .init(
            label: "IpAddress does not match outside the block (\(Page.operators))", op: "IpAddress",
            key: "aws:SourceIp", values: ["203.0.113.0/24"], context: ["aws:SourceIp": ["203.0.114.1"]],
            holds: false),
        .init(
            label: "a single address is a /32 (\(Page.operators))", op: "IpAddress", key: "aws:SourceIp",
            values: ["203.0.113.5"], context: ["aws:SourceIp": ["203.0.113.5"]], holds: true),
        .init(
            label: "IpAddress handles IPv6 blocks (\(Page.operators))", op: "IpAddress", key: "aws:SourceIp",
            values: ["2001:DB8:1234:5678::/64"], context: ["aws:SourceIp": ["2001:db8:1234:5678::1"]], holds: true),
        .init(
            label: "an IPv6 address is not in an IPv4 block (\(Page.operators))", op: "IpAddress",
            key: "aws:SourceIp", values: ["0.0.0.0/0"], context: ["aws:SourceIp": ["2001:db8::1"]], holds: false),
        .init(
            label: "IpAddress is false without aws:SourceIp, as through a VPC endpoint (\(Page.globalKeys))",
            op: "IpAddress", key: "aws:SourceIp", values: ["10.0.0.0/8"], context: [:], holds: false),
        .init(
            label: "NotIpAddress outside the block holds (\(Page.operators))", op: "NotIpAddress",
            key: "aws:SourceIp", values: ["10.0.0.0/8"], context: ["aws:SourceIp": ["192.0.2.1"]], holds: true),
        .init(
            label: "NotIpAddress on an absent key is true (\(Page.operators))", op: "NotIpAddress",
            key: "aws:SourceIp", values: ["10.0.0.0/8"], context: [:], holds: true),
        .init(
            label: "IpAddressIfExists inside the block holds (\(Page.operators))", op: "IpAddressIfExists",
            key: "aws:SourceIp", values: ["10.0.0.0/8"], context: ["aws:SourceIp": ["10.1.2.3"]], holds: true),
        .init(
            label: "IpAddressIfExists outside the block is false (\(Page.operators))", op: "IpAddressIfExists",
            key: "aws:SourceIp", values: ["10.0.0.0/8"], context: ["aws:SourceIp": ["11.1.2.3"]], holds: false),
        .init(
            label: "ArnLike matches field by field (\(Page.operators))", op: "ArnLike", key: "aws:SourceArn",
            values: ["arn:aws:sns:*:111111111111:topic-*"],
            context: ["aws:SourceArn": ["arn:aws:sns:eu-west-1:111111111111:topic-a"]], holds: true),
        .init(
            label: "ArnEquals behaves as ArnLike, wildcards included (\(Page.operators))", op: "ArnEquals",
            key: "aws:SourceArn", values: ["arn:aws:sns:*:111111111111:*"],
            context: ["aws:SourceArn": ["arn:aws:sns:eu-west-1:111111111111:t"]], holds: true),
        .init(
            label: "ArnLike is case-sensitive (\(Page.operators))", op: "ArnLike", key: "aws:PrincipalArn",
            values: ["arn:aws:iam::*:role/admin*"],
            context: ["aws:PrincipalArn": ["arn:aws:iam::111111111111:role/Admin"]], holds: false),
        .init(
            label: "ArnLike allows * inside any field of a condition value (\(Page.operators))", op: "ArnLike",
            key: "aws:SourceArn", values: ["arn:aws:s*s:eu-west-1:111111111111:q"],
            context: ["aws:SourceArn": ["arn:aws:sqs:eu-west-1:111111111111:q"]], holds: true),
        .init(
            label: "ArnNotLike on a matching ARN is false (\(Page.operators))", op: "ArnNotLike",
            key: "aws:PrincipalArn", values: ["arn:aws:iam::*:role/Admin*"],
            context: ["aws:PrincipalArn": ["arn:aws:iam::111111111111:role/AdminOps"]], holds: false),
        .init(
            label: "ArnNotEquals on an absent key is true (\(Page.operators))", op: "ArnNotEquals",
            key: "aws:SourceArn", values: ["arn:aws:sns:*:*:*"], context: [:], holds: true),
        .init(
            label: "ArnLikeIfExists on an absent key is true (\(Page.operators))", op: "ArnLikeIfExists",
            key: "aws:SourceArn", values: ["arn:aws:sns:*:*:*"], context: [:], holds: true),
        .init(
            label: "ArnLike does not match a value that is not an ARN (\(Page.operators))", op: "ArnLike",
            key: "aws:SourceArn", values: ["arn:aws:sns:*:*:*"], context: ["aws:SourceArn": ["sns-topic"]],
            holds: false),
        .init(
            label: "ArnLike with a variable resolves it (\(Page.variables))", op: "ArnLike", key: "aws:SourceArn",
            values: ["arn:aws:s3:::${aws:username}-*"],
            context: ["aws:SourceArn": ["arn:aws:s3:::alice-logs"], "aws:username": ["alice"]], holds: true),
        .init(
            label: "Null true holds when the key is absent (\(Page.operators))", op: "Null",
            key: "aws:TokenIssueTime", values: ["true"], context: [:], holds: true),
        .init(
            label: "Null true fails when the key is present (\(Page.operators))", op: "Null",
            key: "aws:TokenIssueTime", values: ["true"], context: ["aws:TokenIssueTime": ["2024-01-01T00:00:00Z"]],
            holds: false),
        .init(
            label: "Null false holds when the key is present (\(Page.operators))", op: "Null",
            key: "aws:TokenIssueTime", values: ["false"], context: ["aws:TokenIssueTime": ["2024-01-01T00:00:00Z"]],
            holds: true),
        .init(
            label: "Null false fails when the key is absent (\(Page.operators))", op: "Null",
            key: "aws:TokenIssueTime", values: ["false"], context: [:], holds: false),
    ]

    @Test("numeric operator", arguments: numeric)
    func numericOperator(_ row: ConditionCase) { #expect(row.evaluate() == row.holds) }

    @Test("date operator", arguments: dates)
    func dateOperator(_ row: ConditionCase) { #expect(row.evaluate() == row.holds) }

    @Test("Bool, binary, IP, ARN and Null operator", arguments: others)
    func otherOperator(_ row: ConditionCase) { #expect(row.evaluate() == row.holds) }
}
