import LZPolicy

extension World {
    /// Enables IAM Identity Center for the organization, from the management account.
    /// - Parameter region: The instance's Region; the world's first Region by default.
    /// - Returns: The instance's ARN.
    @discardableResult
    public mutating func enableIdentityCenter(region: String? = nil, as session: Session) throws(AWSError) -> String {
        let organization = try requireMembership(of: session)
        guard session.accountID == organization.managementAccountID else {
            throw AWSError(.accessDeniedException, "Identity Center is enabled from the management account only")
        }
        try requireAccess(
            AccessRequest(session: session, action: "sso:CreateInstance", resource: .init(arn: "*")),
            deniedCode: .accessDeniedException)
        guard identityCenter == nil else {
            throw AWSError(.conflict, "Identity Center is already enabled: \(identityCenter!.instanceARN)")
        }
        let center = IdentityCenter(
            instanceARN: "arn:\(partition):sso:::instance/ssoins-\(ids.hexadecimal(16))",
            identityStoreID: "d-\(ids.lowercaseAlphanumeric(10))", region: region ?? regions[0], users: [:],
            groups: [:],
            permissionSets: [:], assignments: [])
        identityCenter = center
        return center.instanceARN
    }

    /// `identitystore:CreateUser`.
    /// - Returns: The new user's ID.
    @discardableResult
    public mutating func createIdentityStoreUser(
        userName: String,
        displayName: String? = nil,
        as session: Session
    ) throws(AWSError) -> String {
        let center = try requireIdentityCenterAdmin(session, action: "identitystore:CreateUser")
        guard (1...128).contains(userName.count) else {
            throw AWSError(.validation, "UserName '\(userName)' must be 1 to 128 characters")
        }
        guard center.user(named: userName) == nil else {
            throw AWSError(.conflict, "a user named '\(userName)' already exists in \(center.identityStoreID)")
        }
        let id = storeID()
        identityCenter?.users[id] = IdentityStoreUser(id: id, userName: userName, displayName: displayName ?? userName)
        return id
    }

    /// `identitystore:CreateGroup`.
    /// - Returns: The new group's ID.
    @discardableResult
    public mutating func createIdentityStoreGroup(displayName: String, as session: Session) throws(AWSError) -> String {
        let center = try requireIdentityCenterAdmin(session, action: "identitystore:CreateGroup")
        guard !center.groups.values.contains(where: { $0.displayName == displayName }) else {
            throw AWSError(.conflict, "a group named '\(displayName)' already exists in \(center.identityStoreID)")
        }
        let id = storeID()
        identityCenter?.groups[id] = IdentityStoreGroup(id: id, displayName: displayName, memberIDs: [])
        return id
    }

    /// `identitystore:CreateGroupMembership`.
    public mutating func createGroupMembership(groupID: String, memberUserID: String, as session: Session)
        throws(AWSError)
    {
        let center = try requireIdentityCenterAdmin(session, action: "identitystore:CreateGroupMembership")
        guard center.groups[groupID] != nil else {
            throw AWSError(.resourceNotFound, "no group '\(groupID)' in \(center.identityStoreID)")
        }
        guard center.users[memberUserID] != nil else {
            throw AWSError(.resourceNotFound, "no user '\(memberUserID)' in \(center.identityStoreID)")
        }
        identityCenter?.groups[groupID]?.memberIDs.insert(memberUserID)
    }

    /// Identity Center, when the caller may administer it: the management account, or a
    /// delegated administrator of `sso.amazonaws.com`, with IAM allowing the action.
    func requireIdentityCenterAdmin(_ session: Session, action: String) throws(AWSError) -> IdentityCenter {
        let organization = try requireMembership(of: session)
        guard let center = identityCenter else {
            throw AWSError(.resourceNotFound, "Identity Center is not enabled in \(organization.id)")
        }
        let delegated = organization.delegatedAdministrators["sso.amazonaws.com"]?.contains(session.accountID) == true
        guard session.accountID == organization.managementAccountID || delegated else {
            throw AWSError(
                .accessDeniedException,
                "\(action) is for the management account or a delegated administrator, not \(session.accountID)")
        }
        try requireAccess(
            AccessRequest(
                session: session, action: action, resource: .init(arn: center.instanceARN, accountID: session.accountID)
            ),
            deniedCode: .accessDeniedException)
        return center
    }

    /// An identity store ID in the UUID-like form the store uses (deterministic, like every world ID).
    private mutating func storeID() -> String {
        [8, 4, 4, 4, 12].map { ids.hexadecimal($0) }.joined(separator: "-")
    }
}
