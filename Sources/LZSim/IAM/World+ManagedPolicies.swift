import LZPolicy

extension World {
    /// `CreatePolicy`: a customer managed policy in the caller's account, with version `v1` as default.
    @discardableResult
    public mutating func createPolicy(
        policyName: String,
        policyDocument: String,
        path: String = "/",
        description: String = "",
        as session: Session
    ) throws(AWSError) -> ManagedPolicy {
        let accountID = session.accountID
        try IAMNames.validate(policyName, kind: "policy", maximumLength: 128)
        try IAMNames.validate(path: path)
        let arn = iamARN(accountID, "policy", path: path, name: policyName)
        try requireAccess(
            AccessRequest(session: session, action: "iam:CreatePolicy", resource: .init(arn: arn, accountID: accountID))
        )
        let iam = try requireAccount(accountID).iam
        guard iam.policies[arn] == nil else {
            throw AWSError(
                .entityAlreadyExists, "A policy called \(policyName) already exists. Duplicate names are not allowed.")
        }
        guard iam.policies.count < IAMAccount.Quota.customerManagedPolicies else {
            throw AWSError(
                .limitExceeded,
                "Cannot exceed quota for PoliciesPerAccount: \(IAMAccount.Quota.customerManagedPolicies)")
        }
        let compiled = try compilePolicy(policyDocument, kind: .identity, name: policyName, codes: .iam)
        let policy = ManagedPolicy(
            name: policyName, path: path, arn: arn, policyID: ids.uniqueID(prefix: "ANPA"), description: description,
            isAWSManaged: false,
            versions: [.init(versionID: "v1", text: policyDocument, policy: compiled, createDate: now)],
            defaultVersionID: "v1", nextVersionNumber: 2)
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.policies[arn] = policy }
        return policy
    }

    /// `CreatePolicyVersion`: at most five versions are kept; the new one applies when `setAsDefault`.
    @discardableResult
    public mutating func createPolicyVersion(
        policyARN: String,
        policyDocument: String,
        setAsDefault: Bool = false,
        as session: Session
    ) throws(AWSError) -> ManagedPolicy.Version {
        let accountID = session.accountID
        let policy = try customerPolicy(policyARN, in: accountID)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreatePolicyVersion",
                resource: .init(arn: policyARN, accountID: accountID)))
        guard policy.versions.count < IAMAccount.Quota.policyVersions else {
            throw AWSError(
                .limitExceeded,
                "A managed policy can have up to \(IAMAccount.Quota.policyVersions) versions; "
                    + "delete one of \(policy.name)'s before creating another")
        }
        let compiled = try compilePolicy(policyDocument, kind: .identity, name: policy.name, codes: .iam)
        let version = ManagedPolicy.Version(
            versionID: "v\(policy.nextVersionNumber)", text: policyDocument, policy: compiled, createDate: now)
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.policies[policyARN]?.versions.append(version)
            iam.policies[policyARN]?.nextVersionNumber += 1
            if setAsDefault { iam.policies[policyARN]?.defaultVersionID = version.versionID }
        }
        return version
    }

    /// `SetDefaultPolicyVersion`.
    public mutating func setDefaultPolicyVersion(policyARN: String, versionID: String, as session: Session)
        throws(AWSError)
    {
        let accountID = session.accountID
        let policy = try customerPolicy(policyARN, in: accountID)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:SetDefaultPolicyVersion",
                resource: .init(arn: policyARN, accountID: accountID)))
        guard policy.versions.contains(where: { $0.versionID == versionID }) else {
            throw AWSError(.noSuchEntity, "policy \(policy.name) has no version \(versionID)")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.policies[policyARN]?.defaultVersionID = versionID
        }
    }

    /// `DeletePolicyVersion`: the default version cannot be deleted.
    public mutating func deletePolicyVersion(policyARN: String, versionID: String, as session: Session) throws(AWSError)
    {
        let accountID = session.accountID
        let policy = try customerPolicy(policyARN, in: accountID)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:DeletePolicyVersion",
                resource: .init(arn: policyARN, accountID: accountID)))
        guard policy.versions.contains(where: { $0.versionID == versionID }) else {
            throw AWSError(.noSuchEntity, "policy \(policy.name) has no version \(versionID)")
        }
        guard versionID != policy.defaultVersionID else {
            throw AWSError(.deleteConflict, "Cannot delete the default version \(versionID) of policy \(policy.name).")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.policies[policyARN]?.versions.removeAll { $0.versionID == versionID }
        }
    }

    /// `DeletePolicy`: only a policy attached to nothing and used as no boundary can go.
    public mutating func deletePolicy(policyARN: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let policy = try customerPolicy(policyARN, in: accountID)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:DeletePolicy", resource: .init(arn: policyARN, accountID: accountID)))
        let iam = try requireAccount(accountID).iam
        let holders: [any PolicyHolder] = Array(iam.users.values) + Array(iam.groups.values) + Array(iam.roles.values)
        let attachments = holders.filter { $0.attachedPolicyARNs.contains(policyARN) }.count
        let boundaries =
            iam.users.values.filter { $0.permissionsBoundaryARN == policyARN }.count
            + iam.roles.values.filter { $0.permissionsBoundaryARN == policyARN }.count
        guard attachments == 0, boundaries == 0 else {
            throw AWSError(
                .deleteConflict,
                "Cannot delete a policy attached to entities: \(policy.name) is attached \(attachments) times "
                    + "and is the permissions boundary of \(boundaries)")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.policies[policyARN] = nil }
    }

    /// A customer managed policy of `accountID`; AWS managed policies cannot be changed.
    func customerPolicy(_ arn: String, in accountID: String) throws(AWSError) -> ManagedPolicy {
        if AWSManagedPolicies.iam[arn] != nil {
            throw AWSError(.invalidInput, "\(arn) is an AWS managed policy, which only AWS changes")
        }
        guard let policy = try requireAccount(accountID).iam.policies[arn] else {
            throw AWSError(.noSuchEntity, "Policy \(arn) does not exist or is not attachable.")
        }
        return policy
    }
}
