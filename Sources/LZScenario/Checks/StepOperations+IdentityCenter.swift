import LZSim

extension StepOperations {
    /// IAM Identity Center calls: what a platform team changes in permission sets and
    /// assignments. Permission sets, users and groups are named in strings as
    /// `${permission_sets.NAME}`, `${identity_store.users.NAME}` and `${identity_store.groups.NAME}`.
    static let identityCenterCalls: [String: Entry] = [
        "sso:PutInlinePolicyToPermissionSet": Entry(parameters: ["InstanceArn", "PermissionSetArn", "InlinePolicy"]) {
            world, session, with throws(StepFailure) in
            let (set, policy) = try read { () throws(ScenarioError) in
                (try with.required("PermissionSetArn"), try with.requiredDocument("InlinePolicy"))
            }
            try aws { () throws(AWSError) in
                try world.putInlinePolicyToPermissionSet(permissionSetARN: set, inlinePolicy: policy, as: session)
            }
            return .none
        },
        "sso:AttachManagedPolicyToPermissionSet": Entry(
            parameters: ["InstanceArn", "PermissionSetArn", "ManagedPolicyArn"]
        ) { world, session, with throws(StepFailure) in
            let (set, policy) = try read { () throws(ScenarioError) in
                (try with.required("PermissionSetArn"), try with.required("ManagedPolicyArn"))
            }
            try aws { () throws(AWSError) in
                try world.attachManagedPolicyToPermissionSet(
                    permissionSetARN: set, managedPolicyARN: policy, as: session)
            }
            return .none
        },
        "sso:ProvisionPermissionSet": Entry(parameters: ["InstanceArn", "PermissionSetArn", "TargetType"]) {
            world, session, with throws(StepFailure) in
            let set = try read { () throws(ScenarioError) in try with.required("PermissionSetArn") }
            try aws { () throws(AWSError) in try world.provisionPermissionSet(permissionSetARN: set, as: session) }
            return .none
        },
        "sso:CreateAccountAssignment": assignmentCall { world, session, assignment throws(AWSError) in
            try world.createAccountAssignment(
                targetID: assignment.accountID, permissionSetARN: assignment.permissionSetARN,
                principalType: assignment.principalType, principalID: assignment.principalID, as: session)
        },
        "sso:DeleteAccountAssignment": assignmentCall { world, session, assignment throws(AWSError) in
            try world.deleteAccountAssignment(
                targetID: assignment.accountID, permissionSetARN: assignment.permissionSetARN,
                principalType: assignment.principalType, principalID: assignment.principalID, as: session)
        },
    ]

    /// The parameters of an account assignment call.
    struct Assignment {
        var accountID: String
        var permissionSetARN: String
        var principalType: AccountAssignment.PrincipalType
        var principalID: String
    }

    /// `CreateAccountAssignment` and `DeleteAccountAssignment`, which take the same parameters.
    private static func assignmentCall(
        _ body: @escaping @Sendable (inout World, Session, Assignment) throws(AWSError) -> Void
    ) -> Entry {
        Entry(
            parameters: ["InstanceArn", "TargetId", "TargetType", "PermissionSetArn", "PrincipalType", "PrincipalId"]
        ) { world, session, with throws(StepFailure) in
            let assignment = try read { () throws(ScenarioError) -> Assignment in
                let type = try with.required("PrincipalType")
                guard let principalType = AccountAssignment.PrincipalType(rawValue: type) else {
                    throw ScenarioError(
                        "expected USER or GROUP for 'PrincipalType', found '\(type)'", at: with.location,
                        hint: Suggestion.hint(for: type, among: ["USER", "GROUP"]))
                }
                return Assignment(
                    accountID: try with.required("TargetId"), permissionSetARN: try with.required("PermissionSetArn"),
                    principalType: principalType, principalID: try with.required("PrincipalId"))
            }
            try aws { () throws(AWSError) in try body(&world, session, assignment) }
            return .none
        }
    }
}
