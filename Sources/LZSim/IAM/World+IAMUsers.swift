import LZPolicy

extension World {
    /// `CreateUser` in the caller's account.
    @discardableResult
    public mutating func createUser(
        userName: String,
        path: String = "/",
        permissionsBoundary: String? = nil,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> IAMUser {
        let accountID = session.accountID
        try IAMNames.validate(userName, kind: "user", maximumLength: 64)
        try IAMNames.validate(path: path)
        try IAMNames.validate(tags: tags)
        let arn = iamARN(accountID, "user", path: path, name: userName)
        var context = IAMNames.requestTagContext(tags)
        if let permissionsBoundary { context["iam:PermissionsBoundary"] = [permissionsBoundary] }
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreateUser", resource: .init(arn: arn, accountID: accountID),
                context: context))
        let iam = try requireAccount(accountID).iam
        if let existing = iam.users.keys.first(where: { $0.lowercased() == userName.lowercased() }) {
            throw AWSError(.entityAlreadyExists, "User with name \(existing) already exists.")
        }
        guard iam.users.count < IAMAccount.Quota.users else {
            throw AWSError(.limitExceeded, "Cannot exceed quota for UsersPerAccount: \(IAMAccount.Quota.users)")
        }
        if let permissionsBoundary { try requireBoundaryPolicy(permissionsBoundary, in: accountID) }
        let user = IAMUser(
            name: userName, path: path, arn: arn, userID: ids.uniqueID(prefix: "AIDA"), createDate: now, tags: tags,
            permissionsBoundaryARN: permissionsBoundary, inlinePolicies: [:], attachedPolicyARNs: [], groupNames: [],
            accessKeyIDs: [], mfaDevices: [])
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.users[userName] = user }
        return user
    }

    /// `DeleteUser`: the user must have no policies, groups, access keys or MFA devices left.
    public mutating func deleteUser(userName: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let user = try requireAccount(accountID).iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:DeleteUser", resource: .init(arn: user.arn, accountID: accountID)))
        guard user.inlinePolicies.isEmpty, user.attachedPolicyARNs.isEmpty, user.groupNames.isEmpty,
            user.accessKeyIDs.isEmpty, user.mfaDevices.isEmpty
        else {
            throw AWSError(
                .deleteConflict,
                "Cannot delete entity, must remove policies, groups, access keys and MFA devices from user \(userName) first."
            )
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.users[userName] = nil }
    }

    /// `PutUserPermissionsBoundary`.
    public mutating func putUserPermissionsBoundary(userName: String, permissionsBoundary: String, as session: Session)
        throws(AWSError)
    {
        let accountID = session.accountID
        let user = try requireAccount(accountID).iam.user(named: userName)
        try requireBoundaryPolicy(permissionsBoundary, in: accountID)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:PutUserPermissionsBoundary",
                resource: .init(arn: user.arn, accountID: accountID),
                context: ["iam:PermissionsBoundary": [permissionsBoundary]]))
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.users[userName]?.permissionsBoundaryARN = permissionsBoundary
        }
    }

    /// `DeleteUserPermissionsBoundary`.
    public mutating func deleteUserPermissionsBoundary(userName: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let user = try requireAccount(accountID).iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:DeleteUserPermissionsBoundary",
                resource: .init(arn: user.arn, accountID: accountID),
                context: user.permissionsBoundaryARN.map { ["iam:PermissionsBoundary": [$0]] } ?? [:]))
        guard user.permissionsBoundaryARN != nil else {
            throw AWSError(.noSuchEntity, "user \(userName) has no permissions boundary")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.users[userName]?.permissionsBoundaryARN = nil
        }
    }

    /// `CreateAccessKey`: long-term credentials, which make a user a programmatic identity.
    /// - Returns: The access key ID (`AKIA...`).
    @discardableResult
    public mutating func createAccessKey(userName: String, as session: Session) throws(AWSError) -> String {
        let accountID = session.accountID
        let user = try requireAccount(accountID).iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreateAccessKey", resource: .init(arn: user.arn, accountID: accountID)))
        guard user.accessKeyIDs.count < 2 else {
            throw AWSError(.limitExceeded, "Cannot exceed quota for AccessKeysPerUser: 2")
        }
        let key = ids.uniqueID(prefix: "AKIA")
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.users[userName]?.accessKeyIDs.append(key)
        }
        recordAccessKey(key, userName: userName, in: accountID)
        return key
    }

    /// `EnableMFADevice`: associates an MFA device with the user.
    public mutating func enableMFADevice(userName: String, serialNumber: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let user = try requireAccount(accountID).iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:EnableMFADevice", resource: .init(arn: user.arn, accountID: accountID)))
        guard user.mfaDevices.count < 8 else {
            throw AWSError(.limitExceeded, "Cannot exceed quota for MFADevicesPerUser: 8")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.users[userName]?.mfaDevices.append(serialNumber)
        }
    }

    /// `CreateGroup` in the caller's account.
    @discardableResult
    public mutating func createGroup(groupName: String, path: String = "/", as session: Session) throws(AWSError)
        -> IAMGroup
    {
        let accountID = session.accountID
        try IAMNames.validate(groupName, kind: "group", maximumLength: 128)
        try IAMNames.validate(path: path)
        let arn = iamARN(accountID, "group", path: path, name: groupName)
        try requireAccess(
            AccessRequest(session: session, action: "iam:CreateGroup", resource: .init(arn: arn, accountID: accountID)))
        let iam = try requireAccount(accountID).iam
        if let existing = iam.groups.keys.first(where: { $0.lowercased() == groupName.lowercased() }) {
            throw AWSError(.entityAlreadyExists, "Group with name \(existing) already exists.")
        }
        let group = IAMGroup(
            name: groupName, path: path, arn: arn, groupID: ids.uniqueID(prefix: "AGPA"), inlinePolicies: [:],
            attachedPolicyARNs: [])
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.groups[groupName] = group }
        return group
    }

    /// `AddUserToGroup`: a user belongs to at most ten groups.
    public mutating func addUserToGroup(groupName: String, userName: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let iam = try requireAccount(accountID).iam
        let group = try iam.group(named: groupName)
        let user = try iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:AddUserToGroup", resource: .init(arn: group.arn, accountID: accountID)))
        guard !user.groupNames.contains(groupName) else { return }
        guard user.groupNames.count < IAMAccount.Quota.groupsPerUser else {
            throw AWSError(.limitExceeded, "Cannot exceed quota for GroupsPerUser: \(IAMAccount.Quota.groupsPerUser)")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.users[userName]?.groupNames.append(groupName)
        }
    }

    /// `RemoveUserFromGroup`.
    public mutating func removeUserFromGroup(groupName: String, userName: String, as session: Session) throws(AWSError)
    {
        let accountID = session.accountID
        let iam = try requireAccount(accountID).iam
        let group = try iam.group(named: groupName)
        let user = try iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:RemoveUserFromGroup",
                resource: .init(arn: group.arn, accountID: accountID)))
        guard user.groupNames.contains(groupName) else {
            throw AWSError(.noSuchEntity, "user \(userName) is not in group \(groupName)")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.users[userName]?.groupNames.removeAll { $0 == groupName }
        }
    }
}
