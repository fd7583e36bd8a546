import LZSim

extension StepOperations {
    /// AWS Organizations calls, as the management account makes them: vending an account,
    /// moving it, attaching and detaching policies. Policies and OUs are named in strings as
    /// `${policies.NAME}` and `${units.NAME}` (`${units.root}` for the root).
    static let organizationsCalls: [String: Entry] = [
        "organizations:CreateAccount": Entry(parameters: ["AccountName", "Email"]) {
            world, session, with throws(StepFailure) in
            let (name, email) = try read { () throws(ScenarioError) in
                (try with.required("AccountName"), try with.required("Email"))
            }
            return .text(
                try aws { () throws(AWSError) in try world.createAccount(accountName: name, email: email, as: session) }
            )
        },
        "organizations:MoveAccount": Entry(parameters: ["AccountId", "SourceParentId", "DestinationParentId"]) {
            world, session, with throws(StepFailure) in
            let (account, source, destination) = try read { () throws(ScenarioError) in
                (
                    try with.required("AccountId"), try with.required("SourceParentId"),
                    try with.required("DestinationParentId")
                )
            }
            try aws { () throws(AWSError) in
                try world.moveAccount(
                    accountID: account, sourceParentID: source, destinationParentID: destination, as: session)
            }
            return .none
        },
        "organizations:AttachPolicy": policyCall { world, session, policy, target throws(AWSError) in
            try world.attachPolicy(policyID: policy, targetID: target, as: session)
        },
        "organizations:DetachPolicy": policyCall { world, session, policy, target throws(AWSError) in
            try world.detachPolicy(policyID: policy, targetID: target, as: session)
        },
    ]

    /// `AttachPolicy` and `DetachPolicy`, which take a policy and a target.
    private static func policyCall(
        _ body: @escaping @Sendable (inout World, Session, String, String) throws(AWSError) -> Void
    ) -> Entry {
        Entry(parameters: ["PolicyId", "TargetId"]) { world, session, with throws(StepFailure) in
            let (policy, target) = try read { () throws(ScenarioError) in
                (try with.required("PolicyId"), try with.required("TargetId"))
            }
            try aws { () throws(AWSError) in try body(&world, session, policy, target) }
            return .none
        }
    }
}
