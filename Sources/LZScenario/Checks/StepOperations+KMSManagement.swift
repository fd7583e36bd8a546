import Foundation
import LZSim

extension StepOperations {
    /// KMS calls that manage keys rather than use them: grants, key policies, disabling and
    /// scheduling deletion, rotation.
    static let kmsManagementCalls: [String: Entry] = [
        "kms:CreateGrant": Entry(
            parameters: ["KeyId", "GranteePrincipal", "Operations", "RetiringPrincipal", "Constraints", "Name"]
        ) { world, session, with throws(StepFailure) in
            let (key, grantee, operations, retiring, constraints, name) = try read { () throws(ScenarioError) in
                (
                    try with.required("KeyId"), try with.required("GranteePrincipal"), try grantOperations(with),
                    try with.string("RetiringPrincipal"), try grantConstraints(with), try with.string("Name")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.createGrant(
                        keyID: key, granteePrincipal: grantee, operations: operations, retiringPrincipal: retiring,
                        constraints: constraints, name: name, as: session
                    ).grantID
                })
        },
        "kms:RetireGrant": Entry(parameters: ["GrantToken", "KeyId", "GrantId"]) {
            world, session, with throws(StepFailure) in
            let (token, key, grant) = try read { () throws(ScenarioError) in
                (try with.string("GrantToken"), try with.string("KeyId"), try with.string("GrantId"))
            }
            try aws { () throws(AWSError) in
                try world.retireGrant(grantToken: token, keyID: key, grantID: grant, as: session)
            }
            return .none
        },
        "kms:RevokeGrant": Entry(parameters: ["KeyId", "GrantId"]) { world, session, with throws(StepFailure) in
            let (key, grant) = try read { () throws(ScenarioError) in
                (try with.required("KeyId"), try with.required("GrantId"))
            }
            try aws { () throws(AWSError) in try world.revokeGrant(keyID: key, grantID: grant, as: session) }
            return .none
        },
        "kms:ScheduleKeyDeletion": Entry(parameters: ["KeyId", "PendingWindowInDays"]) {
            world, session, with throws(StepFailure) in
            let (key, days) = try read { () throws(ScenarioError) in
                (try with.required("KeyId"), try with.int("PendingWindowInDays") ?? 30)
            }
            let result = try aws { () throws(AWSError) in
                try world.scheduleKeyDeletion(keyID: key, pendingWindowInDays: days, as: session)
            }
            return .text(result.keyState.rawValue)
        },
        "kms:DisableKey": keyCall { world, session, key throws(AWSError) in
            try world.disableKey(keyID: key, as: session)
        },
        "kms:EnableKey": keyCall { world, session, key throws(AWSError) in
            try world.enableKey(keyID: key, as: session)
        },
        "kms:DisableKeyRotation": keyCall { world, session, key throws(AWSError) in
            try world.disableKeyRotation(keyID: key, as: session)
        },
        "kms:PutKeyPolicy": Entry(parameters: ["KeyId", "Policy", "PolicyName", "BypassPolicyLockoutSafetyCheck"]) {
            world, session, with throws(StepFailure) in
            let (key, policy, name, bypass) = try read { () throws(ScenarioError) in
                (
                    try with.required("KeyId"), try with.requiredDocument("Policy"),
                    try with.string("PolicyName") ?? "default", try with.bool("BypassPolicyLockoutSafetyCheck") ?? false
                )
            }
            try aws { () throws(AWSError) in
                try world.putKeyPolicy(
                    keyID: key, policy: policy, policyName: name, bypassPolicyLockoutSafetyCheck: bypass, as: session)
            }
            return .none
        },
    ]

    /// A call on one key by `KeyId`.
    private static func keyCall(_ body: @escaping @Sendable (inout World, Session, String) throws(AWSError) -> Void)
        -> Entry
    {
        Entry(parameters: ["KeyId"]) { world, session, with throws(StepFailure) in
            let key = try read { () throws(ScenarioError) in try with.required("KeyId") }
            try aws { () throws(AWSError) in try body(&world, session, key) }
            return .none
        }
    }

    private static func grantOperations(_ with: StepParameters) throws(ScenarioError) -> [GrantOperation] {
        var operations: [GrantOperation] = []
        for text in try with.strings("Operations") {
            guard let operation = GrantOperation(rawValue: text) else {
                throw ScenarioError(
                    "expected grant operations such as Decrypt in 'Operations', found '\(text)'",
                    at: with.node("Operations")!.location,
                    hint: Suggestion.hint(for: text, among: GrantOperation.allCases.map(\.rawValue)))
            }
            operations.append(operation)
        }
        return operations
    }

    /// `{EncryptionContextEquals: {...}}` or `{EncryptionContextSubset: {...}}`.
    private static func grantConstraints(_ with: StepParameters) throws(ScenarioError) -> GrantConstraints? {
        guard let node = with.node("Constraints") else { return nil }
        let fields = try Fields(
            node, "the Constraints", allowed: ["EncryptionContextEquals", "EncryptionContextSubset"])
        if let equals = fields["EncryptionContextEquals"] {
            return .encryptionContextEquals(try with.pairs(equals, "EncryptionContextEquals"))
        }
        if let subset = fields["EncryptionContextSubset"] {
            return .encryptionContextSubset(try with.pairs(subset, "EncryptionContextSubset"))
        }
        return nil
    }
}
