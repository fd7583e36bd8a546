import LZPolicy
import Testing

/// `Resource` matching, segment-aware and case-sensitive,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
@Suite struct ResourceMatchingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var pattern: String
        var resource: String
        var matches: Bool
        var testDescription: String { label }
    }

    static let rows: [Row] = [
        .init(
            label: "exact ARN", pattern: "arn:aws:sqs:us-east-2:111111111111:queue1",
            resource: "arn:aws:sqs:us-east-2:111111111111:queue1", matches: true),
        .init(
            label: "the IAM user name is case-sensitive", pattern: "arn:aws:iam::111111111111:user/Bob",
            resource: "arn:aws:iam::111111111111:user/bob", matches: false),
        .init(
            label: "* spans / inside the resource", pattern: "arn:aws:s3:::data/*",
            resource: "arn:aws:s3:::data/a/b/c.txt", matches: true),
        .init(
            label: "a bucket ARN does not cover its objects", pattern: "arn:aws:s3:::data",
            resource: "arn:aws:s3:::data/k", matches: false),
        .init(
            label: "an object pattern does not cover the bucket", pattern: "arn:aws:s3:::data/*",
            resource: "arn:aws:s3:::data", matches: false),
        .init(
            label: "a path wildcard", pattern: "arn:aws:iam::111111111111:user/accounting/*",
            resource: "arn:aws:iam::111111111111:user/accounting/alice", matches: true),
        .init(
            label: "? matches one character", pattern: "arn:aws:s3:::log-202?",
            resource: "arn:aws:s3:::log-2024", matches: true),
        .init(
            label: "? does not match none", pattern: "arn:aws:s3:::log-202?",
            resource: "arn:aws:s3:::log-202", matches: false),
        .init(
            label: "an empty Region field is literal",
            pattern: "arn:aws:cloudformation::*:stack/StackSet-*",
            resource: "arn:aws:cloudformation:us-east-1:111111111111:stack/StackSet-x/1", matches: false),
        .init(
            label: "an empty Region field matches an ARN without Region",
            pattern: "arn:aws:iam::*:role/*", resource: "arn:aws:iam::111111111111:role/Dev", matches: true),
        .init(
            label: "* in the Region field matches any Region", pattern: "arn:aws:ec2:*:111111111111:instance/*",
            resource: "arn:aws:ec2:eu-west-1:111111111111:instance/i-1", matches: true),
        .init(
            label: "a partial Region wildcard stays in its field", pattern: "arn:aws:ec2:eu-*:111111111111:instance/*",
            resource: "arn:aws:ec2:us-east-1:111111111111:instance/i-1", matches: false),
        .init(
            label: "the account field is matched on its own", pattern: "arn:aws:s3:*:222222222222:*",
            resource: "arn:aws:s3:eu-west-1:111111111111:accesspoint/x", matches: false),
        .init(
            label: "a trailing * of the last field expands beyond colons", pattern: "arn:aws:logs:*",
            resource: "arn:aws:logs:eu-west-1:111111111111:log-group:app:log-stream:s", matches: true),
        .init(
            label: "colons inside the resource field are ordinary",
            pattern: "arn:aws:logs:eu-west-1:111111111111:log-group:app:*",
            resource: "arn:aws:logs:eu-west-1:111111111111:log-group:app:log-stream:s", matches: true),
        .init(
            label: "regex metacharacters are literal", pattern: "arn:aws:s3:::data.(1)/+",
            resource: "arn:aws:s3:::dataX(1)/+", matches: false),
        .init(
            label: "regex metacharacters match themselves", pattern: "arn:aws:s3:::data.(1)/+",
            resource: "arn:aws:s3:::data.(1)/+", matches: true),
        .init(label: "* matches every resource", pattern: "*", resource: "arn:aws:s3:::anything", matches: true),
        .init(label: "* matches the resource * itself", pattern: "*", resource: "*", matches: true),
        .init(
            label: "an ARN pattern does not match the resource *", pattern: "arn:aws:s3:::*", resource: "*",
            matches: false),
        .init(
            label: "the partition field is literal", pattern: "arn:aws:s3:::data/*",
            resource: "arn:aws-cn:s3:::data/k", matches: false),
        .init(
            label: "the service field is literal", pattern: "arn:aws:s3:::data/*",
            resource: "arn:aws:s3express:::data/k", matches: false),
    ]

    @Test("Resource pattern matching (reference_policies_elements_resource.html)", arguments: rows)
    func resourcePattern(_ row: Row) {
        let policy = Fixture.statement(resource: "\"\(row.pattern)\"")
        let request = Fixture.request(resource: row.resource)
        #expect(Authorizer.evaluate(request, against: PolicySet(identityPolicies: [policy])).isAllowed == row.matches)
    }

    @Test(
        "NotResource with Allow allows everything but the listed resources (reference_policies_elements_notresource.html)"
    )
    func notResourceAllow() {
        let policy = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::secret/*"}]}"#
        )
        let set = PolicySet(identityPolicies: [policy])
        #expect(Fixture.decide(Fixture.request(resource: "arn:aws:s3:::data/k"), set) == .allowed)
        #expect(Fixture.decide(Fixture.request(resource: "arn:aws:s3:::secret/k"), set) == .implicitlyDenied)
    }

    @Test(
        "NotResource with Deny denies everything but the listed resources (reference_policies_elements_notresource.html)"
    )
    func notResourceDeny() {
        let deny = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","NotResource":"arn:aws:s3:::data/*"}]}"#
        )
        let set = PolicySet(identityPolicies: [Fixture.allowAll, deny])
        #expect(Fixture.decide(Fixture.request(resource: "arn:aws:s3:::data/k"), set) == .allowed)
        #expect(Fixture.decide(Fixture.request(resource: "arn:aws:s3:::other/k"), set) == .explicitlyDenied)
    }
}
