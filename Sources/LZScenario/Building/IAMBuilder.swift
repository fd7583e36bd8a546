import LZPolicy
import LZSim

/// Builds one account's declared IAM: managed policies, then groups, roles and users, as the
/// account's root user.
struct IAMBuilder {
    let account: FoundationDeclaration.Account
    let built: BuiltFoundation

    func build(into world: inout World) throws(ScenarioError) {
        let iam = account.iam
        guard !(iam.policies.isEmpty && iam.groups.isEmpty && iam.roles.isEmpty && iam.users.isEmpty) else { return }
        let accountID = try built.accountID(account.name)
        let root = try WorldCall.run(at: account.name.location, &world) { (world: inout World) throws(AWSError) in
            try world.rootSession(of: accountID)
        }
        for policy in iam.policies {
            let text = try built.substitute(policy.document.text, at: policy.document.location)
            try WorldCall.run(document: policy.document, name: policy.name, &world) {
                (world: inout World) throws(AWSError) in
                try world.createPolicy(
                    policyName: policy.name.text, policyDocument: text, path: policy.path,
                    description: policy.description,
                    as: root)
            }
        }
        for group in iam.groups {
            try WorldCall.run(at: group.name.location, &world) { (world: inout World) throws(AWSError) in
                try world.createGroup(groupName: group.name.text, as: root)
            }
            for (name, document) in group.inline {
                let text = try built.substitute(document.text, at: document.location)
                try WorldCall.run(document: document, name: name, &world) { (world: inout World) throws(AWSError) in
                    try world.putGroupPolicy(
                        groupName: group.name.text, policyName: name.text, policyDocument: text, as: root)
                }
            }
            for managed in group.managed {
                let arn = try policyARN(managed, in: accountID)
                try WorldCall.run(at: managed.location, &world) { (world: inout World) throws(AWSError) in
                    try world.attachGroupPolicy(groupName: group.name.text, policyARN: arn, as: root)
                }
            }
        }
        for role in iam.roles {
            try buildRole(role, accountID: accountID, root: root, into: &world)
        }
        for user in iam.users {
            try buildUser(user, accountID: accountID, root: root, into: &world)
        }
    }

    private func buildRole(
        _ role: FoundationDeclaration.Role,
        accountID: String,
        root: Session,
        into world: inout World
    ) throws(ScenarioError) {
        let trust = try built.substitute(role.trust.text, at: role.trust.location)
        let boundary = try role.boundary.map { name throws(ScenarioError) in try policyARN(name, in: accountID) }
        try WorldCall.run(document: role.trust, name: role.name, &world) { (world: inout World) throws(AWSError) in
            try world.createRole(
                roleName: role.name.text, assumeRolePolicyDocument: trust, path: role.path,
                description: role.description, maxSessionDuration: role.maxSessionDuration,
                permissionsBoundary: boundary,
                tags: role.tags, as: root)
        }
        for (name, document) in role.inline {
            let text = try built.substitute(document.text, at: document.location)
            try WorldCall.run(document: document, name: name, &world) { (world: inout World) throws(AWSError) in
                try world.putRolePolicy(roleName: role.name.text, policyName: name.text, policyDocument: text, as: root)
            }
        }
        for managed in role.managed {
            let arn = try policyARN(managed, in: accountID)
            try WorldCall.run(at: managed.location, &world) { (world: inout World) throws(AWSError) in
                try world.attachRolePolicy(roleName: role.name.text, policyARN: arn, as: root)
            }
        }
    }

    private func buildUser(
        _ user: FoundationDeclaration.User,
        accountID: String,
        root: Session,
        into world: inout World
    ) throws(ScenarioError) {
        let boundary = try user.boundary.map { name throws(ScenarioError) in try policyARN(name, in: accountID) }
        try WorldCall.run(at: user.name.location, &world) { (world: inout World) throws(AWSError) in
            try world.createUser(
                userName: user.name.text, path: user.path, permissionsBoundary: boundary, tags: user.tags, as: root)
            for device in user.mfaDevices {
                try world.enableMFADevice(userName: user.name.text, serialNumber: device, as: root)
            }
        }
        for group in user.groups {
            try WorldCall.run(at: group.location, &world) { (world: inout World) throws(AWSError) in
                try world.addUserToGroup(groupName: group.text, userName: user.name.text, as: root)
            }
        }
        for (name, document) in user.inline {
            let text = try built.substitute(document.text, at: document.location)
            try WorldCall.run(document: document, name: name, &world) { (world: inout World) throws(AWSError) in
                try world.putUserPolicy(userName: user.name.text, policyName: name.text, policyDocument: text, as: root)
            }
        }
        for managed in user.managed {
            let arn = try policyARN(managed, in: accountID)
            try WorldCall.run(at: managed.location, &world) { (world: inout World) throws(AWSError) in
                try world.attachUserPolicy(userName: user.name.text, policyARN: arn, as: root)
            }
        }
    }

    /// A managed policy reference: an ARN, a customer managed policy of this account by name, or
    /// an AWS managed policy by name (`ReadOnlyAccess`).
    func policyARN(_ name: Named, in accountID: String) throws(ScenarioError) -> String {
        let text = try built.substitute(name.text, at: name.location)
        if text.hasPrefix("arn:") { return text }
        if let declared = account.iam.policies.first(where: { $0.name.text == text }) {
            return "arn:aws:iam::\(accountID):policy\(declared.path)\(text)"
        }
        if let managed = World.awsManagedPolicy(text) { return managed.arn }
        throw ScenarioError(
            "no managed policy named '\(text)' in account '\(account.name.text)' or among AWS's", at: name.location,
            hint: Suggestion.hint(for: text, among: account.iam.policies.map(\.name.text)))
    }
}
