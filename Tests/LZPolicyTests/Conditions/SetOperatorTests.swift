import LZPolicy
import Testing

/// `ForAllValues:` and `ForAnyValue:` on multivalued keys,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
@Suite struct SetOperatorTests {
    static let cases: [ConditionCase] = [
        .init(
            label: "ForAllValues holds when every request value is listed (\(Page.multivalued))",
            op: "ForAllValues:StringEquals", key: "aws:TagKeys", values: ["env", "cost"],
            context: ["aws:TagKeys": ["env", "cost"]], holds: true),
        .init(
            label: "ForAllValues fails when one request value is not listed (\(Page.multivalued))",
            op: "ForAllValues:StringEquals", key: "aws:TagKeys", values: ["env"],
            context: ["aws:TagKeys": ["env", "owner"]], holds: false),
        .init(
            label: "ForAllValues holds when the key is absent (\(Page.multivalued))",
            op: "ForAllValues:StringEquals", key: "aws:TagKeys", values: ["env"], context: [:], holds: true),
        .init(
            label: "ForAllValues holds on an empty set (\(Page.multivalued))", op: "ForAllValues:StringEquals",
            key: "aws:TagKeys", values: ["env"], context: ["aws:TagKeys": []], multivalued: ["aws:TagKeys"],
            holds: true),
        .init(
            label: "ForAnyValue holds when one request value is listed (\(Page.multivalued))",
            op: "ForAnyValue:StringEquals", key: "aws:TagKeys", values: ["env"],
            context: ["aws:TagKeys": ["owner", "env"]], holds: true),
        .init(
            label: "ForAnyValue fails when no request value is listed (\(Page.multivalued))",
            op: "ForAnyValue:StringEquals", key: "aws:TagKeys", values: ["env"],
            context: ["aws:TagKeys": ["owner", "cost"]], holds: false),
        .init(
            label: "ForAnyValue is false for an absent key (\(Page.multivalued))", op: "ForAnyValue:StringEquals",
            key: "aws:TagKeys", values: ["env"], context: [:], holds: false),
        .init(
            label: "ForAnyValue is false on an empty set (\(Page.multivalued))", op: "ForAnyValue:StringEquals",
            key: "aws:TagKeys", values: ["env"], context: ["aws:TagKeys": []], multivalued: ["aws:TagKeys"],
            holds: false),
        .init(
            label: "ForAnyValue:StringLike uses wildcards (\(Page.multivalued))", op: "ForAnyValue:StringLike",
            key: "aws:TagKeys", values: ["env*"], context: ["aws:TagKeys": ["cost", "environment"]], holds: true),
        .init(
            label: "ForAllValues:StringLike needs every value to match a pattern (\(Page.multivalued))",
            op: "ForAllValues:StringLike", key: "aws:TagKeys", values: ["env*", "cost"],
            context: ["aws:TagKeys": ["cost", "environment"]], holds: true),
        .init(
            label: "ForAnyValue:StringNotEquals holds when some value is unlisted (\(Page.multivalued))",
            op: "ForAnyValue:StringNotEquals", key: "aws:TagKeys", values: ["env"],
            context: ["aws:TagKeys": ["env", "owner"]], holds: true),
        .init(
            label: "ForAnyValue:StringNotEquals fails when every value is listed (\(Page.multivalued))",
            op: "ForAnyValue:StringNotEquals", key: "aws:TagKeys", values: ["env", "owner"],
            context: ["aws:TagKeys": ["env", "owner"]], holds: false),
        .init(
            label: "ForAllValues:StringNotEquals holds when no value is listed (\(Page.multivalued))",
            op: "ForAllValues:StringNotEquals", key: "aws:TagKeys", values: ["secret"],
            context: ["aws:TagKeys": ["env", "owner"]], holds: true),
        .init(
            label: "ForAllValues:StringNotEquals fails when one value is listed (\(Page.multivalued))",
            op: "ForAllValues:StringNotEquals", key: "aws:TagKeys", values: ["secret"],
            context: ["aws:TagKeys": ["env", "secret"]], holds: false),
        .init(
            label: "ForAnyValue:StringEqualsIgnoreCase ignores case (\(Page.multivalued))",
            op: "ForAnyValue:StringEqualsIgnoreCase", key: "aws:TagKeys", values: ["ENV"],
            context: ["aws:TagKeys": ["env"]], holds: true),
        .init(
            label: "ForAnyValue:NumericLessThan works on numbers (\(Page.multivalued))",
            op: "ForAnyValue:NumericLessThan", key: "custom:sizes", values: ["10"],
            context: ["custom:sizes": ["50", "5"]], holds: true),
        .init(
            label: "ForAllValues:NumericLessThan fails if one number is too big (\(Page.multivalued))",
            op: "ForAllValues:NumericLessThan", key: "custom:sizes", values: ["10"],
            context: ["custom:sizes": ["50", "5"]], holds: false),
        .init(
            label: "ForAnyValue:DateGreaterThan works on dates (\(Page.multivalued))",
            op: "ForAnyValue:DateGreaterThan", key: "custom:dates", values: ["2024-01-01T00:00:00Z"],
            context: ["custom:dates": ["2023-01-01T00:00:00Z", "2025-01-01T00:00:00Z"]], holds: true),
        .init(
            label: "ForAllValues:IpAddress needs every address in a block (\(Page.multivalued))",
            op: "ForAllValues:IpAddress", key: "custom:ips", values: ["10.0.0.0/8"],
            context: ["custom:ips": ["10.1.1.1", "10.2.2.2"]], holds: true),
        .init(
            label: "ForAnyValue:IpAddress on addresses outside every block fails (\(Page.multivalued))",
            op: "ForAnyValue:IpAddress", key: "custom:ips", values: ["10.0.0.0/8"],
            context: ["custom:ips": ["192.0.2.1", "198.51.100.1"]], holds: false),
        .init(
            label: "ForAnyValue:ArnLike matches one of several ARNs (\(Page.multivalued))",
            op: "ForAnyValue:ArnLike", key: "custom:arns", values: ["arn:aws:iam::*:role/Ops*"],
            context: ["custom:arns": ["arn:aws:iam::111111111111:role/Dev", "arn:aws:iam::111111111111:role/OpsA"]],
            holds: true),
        .init(
            label: "ForAllValues:ArnLike fails when one ARN is outside (\(Page.multivalued))",
            op: "ForAllValues:ArnLike", key: "custom:arns", values: ["arn:aws:iam::*:role/Ops*"],
            context: ["custom:arns": ["arn:aws:iam::111111111111:role/Dev", "arn:aws:iam::111111111111:role/OpsA"]],
            holds: false),
        .init(
            label: "ForAllValues:BoolIfExists... the IfExists suffix passes an absent key (\(Page.operators))",
            op: "ForAnyValue:StringEqualsIfExists", key: "aws:TagKeys", values: ["env"], context: [:], holds: true),
        .init(
            label: "a set operator on a single value compares that one value (\(Page.multivalued))",
            op: "ForAnyValue:StringEquals", key: "aws:RequestedRegion", values: ["eu-west-1"],
            context: ["aws:RequestedRegion": ["eu-west-1"]], holds: true),
    ]

