import LZPolicy

extension World {
    /// `CreateServiceLinkedRole`: a role that a service owns, at `/aws-service-role/SERVICE/`,
    /// trusted by that service, unmodifiable by users, and exempt from SCPs.
    /// - Parameters:
    ///   - awsServiceName: The service principal, such as `elasticloadbalancing.amazonaws.com`.
    ///   - roleSuffix: Distinguishes a second role of the same service, when the service allows one.
    @discardableResult
    public mutating func createServiceLinkedRole(
        awsServiceName: String,
        roleSuffix: String? = nil,
        as session: Session
    ) throws(AWSError) -> IAMRole {
        guard awsServiceName.hasSuffix(".amazonaws.com"), let service = awsServiceName.split(separator: ".").first
        else {
            throw AWSError(.invalidInput, "'\(awsServiceName)' is not a service principal such as ec2.amazonaws.com")
        }
        let accountID = session.accountID
        let stem = service.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        let roleName = "AWSServiceRoleFor\(stem)" + (roleSuffix.map { "_\($0)" } ?? "")
        let path = "/aws-service-role/\(awsServiceName)/"
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreateServiceLinkedRole",
                resource: .init(arn: iamARN(accountID, "role", path: path, name: roleName), accountID: accountID),
                context: ["iam:AWSServiceName": [awsServiceName]]))
        let trust = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"\(awsServiceName)"},\
            "Action":"sts:AssumeRole"}]}
            """
        return try insertRole(
            in: accountID, roleName: roleName, trustPolicy: trust, path: path,
            description: "Service-linked role for \(awsServiceName)", isServiceLinked: true,
            managingService: awsServiceName)
    }

    /// `CreateInstanceProfile`.
    @discardableResult
    public mutating func createInstanceProfile(instanceProfileName: String, path: String = "/", as session: Session)
        throws(AWSError) -> InstanceProfile
    {
        let accountID = session.accountID
        try IAMNames.validate(instanceProfileName, kind: "instance profile", maximumLength: 128)
        try IAMNames.validate(path: path)
        let arn = iamARN(accountID, "instance-profile", path: path, name: instanceProfileName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreateInstanceProfile", resource: .init(arn: arn, accountID: accountID)))
        guard try requireAccount(accountID).iam.instanceProfiles[instanceProfileName] == nil else {
            throw AWSError(.entityAlreadyExists, "Instance Profile \(instanceProfileName) already exists.")
        }
        let profile = InstanceProfile(name: instanceProfileName, arn: arn, roleNames: [])
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.instanceProfiles[instanceProfileName] = profile
        }
        return profile
    }

    /// `AddRoleToInstanceProfile`: an instance profile holds one role, and adding it passes the
    /// role, so the caller needs `iam:PassRole` on it as well.
    public mutating func addRoleToInstanceProfile(instanceProfileName: String, roleName: String, as session: Session)
        throws(AWSError)
    {
        let accountID = session.accountID
        let iam = try requireAccount(accountID).iam
        guard let profile = iam.instanceProfiles[instanceProfileName] else {
            throw AWSError(.noSuchEntity, "Instance Profile \(instanceProfileName) cannot be found.")
        }
        let role = try iam.role(named: roleName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:AddRoleToInstanceProfile",
                resource: .init(arn: profile.arn, accountID: accountID)))
        try requirePassRole(role, to: "ec2.amazonaws.com", as: session)
        guard profile.roleNames.isEmpty else {
            throw AWSError(.limitExceeded, "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.instanceProfiles[instanceProfileName]?.roleNames = [roleName]
        }
    }

    /// `iam:PassRole`: handing a role to a service, authorized with `iam:PassedToService`.
    public func requirePassRole(_ role: IAMRole, to service: String, as session: Session) throws(AWSError) {
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:PassRole",
                resource: .init(arn: role.arn, accountID: Self.account(inARN: role.arn), tags: role.tags),
                context: ["iam:PassedToService": [service]]))
    }

    /// `CreateSAMLProvider`: an identity provider for `AssumeRoleWithSAML`.
    @discardableResult
    public mutating func createSAMLProvider(name: String, as session: Session) throws(AWSError) -> SAMLProvider {
        let accountID = session.accountID
        guard (1...128).contains(name.count), name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) })
        else {
            throw AWSError(.validation, "SAML provider name '\(name)' must be 1 to 128 letters, digits or ._-")
        }
        let arn = "arn:\(partition):iam::\(accountID):saml-provider/\(name)"
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreateSAMLProvider", resource: .init(arn: arn, accountID: accountID)))
        return try insertSAMLProvider(name: name, in: accountID)
    }

    mutating func insertSAMLProvider(name: String, in accountID: String) throws(AWSError) -> SAMLProvider {
        let arn = "arn:\(partition):iam::\(accountID):saml-provider/\(name)"
        let iam = try requireAccount(accountID).iam
        guard iam.samlProviders[arn] == nil else {
            throw AWSError(.entityAlreadyExists, "SAML provider \(name) already exists.")
        }
        guard iam.samlProviders.count < IAMAccount.Quota.samlProviders else {
            throw AWSError(
                .limitExceeded, "Cannot exceed quota for SAMLProvidersPerAccount: \(IAMAccount.Quota.samlProviders)")
        }
        let provider = SAMLProvider(name: name, arn: arn)
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in iam.samlProviders[arn] = provider }
        return provider
    }
}
