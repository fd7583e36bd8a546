import LZPolicy
import Testing

/// Policy variables in `Resource`, https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
@Suite struct ResourceVariableTests {
    func decide(_ resourcePattern: String, _ resource: String, context: RequestContext, version: String? = "2012-10-17")
        -> Bool
    {
        let policy = Fixture.statement(resource: "\"\(resourcePattern)\"", version: version)
        let request = Fixture.request(resource: resource, context: context)
        return Authorizer.evaluate(request, against: PolicySet(identityPolicies: [policy])).isAllowed
    }

    let alice = RequestContext(["aws:username": "alice"])

    @Test("${aws:username} resolves from the request (reference_policies_variables.html)")
    func usernameResolves() {
        #expect(decide("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/alice/notes", context: alice))
        #expect(!decide("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/bob/notes", context: alice))
    }

    @Test("without Version 2012-10-17 a variable is literal text (reference_policies_variables.html)")
    func versionGatesVariables() {
        #expect(
            !decide("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/alice/x", context: alice, version: nil))
        #expect(
            decide(
                "arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/${aws:username}/x", context: alice,
                version: "2008-10-17"))
    }

    @Test("a Resource whose variable has no value matches no resource (reference_policies_variables.html)")
    func missingVariableMatchesNothing() {
        #expect(!decide("arn:aws:s3:::home/${aws:username}*", "arn:aws:s3:::home/", context: RequestContext()))
    }

    @Test("a default value stands in for a missing key (reference_policies_variables.html)")
    func defaultValue() {
        #expect(
            decide(
                "arn:aws:s3:::team-${aws:PrincipalTag/team, 'shared'}/*", "arn:aws:s3:::team-shared/x",
                context: RequestContext()))
        #expect(
            decide(
                "arn:aws:s3:::team-${aws:PrincipalTag/team, 'shared'}/*", "arn:aws:s3:::team-red/x",
                context: RequestContext(["aws:PrincipalTag/team": "red"])))
    }

    @Test("a substituted value is literal, its * is not a wildcard (reference_policies_variables.html)")
    func substitutedValueIsLiteral() {
        let starry = RequestContext(["aws:username": "*"])
        #expect(!decide("arn:aws:s3:::home/${aws:username}", "arn:aws:s3:::home/alice", context: starry))
        #expect(decide("arn:aws:s3:::home/${aws:username}", "arn:aws:s3:::home/*", context: starry))
    }

    @Test("${*} in a Resource is a literal star (reference_policies_variables.html)")
    func literalStar() {
        #expect(decide("arn:aws:s3:::data/${*}", "arn:aws:s3:::data/*", context: RequestContext()))
        #expect(!decide("arn:aws:s3:::data/${*}", "arn:aws:s3:::data/k", context: RequestContext()))
    }

    @Test("a multivalued key cannot be a variable (reference_policies_variables.html)")
    func multivaluedKeyHasNoValue() {
        var context = RequestContext()
        context.set("aws:TagKeys", values: ["a"], multivalued: false)
        #expect(decide("arn:aws:s3:::tag-${aws:TagKeys}", "arn:aws:s3:::tag-a", context: context))
        context.set("aws:TagKeys", values: ["a", "b"], multivalued: true)
        #expect(!decide("arn:aws:s3:::tag-${aws:TagKeys}", "arn:aws:s3:::tag-a", context: context))
    }
}
