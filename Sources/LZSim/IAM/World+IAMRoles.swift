import Foundation
import LZPolicy

extension World {
    /// `CreateRole` in the caller's account.
    /// - Parameters:
    ///   - roleName: 1 to 64 characters of letters, digits and `+=,.@_-`, unique in the account.
    ///   - assumeRolePolicyDocument: The trust policy, saying who may assume the role.
    ///   - path: `/` by default.
    ///   - maxSessionDuration: 3,600 to 43,200 seconds.
    ///   - permissionsBoundary: The ARN of a managed policy that caps the role's permissions.
    /// - Throws: `EntityAlreadyExists`, `MalformedPolicyDocument`, `NoSuchEntity` (boundary),
    ///   `ValidationError`, `LimitExceeded`, or `AccessDenied` with the deciding statements.
    @discardableResult
    public mutating func createRole(
        roleName: String,
        assumeRolePolicyDocument: String,
        path: String = "/",
        description: String = "",
        maxSessionDuration: Int = 3_600,
        permissionsBoundary: String? = nil,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> IAMRole {
        let accountID = session.accountID
        let arn = iamARN(accountID, "role", path: path, name: roleName)
        var context = IAMNames.requestTagContext(tags)
        if let permissionsBoundary { context["iam:PermissionsBoundary"] = [permissionsBoundary] }
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreateRole", resource: .init(arn: arn, accountID: accountID),
                context: context))
        if !tags.isEmpty {
            try requireAccess(
                AccessRequest(
                    session: session, action: "iam:TagRole", resource: .init(arn: arn, accountID: accountID),
                    context: context))
        }
        return try insertRole(
            in: accountID, roleName: roleName, trustPolicy: assumeRolePolicyDocument, path: path,
            description: description, maxSessionDuration: maxSessionDuration,
            permissionsBoundary: permissionsBoundary, tags: tags)
    }

    /// Creates a role after authorization, or on AWS's behalf (service-linked roles, the
    /// `OrganizationAccountAccessRole`, Identity Center roles), with every IAM validation.
    mutating func insertRole(
        in accountID: String,
        roleName: String,
        trustPolicy: String,
        path: String = "/",
        description: String = "",
        maxSessionDuration: Int = 3_600,
        permissionsBoundary: String? = nil,
        tags: [String: String] = [:],
        attachedPolicyARNs: [String] = [],
        isServiceLinked: Bool = false,
        managingService: String? = nil
    ) throws(AWSError) -> IAMRole {
        try IAMNames.validate(roleName, kind: "role", maximumLength: 64)
        try IAMNames.validate(path: path)
        try IAMNames.validate(tags: tags)
        guard (3_600...43_200).contains(maxSessionDuration) else {
            throw AWSError(.validation, "MaxSessionDuration must be 3600 to 43200 seconds, not \(maxSessionDuration)")
        }
        guard description.count <= 1_000 else {
            throw AWSError(.validation, "the description of role \(roleName) exceeds 1000 characters")
        }
        let iam = try requireAccount(accountID).iam
        if let existing = iam.roles.keys.first(where: { $0.lowercased() == roleName.lowercased() }) {
            throw AWSError(.entityAlreadyExists, "Role with name \(existing) already exists.")
        }
        guard iam.roles.count < IAMAccount.Quota.roles else {
            throw AWSError(.limitExceeded, "Cannot exceed quota for RolesPerAccount: \(IAMAccount.Quota.roles)")
        }
        if let permissionsBoundary {
            try requireBoundaryPolicy(permissionsBoundary, in: accountID)
        }
        let trust = try compilePolicy(trustPolicy, kind: .trust, name: "\(roleName) trust policy", codes: .iam)
        let role = IAMRole(
            name: roleName, path: path, arn: iamARN(accountID, "role", path: path, name: roleName),
            roleID: ids.uniqueID(prefix: "AROA"), createDate: now, trustPolicyText: trustPolicy, trustPolicy: trust,
            maxSessionDuration: maxSessionDuration, description: description, tags: tags,
            permissionsBoundaryARN: permissionsBoundary, inlinePolicies: [:], attachedPolicyARNs: attachedPolicyARNs,
            isServiceLinked: isServiceLinked, managingService: managingService)
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.roles[roleName] = role }
        return role
    }

    /// `GetRole` from the caller's account.
    public func getRole(roleName: String, as session: Session) throws(AWSError) -> IAMRole {
        let role = try requireAccount(session.accountID).iam.role(named: roleName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:GetRole",
                resource: .init(arn: role.arn, accountID: session.accountID, tags: role.tags)))
        return role
    }

    /// `DeleteRole`: the role must have no inline or attached policies and be in no instance profile.
    public mutating func deleteRole(roleName: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let iam = try requireAccount(accountID).iam
        let role = try roleForChange(roleName, in: iam)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:DeleteRole",
                resource: .init(arn: role.arn, accountID: accountID, tags: role.tags),
                context: role.permissionsBoundaryARN.map { ["iam:PermissionsBoundary": [$0]] } ?? [:]))
        guard role.inlinePolicies.isEmpty, role.attachedPolicyARNs.isEmpty else {
            throw AWSError(.deleteConflict, "Cannot delete entity, must remove policies from role \(roleName) first.")
        }
        guard !iam.instanceProfiles.values.contains(where: { $0.roleNames.contains(roleName) }) else {
            throw AWSError(
                .deleteConflict, "Cannot delete entity, must remove role \(roleName) from instance profile first.")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.roles[roleName] = nil }
    }

    /// `UpdateAssumeRolePolicy`: replaces a role's trust policy.
    public mutating func updateAssumeRolePolicy(roleName: String, policyDocument: String, as session: Session)
        throws(AWSError)
    {
        let accountID = session.accountID
        let role = try roleForChange(roleName, in: requireAccount(accountID).iam)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:UpdateAssumeRolePolicy",
                resource: .init(arn: role.arn, accountID: accountID, tags: role.tags)))
        let trust = try compilePolicy(policyDocument, kind: .trust, name: "\(roleName) trust policy", codes: .iam)
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.roles[roleName]?.trustPolicy = trust
            iam.roles[roleName]?.trustPolicyText = policyDocument
        }
    }

    /// `PutRolePermissionsBoundary`: sets or replaces the managed policy that caps the role.
    public mutating func putRolePermissionsBoundary(roleName: String, permissionsBoundary: String, as session: Session)
        throws(AWSError)
    {
        let accountID = session.accountID
        let role = try roleForChange(roleName, in: requireAccount(accountID).iam)
        try requireBoundaryPolicy(permissionsBoundary, in: accountID)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:PutRolePermissionsBoundary",
                resource: .init(arn: role.arn, accountID: accountID, tags: role.tags),
                context: ["iam:PermissionsBoundary": [permissionsBoundary]]))
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.roles[roleName]?.permissionsBoundaryARN = permissionsBoundary
        }
    }

    /// `DeleteRolePermissionsBoundary`: removes the cap, which guardrails usually deny.
    public mutating func deleteRolePermissionsBoundary(roleName: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let role = try roleForChange(roleName, in: requireAccount(accountID).iam)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:DeleteRolePermissionsBoundary",
                resource: .init(arn: role.arn, accountID: accountID, tags: role.tags),
                context: role.permissionsBoundaryARN.map { ["iam:PermissionsBoundary": [$0]] } ?? [:]))
        guard role.permissionsBoundaryARN != nil else {
            throw AWSError(.noSuchEntity, "role \(roleName) has no permissions boundary")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.roles[roleName]?.permissionsBoundaryARN = nil
        }
    }

    /// `TagRole`: adds or replaces tags.
    public mutating func tagRole(roleName: String, tags: [String: String], as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let role = try requireAccount(accountID).iam.role(named: roleName)
        try IAMNames.validate(tags: role.tags.merging(tags) { $1 })
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:TagRole",
                resource: .init(arn: role.arn, accountID: accountID, tags: role.tags),
                context: IAMNames.requestTagContext(tags)))
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.roles[roleName]?.tags.merge(tags) { $1 }
        }
    }

    /// The role, when users may change it: service-linked and Identity Center roles belong to their service.
    func roleForChange(_ roleName: String, in iam: IAMAccount) throws(AWSError) -> IAMRole {
        let role = try iam.role(named: roleName)
        guard role.managingService == nil else {
            throw AWSError(.unmodifiableEntity, "Cannot perform the operation on the protected role '\(roleName)'")
        }
        return role
    }

    /// A boundary must be a managed policy that exists (customer managed in the account, or AWS managed).
    func requireBoundaryPolicy(_ arn: String, in accountID: String) throws(AWSError) {
        guard managedPolicy(arn: arn, in: accountID) != nil else {
            throw AWSError(.noSuchEntity, "permissions boundary \(arn) does not exist or is not attachable")
        }
    }

    /// `arn:PARTITION:iam::ACCOUNT:TYPE` + path + name.
    func iamARN(_ accountID: String, _ type: String, path: String, name: String) -> String {
        "arn:\(partition):iam::\(accountID):\(type)\(path)\(name)"
    }
}
