import LZPolicy

extension World {
    /// `sso:CreatePermissionSet`.
    /// - Parameter sessionDuration: Seconds, from one to twelve hours (AWS writes `PT1H` to `PT12H`).
    /// - Returns: The permission set's ARN.
    @discardableResult
    public mutating func createPermissionSet(
        name: String,
        description: String = "",
        sessionDuration: Int = 3_600,
        as session: Session
    ) throws(AWSError) -> String {
        let center = try requireIdentityCenterAdmin(session, action: "sso:CreatePermissionSet")
        guard (1...32).contains(name.count), name.allSatisfy({ $0.isLetter || $0.isNumber || "+=,.@_-".contains($0) })
        else {
            throw AWSError(.validation, "permission set name '\(name)' must be 1 to 32 letters, digits or +=,.@_-")
        }
        guard (3_600...43_200).contains(sessionDuration) else {
            throw AWSError(.validation, "SessionDuration must be PT1H to PT12H, not \(sessionDuration) seconds")
        }
        guard center.permissionSet(named: name) == nil else {
            throw AWSError(.conflict, "a permission set named '\(name)' already exists")
        }
        let instance = center.instanceARN.split(separator: "/").last.map(String.init) ?? ""
        let arn = "arn:\(partition):sso:::permissionSet/\(instance)/ps-\(ids.hexadecimal(16))"
        identityCenter?.permissionSets[arn] = PermissionSet(
            arn: arn, name: name, description: description, sessionDuration: sessionDuration, inlinePolicy: nil,
            managedPolicyARNs: [], customerManagedPolicies: [], permissionsBoundary: nil,
            roleSuffix: ids.hexadecimal(16))
        return arn
    }

    /// `sso:PutInlinePolicyToPermissionSet`; accounts see the change when the set is provisioned again.
    public mutating func putInlinePolicyToPermissionSet(
        permissionSetARN: String,
        inlinePolicy: String,
        as session: Session
    ) throws(AWSError) {
        let set = try permissionSet(permissionSetARN, action: "sso:PutInlinePolicyToPermissionSet", as: session)
        _ = try compilePolicy(inlinePolicy, kind: .roleInline, name: "\(set.name) inline policy", codes: .iam)
        identityCenter?.permissionSets[permissionSetARN]?.inlinePolicy = inlinePolicy
    }

    /// `sso:AttachManagedPolicyToPermissionSet`: an AWS managed policy by ARN.
    public mutating func attachManagedPolicyToPermissionSet(
        permissionSetARN: String,
        managedPolicyARN: String,
        as session: Session
    ) throws(AWSError) {
        let set = try permissionSet(permissionSetARN, action: "sso:AttachManagedPolicyToPermissionSet", as: session)
        guard managedPolicy(arn: managedPolicyARN, in: "") != nil else {
            throw AWSError(.validation, "\(managedPolicyARN) is not an AWS managed policy lzsim knows")
        }
        guard !set.managedPolicyARNs.contains(managedPolicyARN) else {
            throw AWSError(.conflict, "\(managedPolicyARN) is already attached to \(set.name)")
        }
        identityCenter?.permissionSets[permissionSetARN]?.managedPolicyARNs.append(managedPolicyARN)
    }

    /// `sso:AttachCustomerManagedPolicyReferenceToPermissionSet`: a policy by name, which every
    /// target account must have when the set is provisioned.
    public mutating func attachCustomerManagedPolicyReferenceToPermissionSet(
        permissionSetARN: String,
        name: String,
        path: String = "/",
        as session: Session
    ) throws(AWSError) {
        _ = try permissionSet(
            permissionSetARN, action: "sso:AttachCustomerManagedPolicyReferenceToPermissionSet", as: session)
        try IAMNames.validate(path: path)
        identityCenter?.permissionSets[permissionSetARN]?.customerManagedPolicies.append(.init(name: name, path: path))
    }

