import LZPolicy
import Testing

/// `Action` and `NotAction` matching,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
@Suite struct ActionMatchingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var pattern: String
        var action: String
        var matches: Bool
        var testDescription: String { "\(pattern) vs \(action) → \(matches)" }
    }

    static let rows: [Row] = [
        // The Action page: prefix and name are case-insensitive.
        .init(pattern: "iam:ListAccessKeys", action: "IAM:listaccesskeys", matches: true),
        .init(pattern: "s3:*", action: "s3:GetObject", matches: true),
        .init(pattern: "s3:Get*", action: "s3:GetObjectAcl", matches: true),
        .init(pattern: "s3:Get*", action: "s3:PutObject", matches: false),
        .init(pattern: "*", action: "kms:Decrypt", matches: true),
        .init(pattern: "s3:*Object", action: "s3:DeleteObject", matches: true),  // `*` anywhere in the name
        .init(pattern: "s3:*Object", action: "s3:DeleteObjects", matches: false),
        .init(pattern: "ec2:Describe?", action: "ec2:DescribeX", matches: true),
        .init(pattern: "ec2:Describe?", action: "ec2:Describe", matches: false),
        .init(pattern: "s3:GetObject", action: "s3:GetObjectAcl", matches: false),  // no implicit prefix match
        .init(pattern: "s3:*", action: "s3express:CreateSession", matches: false),  // the prefix is exact
        .init(pattern: "sqs:Send*", action: "sns:SendMessage", matches: false),
    ]

    @Test("Action pattern matching (reference_policies_elements_action.html)", arguments: rows)
    func actionPattern(_ row: Row) {
        let policy = Fixture.statement(action: "\"\(row.pattern)\"")
        let request = Fixture.request(action: row.action)
        #expect(Authorizer.evaluate(request, against: PolicySet(identityPolicies: [policy])).isAllowed == row.matches)
    }

    @Test(
        "NotAction with Allow allows unlisted actions only within Resource (reference_policies_elements_notaction.html)"
    )
    func notActionAllowIsScopedByResource() {
        let notAction = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"arn:aws:s3:::data/*"}]}"#
        )
        let set = PolicySet(identityPolicies: [notAction])
        #expect(Fixture.decide(Fixture.request(action: "s3:GetObject"), set) == .allowed)
        #expect(
            Fixture.decide(Fixture.request(action: "s3:GetObject", resource: "arn:aws:s3:::other/x"), set)
                == .implicitlyDenied)
        #expect(
            Fixture.decide(Fixture.request(action: "iam:CreateUser", resource: "arn:aws:s3:::data/x"), set)
                == .implicitlyDenied)
    }

    @Test("NotAction with Deny denies every unlisted action (reference_policies_elements_notaction.html)")
    func notActionDenyDeniesTheRest() {
        let deny = Fixture.policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*","sts:*"],"Resource":"*"}]}"#)
        let set = PolicySet(identityPolicies: [Fixture.allowAll, deny])
        #expect(Fixture.decide(Fixture.request(action: "s3:GetObject"), set) == .explicitlyDenied)
        #expect(Fixture.decide(Fixture.request(action: "iam:ListUsers", resource: "*"), set) == .allowed)
    }
}
