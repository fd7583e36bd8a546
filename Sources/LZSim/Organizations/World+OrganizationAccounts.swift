import LZPolicy

extension World {
    /// The role `CreateAccount` makes in every new account, trusted by the management account.
    public static let organizationAccessRoleName = "OrganizationAccountAccessRole"

    /// `CreateAccount`: a new member account under the root, with the `OrganizationAccountAccessRole`
    /// (administrator access, trusted by the management account) that AWS creates in it.
    /// - Returns: The new account's ID.
    @discardableResult
    public mutating func createAccount(
        accountName: String,
        email: String,
        roleName: String = World.organizationAccessRoleName,
        as session: Session
    ) throws(AWSError) -> String {
        let managementAccountID = try requireManagement(
            session, action: "organizations:CreateAccount", resource: organizationARN()
        ).managementAccountID
        let accountID = try addAccount(name: accountName, email: email)
        try updateOrganization { (organization: inout Organization) in
            organization.parents[accountID] = organization.rootID
            organization.attachDefaultPolicies(to: accountID)
        }
        let trust = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
            "Principal":{"AWS":"arn:\(partition):iam::\(managementAccountID):root"},"Action":"sts:AssumeRole"}]}
            """
        _ = try insertRole(
            in: accountID, roleName: roleName, trustPolicy: trust,
            attachedPolicyARNs: ["arn:aws:iam::aws:policy/AdministratorAccess"])
        // Security services an administrator set to auto-enable switch themselves on in the new account.
        autoEnableGuardDuty(forNewAccount: accountID)
        autoEnableSecurityHub(forNewAccount: accountID)
        return accountID
    }

    /// `MoveAccount` from one parent (root or OU) to another.
    public mutating func moveAccount(
        accountID: String,
        sourceParentID: String,
        destinationParentID: String,
        as session: Session
    ) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:MoveAccount", resource: accountARN(accountID))
        _ = try parentARN(destinationParentID)
        guard let parent = organization.parents[accountID] else {
            throw AWSError(.accountNotFound, "account \(accountID) is not in \(organization.id)")
        }
        guard parent == sourceParentID else {
            throw AWSError(.sourceParentNotFound, "account \(accountID) is under \(parent), not \(sourceParentID)")
        }
        guard parent != destinationParentID else {
            throw AWSError(.duplicateAccount, "account \(accountID) is already under \(destinationParentID)")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.parents[accountID] = destinationParentID
        }
    }

    /// `RemoveAccountFromOrganization`: the account leaves with its resources; the management
    /// account cannot leave.
    public mutating func removeAccountFromOrganization(accountID: String, as session: Session) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:RemoveAccountFromOrganization", resource: accountARN(accountID))
        guard organization.parents[accountID] != nil else {
            throw AWSError(.accountNotFound, "account \(accountID) is not in \(organization.id)")
        }
        guard accountID != organization.managementAccountID else {
            throw AWSError(.constraintViolation, "the management account \(accountID) cannot leave its organization")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.parents[accountID] = nil
            organization.attachments[accountID] = nil
            for service in organization.delegatedAdministrators.keys {
                organization.delegatedAdministrators[service]?.remove(accountID)
            }
        }
    }

    /// `RegisterDelegatedAdministrator`: lets a member account administer a service for the organization.
    public mutating func registerDelegatedAdministrator(
        accountID: String,
        servicePrincipal: String,
        as session: Session
    ) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:RegisterDelegatedAdministrator", resource: accountARN(accountID))
        guard organization.parents[accountID] != nil else {
            throw AWSError(.accountNotFound, "account \(accountID) is not in \(organization.id)")
        }
        guard accountID != organization.managementAccountID else {
            throw AWSError(.constraintViolation, "the management account cannot be a delegated administrator")
        }
        guard organization.delegatedAdministrators[servicePrincipal]?.contains(accountID) != true else {
            throw AWSError(.accountAlreadyRegistered, "account \(accountID) already administers \(servicePrincipal)")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.delegatedAdministrators[servicePrincipal, default: []].insert(accountID)
        }
    }

    /// `arn:aws:organizations::MGMT:account/o-.../ACCOUNT`.
    func accountARN(_ accountID: String) throws(AWSError) -> String {
        guard let organization else { throw AWSError(.organizationNotInUse, "there is no organization") }
        return
            "arn:\(partition):organizations::\(organization.managementAccountID):account/\(organization.id)/\(accountID)"
    }
}