    /// `sso:PutPermissionsBoundaryToPermissionSet`.
    public mutating func putPermissionsBoundaryToPermissionSet(
        permissionSetARN: String,
        permissionsBoundary: PermissionsBoundaryReference,
        as session: Session
    ) throws(AWSError) {
        _ = try permissionSet(permissionSetARN, action: "sso:PutPermissionsBoundaryToPermissionSet", as: session)
        identityCenter?.permissionSets[permissionSetARN]?.permissionsBoundary = permissionsBoundary
    }

    /// `sso:CreateAccountAssignment`: gives a user or group the permission set in an account,
    /// and provisions the set's role there.
    public mutating func createAccountAssignment(
        targetID accountID: String,
        permissionSetARN: String,
        principalType: AccountAssignment.PrincipalType,
        principalID: String,
        as session: Session
    ) throws(AWSError) {
        let set = try permissionSet(permissionSetARN, action: "sso:CreateAccountAssignment", as: session)
        guard organization?.parents[accountID] != nil else {
            throw AWSError(.validation, "account \(accountID) is not in the organization")
        }
        let known =
            principalType == .user
            ? identityCenter?.users[principalID] != nil : identityCenter?.groups[principalID] != nil
        guard known else {
            throw AWSError(
                .resourceNotFound, "no \(principalType.rawValue.lowercased()) '\(principalID)' in the identity store")
        }
        let assignment = AccountAssignment(
            accountID: accountID, permissionSetARN: permissionSetARN, principalType: principalType,
            principalID: principalID)
        guard identityCenter?.assignments.contains(assignment) == false else { return }
        try provision(set, into: accountID)
        identityCenter?.assignments.append(assignment)
    }

    /// `sso:DeleteAccountAssignment`; the set's role leaves the account with its last assignment there.
    public mutating func deleteAccountAssignment(
        targetID accountID: String,
        permissionSetARN: String,
        principalType: AccountAssignment.PrincipalType,
        principalID: String,
        as session: Session
    ) throws(AWSError) {
        let set = try permissionSet(permissionSetARN, action: "sso:DeleteAccountAssignment", as: session)
        let assignment = AccountAssignment(
            accountID: accountID, permissionSetARN: permissionSetARN, principalType: principalType,
            principalID: principalID)
        guard let index = identityCenter?.assignments.firstIndex(of: assignment) else {
            throw AWSError(.resourceNotFound, "no such assignment of \(set.name) in \(accountID)")
        }
        identityCenter?.assignments.remove(at: index)
        let stillAssigned = identityCenter?.assignments.contains {
            $0.accountID == accountID && $0.permissionSetARN == permissionSetARN
        }
        if stillAssigned == false {
            try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
                iam.roles[set.reservedRoleName] = nil
            }
        }
    }

    /// `sso:ProvisionPermissionSet`: pushes the set's current policies to every account it is assigned to.
    public mutating func provisionPermissionSet(permissionSetARN: String, as session: Session) throws(AWSError) {
        let set = try permissionSet(permissionSetARN, action: "sso:ProvisionPermissionSet", as: session)
        let accounts = Set(
            (identityCenter?.assignments ?? []).filter { $0.permissionSetARN == permissionSetARN }.map(\.accountID))
        for accountID in accounts.sorted() {
            try provision(set, into: accountID)
        }
    }

    private func permissionSet(_ arn: String, action: String, as session: Session) throws(AWSError) -> PermissionSet {
        let center = try requireIdentityCenterAdmin(session, action: action)
        guard let set = center.permissionSets[arn] else {
            throw AWSError(.resourceNotFound, "no permission set '\(arn)'")
        }
        return set
    }
}

extension PermissionSet {
    /// `AWSReservedSSO_<name>_<suffix>`, the role the set becomes in each account.
    public var reservedRoleName: String { "AWSReservedSSO_\(name)_\(roleSuffix)" }
}
