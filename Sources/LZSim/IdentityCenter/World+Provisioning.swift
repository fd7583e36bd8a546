import LZPolicy

extension World {
    /// The audience every Identity Center SAML assertion carries.
    static let samlAudience = "https://signin.aws.amazon.com/saml"

    /// The name of the SAML provider Identity Center keeps in each account it provisions into.
    var identityCenterProviderName: String {
        let instance = identityCenter?.instanceARN.split(separator: "-").last.map(String.init) ?? ""
        return "AWSSSO_\(instance)_DO_NOT_DELETE"
    }

    /// Creates or updates the set's reserved role in `accountID`, as Identity Center provisions it:
    /// trusted by the account's Identity Center SAML provider, with the set's policies, session
    /// duration and boundary, and managed by `sso.amazonaws.com` so users cannot change it.
    mutating func provision(_ set: PermissionSet, into accountID: String) throws(AWSError) {
        let iam = try requireAccount(accountID).iam
        let providerARN = "arn:\(partition):iam::\(accountID):saml-provider/\(identityCenterProviderName)"
        if iam.samlProviders[providerARN] == nil {
            _ = try insertSAMLProvider(name: identityCenterProviderName, in: accountID)
        }
        var attached = set.managedPolicyARNs
        for reference in set.customerManagedPolicies {
            attached.append(try customerPolicyARN(reference, in: accountID, permissionSet: set.name))
        }
        var boundary: String?
        switch set.permissionsBoundary {
        case .managedPolicy(let arn): boundary = arn
        case .customerManagedPolicy(let reference):
            boundary = try customerPolicyARN(reference, in: accountID, permissionSet: set.name)
        case nil: boundary = nil
        }
        let inline = try set.inlinePolicy.map { text throws(AWSError) in
            InlinePolicy(
                name: "AwsSSOInlinePolicy", text: text,
                policy: try compilePolicy(
                    text, kind: .roleInline, name: "\(set.reservedRoleName)/AwsSSOInlinePolicy", codes: .iam))
        }
        let roleName = set.reservedRoleName
        if iam.roles[roleName] == nil {
            let trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"\(providerARN)"},\
                "Action":["sts:AssumeRoleWithSAML","sts:TagSession"],\
                "Condition":{"StringEquals":{"SAML:aud":"\(Self.samlAudience)"}}}]}
                """
            _ = try insertRole(
                in: accountID, roleName: roleName, trustPolicy: trust, path: identityCenter?.rolePath ?? "/",
                maxSessionDuration: set.sessionDuration, managingService: "sso.amazonaws.com")
        }
        try updateIAM(of: accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.roles[roleName]?.inlinePolicies = inline.map { [$0.name: $0] } ?? [:]
            iam.roles[roleName]?.attachedPolicyARNs = attached
            iam.roles[roleName]?.permissionsBoundaryARN = boundary
            iam.roles[roleName]?.maxSessionDuration = set.sessionDuration
        }
    }

    private func customerPolicyARN(
        _ reference: PermissionSet.CustomerManagedPolicyReference,
        in accountID: String,
        permissionSet: String
    ) throws(AWSError) -> String {
        let arn = iamARN(accountID, "policy", path: reference.path, name: reference.name)
        guard accountsByID[accountID]?.iam.policies[arn] != nil else {
            throw AWSError(
                .resourceNotFound,
                "permission set \(permissionSet) refers to customer managed policy \(reference.path)\(reference.name), "
                    + "which account \(accountID) does not have")
        }
        return arn
    }
}