    @Test("set operator", arguments: cases)
    func setOperator(_ row: ConditionCase) {
        #expect(row.evaluate() == row.holds)
    }

    @Test("several keys in one operator are ANDed (reference_policies_elements_condition.html)")
    func keysAreANDed() {
        let policy = Fixture.statement(
            condition: #"{"StringEquals": {"aws:RequestedRegion": "eu-west-1", "aws:PrincipalTag/team": "red"}}"#)
        var context = RequestContext(["aws:RequestedRegion": "eu-west-1"])
        let missingTag = Fixture.request(context: context)
        #expect(Fixture.decide(missingTag, PolicySet(identityPolicies: [policy])) == .implicitlyDenied)
        context["aws:PrincipalTag/team"] = ["red"]
        #expect(Fixture.decide(Fixture.request(context: context), PolicySet(identityPolicies: [policy])) == .allowed)
    }

    @Test("several operators in one Condition are ANDed (reference_policies_elements_condition.html)")
    func operatorsAreANDed() {
        let policy = Fixture.statement(
            condition:
                #"{"StringEquals": {"aws:RequestedRegion": "eu-west-1"}, "Bool": {"aws:SecureTransport": "true"}}"#)
        let insecure = Fixture.request(
            context: RequestContext(["aws:RequestedRegion": "eu-west-1", "aws:SecureTransport": "false"]))
        #expect(Fixture.decide(insecure, PolicySet(identityPolicies: [policy])) == .implicitlyDenied)
    }
}
