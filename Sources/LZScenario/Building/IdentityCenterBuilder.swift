import LZSim

/// Builds Identity Center: users, groups, permission sets, and assignments (which provision the
/// reserved roles in the assigned accounts).
struct IdentityCenterBuilder {
    let declaration: FoundationDeclaration.IdentityCenter

    func build(into built: inout BuiltFoundation) throws(ScenarioError) {
        guard let management = built.managementAccount, let managementID = built.accountIDs[management] else {
            throw ScenarioError(
                "Identity Center needs an organization with a management account", at: declaration.location)
        }
        let root = try WorldCall.run(at: declaration.location, &built.world) { (world: inout World) throws(AWSError) in
            let root = try world.rootSession(of: managementID)
            try world.enableIdentityCenter(as: root)
            return root
        }
        var users: [String: String] = [:]
        for user in declaration.users {
            users[user.text] = try WorldCall.run(at: user.location, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createIdentityStoreUser(userName: user.text, as: root)
            }
        }
        var groups: [String: String] = [:]
        for (group, members) in declaration.groups {
            let id = try WorldCall.run(at: group.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.createIdentityStoreGroup(displayName: group.text, as: root)
            }
            groups[group.text] = id
            for member in members {
                guard let userID = users[member.text] else {
                    throw ScenarioError(
                        "no Identity Center user '\(member.text)'", at: member.location,
                        hint: Suggestion.hint(for: member.text, among: users.keys))
                }
                try WorldCall.run(at: member.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.createGroupMembership(groupID: id, memberUserID: userID, as: root)
                }
            }
        }
        var sets: [String: String] = [:]
        for set in declaration.permissionSets {
            let arn = try WorldCall.run(at: set.name.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.createPermissionSet(name: set.name.text, sessionDuration: set.sessionDuration, as: root)
            }
            sets[set.name.text] = arn
            if let inline = set.inline {
                let text = try built.substitute(inline.text, at: inline.location)
                try WorldCall.run(document: inline, name: set.name, &built.world) {
                    (world: inout World) throws(AWSError) in
                    try world.putInlinePolicyToPermissionSet(permissionSetARN: arn, inlinePolicy: text, as: root)
                }
            }
            for managed in set.managed {
                let policy = World.awsManagedPolicy(managed.text)?.arn ?? managed.text
                try WorldCall.run(at: managed.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.attachManagedPolicyToPermissionSet(
                        permissionSetARN: arn, managedPolicyARN: policy, as: root)
                }
            }
            for reference in set.customerManaged {
                try WorldCall.run(at: reference.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.attachCustomerManagedPolicyReferenceToPermissionSet(
                        permissionSetARN: arn, name: reference.text, as: root)
                }
            }
        }
        for assignment in declaration.assignments {
            guard let arn = sets[assignment.permissionSet.text] else {
                throw ScenarioError(
                    "no permission set '\(assignment.permissionSet.text)'", at: assignment.permissionSet.location,
                    hint: Suggestion.hint(for: assignment.permissionSet.text, among: sets.keys))
            }
            for account in assignment.accounts {
                let accountID = try built.accountID(account)
                for (principals, type, known) in [
                    (assignment.users, AccountAssignment.PrincipalType.user, users),
                    (assignment.groups, .group, groups),
                ] {
                    for principal in principals {
                        guard let id = known[principal.text] else {
                            throw ScenarioError(
                                "no Identity Center \(type.rawValue.lowercased()) '\(principal.text)'",
                                at: principal.location,
                                hint: Suggestion.hint(for: principal.text, among: known.keys))
                        }
                        try WorldCall.run(at: principal.location, &built.world) {
                            (world: inout World) throws(AWSError) in
                            try world.createAccountAssignment(
                                targetID: accountID, permissionSetARN: arn, principalType: type, principalID: id,
                                as: root)
                        }
                    }
                }
            }
        }
    }
}
