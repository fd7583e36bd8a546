import LZPolicy

extension World {
    /// `PutRolePolicy`: adds or replaces an inline policy of a role in the caller's account.
    public mutating func putRolePolicy(
        roleName: String, policyName: String, policyDocument: String, as session: Session
    )
        throws(AWSError)
    {
        try putInlinePolicy(.role(roleName), policyName: policyName, policyDocument: policyDocument, as: session)
    }

    /// `DeleteRolePolicy`.
    public mutating func deleteRolePolicy(roleName: String, policyName: String, as session: Session) throws(AWSError) {
        try edit(.role(roleName), .deleteInline(policyName), as: session)
    }

    /// `AttachRolePolicy`: attaches a customer or AWS managed policy by ARN.
    public mutating func attachRolePolicy(roleName: String, policyARN: String, as session: Session) throws(AWSError) {
        try edit(.role(roleName), .attach(policyARN), as: session)
    }

    /// `DetachRolePolicy`.
    public mutating func detachRolePolicy(roleName: String, policyARN: String, as session: Session) throws(AWSError) {
        try edit(.role(roleName), .detach(policyARN), as: session)
    }

    /// `PutUserPolicy`.
    public mutating func putUserPolicy(
        userName: String, policyName: String, policyDocument: String, as session: Session
    )
        throws(AWSError)
    {
        try putInlinePolicy(.user(userName), policyName: policyName, policyDocument: policyDocument, as: session)
    }

    /// `DeleteUserPolicy`.
    public mutating func deleteUserPolicy(userName: String, policyName: String, as session: Session) throws(AWSError) {
        try edit(.user(userName), .deleteInline(policyName), as: session)
    }

    /// `AttachUserPolicy`.
    public mutating func attachUserPolicy(userName: String, policyARN: String, as session: Session) throws(AWSError) {
        try edit(.user(userName), .attach(policyARN), as: session)
    }

    /// `DetachUserPolicy`.
    public mutating func detachUserPolicy(userName: String, policyARN: String, as session: Session) throws(AWSError) {
        try edit(.user(userName), .detach(policyARN), as: session)
    }

    /// `PutGroupPolicy`.
    public mutating func putGroupPolicy(
        groupName: String,
        policyName: String,
        policyDocument: String,
        as session: Session
    ) throws(AWSError) {
        try putInlinePolicy(.group(groupName), policyName: policyName, policyDocument: policyDocument, as: session)
    }

    /// `DeleteGroupPolicy`.
    public mutating func deleteGroupPolicy(groupName: String, policyName: String, as session: Session) throws(AWSError)
    {
        try edit(.group(groupName), .deleteInline(policyName), as: session)
    }

    /// `AttachGroupPolicy`.
    public mutating func attachGroupPolicy(groupName: String, policyARN: String, as session: Session) throws(AWSError) {
        try edit(.group(groupName), .attach(policyARN), as: session)
    }

    /// `DetachGroupPolicy`.
    public mutating func detachGroupPolicy(groupName: String, policyARN: String, as session: Session) throws(AWSError) {
        try edit(.group(groupName), .detach(policyARN), as: session)
    }

    private mutating func putInlinePolicy(
        _ identity: IAMIdentity,
        policyName: String,
        policyDocument: String,
        as session: Session
    ) throws(AWSError) {
        try IAMNames.validate(policyName, kind: "policy", maximumLength: 128)
        let policy = try compilePolicy(
            policyDocument, kind: identity.inlineKind, name: "\(identity.name)/\(policyName)", codes: .iam)
        try edit(
            identity, .putInline(InlinePolicy(name: policyName, text: policyDocument, policy: policy)), as: session)
    }

    /// Authorizes and applies one policy edit to a user, group or role of the caller's account.
    mutating func edit(_ identity: IAMIdentity, _ edit: PolicyEdit, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let iam = try requireAccount(accountID).iam
        var context: [String: [String]] = [:]
        if case .attach(let arn) = edit {
            guard managedPolicy(arn: arn, in: accountID) != nil else {
                throw AWSError(.noSuchEntity, "policy \(arn) does not exist or is not attachable")
            }
            context["iam:PolicyARN"] = [arn]
        }
        if case .detach(let arn) = edit { context["iam:PolicyARN"] = [arn] }
        let arn: String
        var tags: [String: String] = [:]
        switch identity {
        case .role(let name):
            let role = try roleForChange(name, in: iam)
            arn = role.arn
            tags = role.tags
            if let boundary = role.permissionsBoundaryARN { context["iam:PermissionsBoundary"] = [boundary] }
        case .user(let name):
            let user = try iam.user(named: name)
            arn = user.arn
            tags = user.tags
            if let boundary = user.permissionsBoundaryARN { context["iam:PermissionsBoundary"] = [boundary] }
        case .group(let name):
            arn = try iam.group(named: name).arn
        }
        try requireAccess(
            AccessRequest(
                session: session, action: edit.action(for: identity),
                resource: ResourceReference(arn: arn, accountID: accountID, tags: tags), context: context))
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            switch identity {
            case .role(let name): try edit.apply(to: &iam.roles[name]!, identity: identity)
            case .user(let name): try edit.apply(to: &iam.users[name]!, identity: identity)
            case .group(let name): try edit.apply(to: &iam.groups[name]!, identity: identity)
            }
        }
    }
}

extension IAMAccount {
    func role(named name: String) throws(AWSError) -> IAMRole {
        guard let role = roles[name] else {
            throw AWSError(.noSuchEntity, "The role with name \(name) cannot be found.")
        }
        return role
    }

    func user(named name: String) throws(AWSError) -> IAMUser {
        guard let user = users[name] else {
            throw AWSError(.noSuchEntity, "The user with name \(name) cannot be found.")
        }
        return user
    }

    func group(named name: String) throws(AWSError) -> IAMGroup {
        guard let group = groups[name] else {
            throw AWSError(.noSuchEntity, "The group with name \(name) cannot be found.")
        }
        return group
    }
}
