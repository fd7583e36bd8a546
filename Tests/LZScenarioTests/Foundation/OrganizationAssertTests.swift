import Foundation
import LZReport
import LZScenario
import Testing

/// `assert` over the organization: where accounts sit, what is attached and in effect, who is
/// assigned, and how big policies are, each failing with what it found.
@Suite struct OrganizationAssertTests {
    static let foundation = """
        foundation:
          organization:
            management: management
            policy_types: [scp]
            policies:
              deny-delete: { type: scp, document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "s3:DeleteBucket", Resource: "*" }] } }
            root:
              accounts: [stray]
              units:
                Test: { policies: [FullAWSAccess], accounts: [test] }
                Prod: { policies: [FullAWSAccess, deny-delete], accounts: [prod] }
          identity_center:
            users: [ana]
            permission_sets:
              Dev: { managed_policies: [PowerUserAccess] }
            assignments:
              - { permission_set: Dev, users: [ana], accounts: [test] }

        """

    /// Each resource's verdict for one `assert`, by resource name: `passed`, or the failure's message.
    static func verdicts(_ assertion: String, foundation: String = foundation) throws -> [String: String] {
        try ScenarioFolder.assertVerdicts(foundation, assertion)
    }

    @Test("accounts sit in an OU, or in the OU named")
    func placement() throws {
        #expect(
            try Self.verdicts("{ resources: organizations:account, exclude: [management], expect: { ou: any } }") == [
                "prod": "passed", "stray": "sits directly under the root, not in an OU", "test": "passed",
            ])
        #expect(
            try Self.verdicts("{ resources: organizations:account, in: { accounts: [test] }, expect: { ou: Prod } }")
                == ["test": "sits in OU Test, expected Prod"])
    }

    @Test("the SCPs attached, and those in effect along the path, compare by name")
    func attachedAndEffective() throws {
        #expect(
            try Self.verdicts(
                "{ resources: organizations:account, in: { accounts: [test] }, expect: { effective_scps_same_as: prod } }"
            )
                == ["test": "has SCPs in effect that differ from prod's: lacks deny-delete"])
        #expect(
            try Self.verdicts(
                "{ resources: organizations:account, in: { accounts: [management] }, expect: { scps_attached: [FullAWSAccess] } }"
            ) == ["management": "passed"])
        #expect(
            try Self.verdicts("{ resources: organizations:ou, expect: { scps_attached_at_most: 1 } }") == [
                "Prod": "has 2 SCPs attached, more than 1: FullAWSAccess, deny-delete", "Test": "passed",
                "root": "passed",
            ])
    }

    @Test("permission sets assigned in an account are named when they should not be there")
    func assignments() throws {
        #expect(
            try Self.verdicts(
                "{ resources: organizations:account, in: { accounts: [test, prod] }, expect: { permission_sets_exclude: [Dev] } }"
            ) == ["prod": "passed", "test": "has assignments of Dev"])
        #expect(
            try Self.verdicts(
                "{ resources: organizations:account, in: { accounts: [prod] }, expect: { permission_sets_include: [Dev] } }"
            ) == ["prod": "has no assignment of Dev"])
    }

    @Test("customer policies are measured in characters")
    func policySize() throws {
        let verdicts = try Self.verdicts("{ resources: organizations:policy, expect: { size_at_most: 20 } }")
        #expect(verdicts.keys.sorted() == ["deny-delete"])
        #expect(verdicts["deny-delete"]?.hasPrefix("is ") == true)
        #expect(verdicts["deny-delete"]?.hasSuffix(" characters long, more than 20") == true)
    }
}
