import LZSim

/// The API calls a `steps` check can make, by AWS's names, with AWS's parameter names.
enum StepOperations {
    typealias Operation = @Sendable (inout World, Session, StepParameters) throws(StepFailure) -> StepValue

    /// A call's parameters, and how to make it.
    struct Entry: Sendable {
        let parameters: [String]
        let run: Operation
    }

    /// Why a call did not complete: AWS refused it, or the step is written wrongly.
    enum StepFailure: Error {
        case aws(AWSError)
        case scenario(ScenarioError)
    }

    /// Every call a step can make.
    static let all: [String: Entry] = [
        calls, kmsCalls, s3Calls, identityCenterCalls, organizationsCalls, workloadCalls, networkCalls,
        securityServiceCalls,
        networkDeleteCalls,
    ].reduce(into: [:]) { all, calls in all.merge(calls) { first, _ in first } }

    @discardableResult
    static func aws<Result>(_ body: () throws(AWSError) -> Result) throws(StepFailure) -> Result {
        do throws(AWSError) { return try body() } catch { throw .aws(error) }
    }

    static func read<Result>(_ body: () throws(ScenarioError) -> Result) throws(StepFailure) -> Result {
        do throws(ScenarioError) { return try body() } catch { throw .scenario(error) }
    }

    static let calls: [String: Entry] = [
        "sts:AssumeRole": Entry(
            parameters: [
                "RoleArn", "RoleSessionName", "DurationSeconds", "ExternalId", "Policy", "PolicyArns", "Tags",
                "TransitiveTagKeys", "SourceIdentity", "SerialNumber",
            ]
        ) { world, session, with throws(StepFailure) in
            let request = try read { () throws(ScenarioError) in
                AssumeRoleRequest(
                    roleARN: try with.required("RoleArn"),
                    roleSessionName: try with.string("RoleSessionName") ?? "lzsim",
                    durationSeconds: try with.int("DurationSeconds") ?? 3_600,
                    externalID: try with.string("ExternalId"),
                    policy: try with.document("Policy"), policyARNs: try with.strings("PolicyArns"),
                    tags: try with.map("Tags"),
                    transitiveTagKeys: try with.strings("TransitiveTagKeys"),
                    sourceIdentity: try with.string("SourceIdentity"),
                    serialNumber: try with.string("SerialNumber"))
            }
            return .session(try aws { () throws(AWSError) in try world.assumeRole(request, as: session) })
        },
        "sts:GetCallerIdentity": Entry(parameters: []) { world, session, _ throws(StepFailure) in
            .text(try aws { () throws(AWSError) in try world.getCallerIdentity(as: session).arn })
        },
        "iam:CreateRole": Entry(
            parameters: [
                "RoleName", "AssumeRolePolicyDocument", "Path", "Description", "MaxSessionDuration",
                "PermissionsBoundary",
                "Tags",
            ]
        ) { world, session, with throws(StepFailure) in
            let (name, trust, path, description, duration, boundary, tags) = try read { () throws(ScenarioError) in
                (
                    try with.required("RoleName"), try with.requiredDocument("AssumeRolePolicyDocument"),
                    try with.string("Path") ?? "/", try with.string("Description") ?? "",
                    try with.int("MaxSessionDuration") ?? 3_600, try with.string("PermissionsBoundary"),
                    try with.map("Tags")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.createRole(
                        roleName: name, assumeRolePolicyDocument: trust, path: path, description: description,
                        maxSessionDuration: duration, permissionsBoundary: boundary, tags: tags, as: session
                    ).arn
                })
        },
        "iam:DeleteRole": roleCall { world, session, role, _ throws(AWSError) in
            try world.deleteRole(roleName: role, as: session)
        },
        "iam:PutRolePolicy": Entry(parameters: ["RoleName", "PolicyName", "PolicyDocument"]) {
            world, session, with throws(StepFailure) in
            let (role, name, document) = try read { () throws(ScenarioError) in
                (
                    try with.required("RoleName"), try with.required("PolicyName"),
                    try with.requiredDocument("PolicyDocument")
                )
            }
            try aws { () throws(AWSError) in
                try world.putRolePolicy(roleName: role, policyName: name, policyDocument: document, as: session)
            }
            return .none
        },
        "iam:AttachRolePolicy": roleCall(extra: "PolicyArn") { world, session, role, arn throws(AWSError) in
            try world.attachRolePolicy(roleName: role, policyARN: arn, as: session)
        },
        "iam:DetachRolePolicy": roleCall(extra: "PolicyArn") { world, session, role, arn throws(AWSError) in
            try world.detachRolePolicy(roleName: role, policyARN: arn, as: session)
        },
        "iam:PutRolePermissionsBoundary": roleCall(extra: "PermissionsBoundary") {
            world, session, role, arn throws(AWSError) in
            try world.putRolePermissionsBoundary(roleName: role, permissionsBoundary: arn, as: session)
        },
        "iam:DeleteRolePermissionsBoundary": roleCall { world, session, role, _ throws(AWSError) in
            try world.deleteRolePermissionsBoundary(roleName: role, as: session)
        },
        "iam:UpdateAssumeRolePolicy": Entry(parameters: ["RoleName", "PolicyDocument"]) {
            world, session, with throws(StepFailure) in
            let (role, document) = try read { () throws(ScenarioError) in
                (try with.required("RoleName"), try with.requiredDocument("PolicyDocument"))
            }
            try aws { () throws(AWSError) in
                try world.updateAssumeRolePolicy(roleName: role, policyDocument: document, as: session)
            }
            return .none
        },
        "iam:CreateUser": Entry(parameters: ["UserName", "Path", "PermissionsBoundary", "Tags"]) {
            world, session, with throws(StepFailure) in
            let (name, path, boundary, tags) = try read { () throws(ScenarioError) in
                (
                    try with.required("UserName"), try with.string("Path") ?? "/",
                    try with.string("PermissionsBoundary"), try with.map("Tags")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.createUser(
                        userName: name, path: path, permissionsBoundary: boundary, tags: tags, as: session
                    ).arn
                })
        },
        "iam:CreateGroup": Entry(parameters: ["GroupName", "Path"]) { world, session, with throws(StepFailure) in
            let (name, path) = try read { () throws(ScenarioError) in
                (try with.required("GroupName"), try with.string("Path") ?? "/")
            }
            return .text(
                try aws { () throws(AWSError) in try world.createGroup(groupName: name, path: path, as: session).arn })
        },
        "iam:CreateAccessKey": Entry(parameters: ["UserName"]) { world, session, with throws(StepFailure) in
            let name = try read { () throws(ScenarioError) in try with.required("UserName") }
            return .text(try aws { () throws(AWSError) in try world.createAccessKey(userName: name, as: session) })
        },
        "iam:CreatePolicy": Entry(parameters: ["PolicyName", "PolicyDocument", "Path", "Description"]) {
            world, session, with throws(StepFailure) in
            let (name, document, path, description) = try read { () throws(ScenarioError) in
                (
                    try with.required("PolicyName"), try with.requiredDocument("PolicyDocument"),
                    try with.string("Path") ?? "/",
                    try with.string("Description") ?? ""
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.createPolicy(
                        policyName: name, policyDocument: document, path: path, description: description, as: session
                    ).arn
                })
        },
        "iam:CreateSAMLProvider": Entry(parameters: ["Name", "SAMLMetadataDocument"]) {
            world, session, with throws(StepFailure) in
            let name = try read { () throws(ScenarioError) in try with.required("Name") }
            return .text(try aws { () throws(AWSError) in try world.createSAMLProvider(name: name, as: session).arn })
        },
    ]

    /// A call on one role by `RoleName`, with one more text parameter when `extra` names it.
    private static func roleCall(
        extra: String? = nil,
        _ body: @escaping @Sendable (inout World, Session, String, String) throws(AWSError) -> Void
    ) -> Entry {
        Entry(parameters: ["RoleName"] + (extra.map { [$0] } ?? [])) { world, session, with throws(StepFailure) in
            let (role, value) = try read { () throws(ScenarioError) in
                (
                    try with.required("RoleName"),
                    try extra.map { name throws(ScenarioError) in try with.required(name) } ?? ""
                )
            }
            try aws { () throws(AWSError) in try body(&world, session, role, value) }
            return .none
        }
    }
}
