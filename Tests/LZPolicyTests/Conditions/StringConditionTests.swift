import LZPolicy
import Testing

/// String operators, https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
@Suite struct StringConditionTests {
    static let cases: [ConditionCase] = [
        .init(
            label: "StringEquals matches the exact value (\(Page.operators))", op: "StringEquals",
            key: "aws:PrincipalTag/team", values: ["red"], context: ["aws:PrincipalTag/team": ["red"]], holds: true),
        .init(
            label: "StringEquals is case-sensitive in the value (\(Page.operators))", op: "StringEquals",
            key: "aws:PrincipalTag/team", values: ["Red"], context: ["aws:PrincipalTag/team": ["red"]], holds: false),
        .init(
            label: "StringEquals ORs several policy values (\(Page.condition))", op: "StringEquals",
            key: "aws:RequestedRegion", values: ["eu-west-1", "eu-central-1"],
            context: ["aws:RequestedRegion": ["eu-central-1"]], holds: true),
        .init(
            label: "StringEquals treats * as a literal (\(Page.operators))", op: "StringEquals",
            key: "s3:prefix", values: ["home/*"], context: ["s3:prefix": ["home/alice"]], holds: false),
        .init(
            label: "key names are case-insensitive (\(Page.condition))", op: "StringEquals",
            key: "AWS:principaltag/TEAM", values: ["red"], context: ["aws:PrincipalTag/team": ["red"]], holds: true),
        .init(
            label: "StringEquals on an absent key is false (\(Page.operators))", op: "StringEquals",
            key: "aws:PrincipalTag/team", values: ["red"], context: [:], holds: false),
        .init(
            label: "StringNotEquals with another value holds (\(Page.operators))", op: "StringNotEquals",
            key: "aws:RequestedRegion", values: ["eu-west-1"], context: ["aws:RequestedRegion": ["us-east-1"]],
            holds: true),
        .init(
            label: "StringNotEquals with several values means none of them (\(Page.condition))",
            op: "StringNotEquals", key: "aws:RequestedRegion", values: ["eu-west-1", "us-east-1"],
            context: ["aws:RequestedRegion": ["us-east-1"]], holds: false),
        .init(
            label: "StringNotEquals on an absent key is true (\(Page.operators))", op: "StringNotEquals",
            key: "aws:PrincipalTag/team", values: ["red"], context: [:], holds: true),
        .init(
            label: "StringEqualsIgnoreCase ignores case (\(Page.operators))", op: "StringEqualsIgnoreCase",
            key: "aws:PrincipalTag/team", values: ["RED"], context: ["aws:PrincipalTag/team": ["red"]], holds: true),
        .init(
            label: "StringNotEqualsIgnoreCase fails on a case variant (\(Page.operators))",
            op: "StringNotEqualsIgnoreCase", key: "aws:PrincipalTag/team", values: ["RED"],
            context: ["aws:PrincipalTag/team": ["red"]], holds: false),
        .init(
            label: "StringLike * matches any run (\(Page.operators))", op: "StringLike", key: "s3:prefix",
            values: ["home/*"], context: ["s3:prefix": ["home/alice/docs"]], holds: true),
        .init(
            label: "StringLike ? matches one character (\(Page.operators))", op: "StringLike", key: "s3:prefix",
            values: ["v?"], context: ["s3:prefix": ["v1"]], holds: true),
        .init(
            label: "StringLike ? does not match two characters (\(Page.operators))", op: "StringLike",
            key: "s3:prefix", values: ["v?"], context: ["s3:prefix": ["v10"]], holds: false),
        .init(
            label: "StringLike is case-sensitive (\(Page.operators))", op: "StringLike", key: "s3:prefix",
            values: ["Home/*"], context: ["s3:prefix": ["home/a"]], holds: false),
        .init(
            label: "StringLike keeps regex metacharacters literal (\(Page.operators))", op: "StringLike",
            key: "s3:prefix", values: ["a.c"], context: ["s3:prefix": ["abc"]], holds: false),
        .init(
            label: "StringLike matches the empty string with * (\(Page.operators))", op: "StringLike",
            key: "s3:prefix", values: ["*"], context: ["s3:prefix": [""]], holds: true),
        .init(
            label: "StringNotLike on an absent key is true (\(Page.operators))", op: "StringNotLike",
            key: "s3:prefix", values: ["home/*"], context: [:], holds: true),
        .init(
            label: "StringNotLike on a matching value is false (\(Page.operators))", op: "StringNotLike",
            key: "s3:prefix", values: ["home/*"], context: ["s3:prefix": ["home/x"]], holds: false),
        .init(
            label: "StringEqualsIfExists on an absent key is true (\(Page.operators))", op: "StringEqualsIfExists",
            key: "ec2:InstanceType", values: ["t2.micro"], context: [:], holds: true),
        .init(
            label: "StringEqualsIfExists on a present key is the plain test (\(Page.operators))",
            op: "StringEqualsIfExists", key: "ec2:InstanceType", values: ["t2.micro"],
            context: ["ec2:InstanceType": ["m5.large"]], holds: false),
        .init(
            label: "StringNotEqualsIfExists on an absent key is true (\(Page.operators))",
            op: "StringNotEqualsIfExists", key: "aws:PrincipalTag/team", values: ["red"], context: [:], holds: true),
        .init(
            label: "StringLikeIfExists on a present non-matching key is false (\(Page.operators))",
            op: "StringLikeIfExists", key: "s3:prefix", values: ["home/*"], context: ["s3:prefix": ["tmp/"]],
            holds: false),
        .init(
            label: "StringNotLikeIfExists on a present matching key is false (\(Page.operators))",
            op: "StringNotLikeIfExists", key: "s3:prefix", values: ["home/*"], context: ["s3:prefix": ["home/"]],
            holds: false),
        .init(
            label: "a variable in a string value resolves from the request (\(Page.variables))", op: "StringEquals",
            key: "s3:prefix", values: ["home/${aws:username}"],
            context: ["s3:prefix": ["home/alice"], "aws:username": ["alice"]], holds: true),
        .init(
            label: "a variable with no value matches nothing in a positive operator (\(Page.variables))",
            op: "StringEquals", key: "s3:prefix", values: ["home/${aws:username}"],
            context: ["s3:prefix": ["home/"]], holds: false),
        .init(
            label: "a variable with no value makes a negated operator match (\(Page.variables))",
            op: "StringNotEquals", key: "s3:prefix", values: ["home/${aws:username}"],
            context: ["s3:prefix": ["home/"]], holds: true),
        .init(
            label: "a variable default applies when the key is absent (\(Page.variables))", op: "StringEquals",
            key: "s3:prefix", values: ["${aws:PrincipalTag/team, 'shared'}"], context: ["s3:prefix": ["shared"]],
            holds: true),
        .init(
            label: "${*} is a literal star, not a wildcard (\(Page.variables))", op: "StringLike", key: "s3:prefix",
            values: ["a${*}"], context: ["s3:prefix": ["abc"]], holds: false),
        .init(
            label: "${*} matches a literal star (\(Page.variables))", op: "StringLike", key: "s3:prefix",
            values: ["a${*}"], context: ["s3:prefix": ["a*"]], holds: true),
        .init(
            label: "${$} stands for a dollar sign (\(Page.variables))", op: "StringEquals", key: "s3:prefix",
            values: ["cost${$}"], context: ["s3:prefix": ["cost$"]], holds: true),
        .init(
            label: "${?} stands for a question mark (\(Page.variables))", op: "StringLike", key: "s3:prefix",
            values: ["why${?}"], context: ["s3:prefix": ["why?"]], holds: true),
        .init(
            label: "variables are literal under version 2008-10-17 (\(Page.variables))", op: "StringEquals",
            key: "s3:prefix", values: ["${aws:username}"],
            context: ["s3:prefix": ["${aws:username}"], "aws:username": ["alice"]], holds: true,
            version: "2008-10-17"),
        .init(
            label: "a variable's key name is case-insensitive (\(Page.variables))", op: "StringEquals",
            key: "s3:prefix", values: ["${AWS:UserName}"],
            context: ["s3:prefix": ["alice"], "aws:username": ["alice"]],
            holds: true),
        .init(
            label: "the tag-key part of a key name is case-insensitive (\(Page.condition))", op: "StringEquals",
            key: "aws:ResourceTag/Project", values: ["x"], context: ["aws:resourcetag/project": ["x"]], holds: true),
        .init(
            label: "StringEquals with a plain operator on a multivalued key matches any value (\(Page.multivalued))",
            op: "StringEquals", key: "aws:TagKeys", values: ["env"], context: ["aws:TagKeys": ["env", "cost"]],
            holds: true),
    ]

    @Test("string operator", arguments: cases)
    func stringOperator(_ row: ConditionCase) {
        #expect(row.evaluate() == row.holds)
    }
}
