extension World {
    /// `CreateResourceShare` (AWS RAM): shares subnets, transit gateways or Resolver rules the
    /// caller owns with accounts, OUs or the whole organization.
    /// - Parameters:
    ///   - principals: Account IDs, OU ARNs or the organization's ARN.
    ///   - allowExternalPrincipals: Whether accounts outside the organization may be named.
    /// - Throws: `UnknownResourceException` (a resource the caller does not own),
    ///   `InvalidParameterException` (a principal outside the organization when not allowed).
    @discardableResult
    public mutating func createResourceShare(
        name: String,
        resourceArns: [String],
        principals: [String],
        allowExternalPrincipals: Bool = false,
        as session: Session
    ) throws(AWSError) -> ResourceShare {
        let place = place(of: session)
        for arn in resourceArns where !ownsShareable(arn, place) {
            throw AWSError(.unknownResource, "The resource \(arn) does not exist or is not owned by \(place.accountID)")
        }
        for principal in principals {
            let inOrganization =
                principal.hasPrefix("arn:aws:organizations::")
                ? organization.map { principal.contains($0.id) } ?? false
                : organization?.organizationPath(of: principal) != nil
            guard inOrganization || allowExternalPrincipals else {
                throw AWSError(
                    AWSError.Code(rawValue: "InvalidParameterException"),
                    "The principal \(principal) is outside the organization and the share does not allow external principals"
                )
            }
        }
        try authorizeEC2(
            session, "CreateResourceShare", resource: "arn:aws:ram:\(place.region):\(place.accountID):resource-share/*",
            service: "ram")
        let share = ResourceShare(
            resourceShareArn: "arn:aws:ram:\(place.region):\(place.accountID):resource-share/\(ids.uuid())", name: name,
            place: place, allowExternalPrincipals: allowExternalPrincipals, resourceArns: Set(resourceArns),
            principals: Set(principals))
        network.resourceShares[share.resourceShareArn] = share
        return share
    }

    /// Whether a resource of `owner` is shared with `accountID` (directly, through one of its OUs,
    /// or through the organization).
    func isShared(_ arn: String, owner: ResourcePlace, with accountID: String) -> Bool {
        let path = organization?.path(to: accountID) ?? []
        return network.resourceShares.values.contains { share in
            share.place.accountID == owner.accountID && share.resourceArns.contains(arn)
                && share.principals.contains { principal in
                    principal == accountID
                        || path.contains { principal.hasSuffix("/\($0)") && $0 != accountID }
                        || (organization.map { principal.hasSuffix("organization/\($0.id)") } ?? false)
                }
        }
    }

    /// The accounts a resource is shared with, expanded from OUs and the organization.
    public func sharedAccounts(of arn: String) -> Set<String> {
        let accounts = organization?.accountIDs ?? []
        return Set(
            accounts.filter { account in
                network.resourceShares.values.contains { share in
                    share.resourceArns.contains(arn) && isShared(arn, owner: share.place, with: account)
                } && account != network.resourceShares.values.first { $0.resourceArns.contains(arn) }?.place.accountID
            })
    }

    private func ownsShareable(_ arn: String, _ place: ResourcePlace) -> Bool {
        if let id = arn.split(separator: "/").last.map(String.init) {
            if let subnet = network.subnets[id] { return subnet.place == place }
            if let gateway = network.transitGateways[id] { return gateway.place == place }
            if let rule = network.resolverRules[id] { return rule.place == place }
        }
        return false
    }
}
