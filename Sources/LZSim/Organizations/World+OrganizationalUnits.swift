import LZPolicy

extension World {
    /// `CreateOrganizationalUnit` under the root or another OU, at most five levels deep.
    /// - Throws: `ParentNotFoundException`, `DuplicateOrganizationalUnitException`, or
    ///   `ConstraintViolationException` (`OU_DEPTH_LIMIT_EXCEEDED`).
    @discardableResult
    public mutating func createOrganizationalUnit(
        parentID: String,
        name: String,
        as session: Session
    ) throws(AWSError) -> OrganizationalUnit {
        let organization = try requireManagement(
            session, action: "organizations:CreateOrganizationalUnit", resource: parentARN(parentID))
        guard (1...128).contains(name.count) else {
            throw AWSError(.invalidInput, "OU name '\(name)' must be 1 to 128 characters")
        }
        let siblings = organization.children(of: parentID).compactMap { organization.organizationalUnits[$0] }
        guard !siblings.contains(where: { $0.name == name }) else {
            throw AWSError(.duplicateOrganizationalUnit, "an OU named '\(name)' already exists under \(parentID)")
        }
        // The path to the parent includes the root, so its length is the new OU's depth.
        let depth = organization.path(to: parentID).count
        guard depth <= Organization.maximumOUDepth else {
            throw AWSError(
                .constraintViolation,
                "OU_DEPTH_LIMIT_EXCEEDED: '\(name)' would be \(depth) levels below the root; "
                    + "OUs nest at most \(Organization.maximumOUDepth) levels")
        }
        let id = ids.organizationalUnitID(rootID: organization.rootID)
        let unit = OrganizationalUnit(
            id: id,
            arn: "arn:\(partition):organizations::\(organization.managementAccountID):ou/\(organization.id)/\(id)",
            name: name)
        try updateOrganization { (organization: inout Organization) in
            organization.organizationalUnits[id] = unit
            organization.parents[id] = parentID
            organization.attachDefaultPolicies(to: id)
        }
        return unit
    }

    /// `ListParents`: the root or OU directly above an OU or account.
    public func listParents(childID: String, as session: Session) throws(AWSError) -> [String] {
        let organization = try requireManagement(
            session, action: "organizations:ListParents", resource: organizationARN())
        guard let parent = organization.parents[childID] else {
            throw AWSError(.invalidInput, "'\(childID)' is neither an OU nor an account of \(organization.id)")
        }
        return [parent]
    }

    /// `ListChildren` of the root or an OU: OUs or accounts, sorted by ID.
    public func listChildren(
        parentID: String,
        childType: ChildType,
        as session: Session
    ) throws(AWSError) -> [String] {
        let organization = try requireManagement(
            session, action: "organizations:ListChildren", resource: parentARN(parentID))
        return organization.children(of: parentID).filter { $0.hasPrefix("ou-") == (childType == .organizationalUnit) }
    }

    /// The kinds of child `ListChildren` lists.
    public enum ChildType: String, Sendable {
        case account = "ACCOUNT"
        case organizationalUnit = "ORGANIZATIONAL_UNIT"
    }

    /// The ARN of the root or an OU.
    /// - Throws: `ParentNotFoundException` when it is neither.
    func parentARN(_ parentID: String) throws(AWSError) -> String {
        guard let organization else { throw AWSError(.organizationNotInUse, "there is no organization") }
        if parentID == organization.rootID { return organization.rootARN }
        guard let unit = organization.organizationalUnits[parentID] else {
            throw AWSError(.parentNotFound, "no root or OU '\(parentID)' in \(organization.id)")
        }
        return unit.arn
    }

    func organizationARN() throws(AWSError) -> String {
        guard let organization else { throw AWSError(.organizationNotInUse, "there is no organization") }
        return organization.arn
    }
}

extension Organization {
    /// New OUs and accounts get AWS's full-access policies of every enabled type, as AWS attaches them.
    mutating func attachDefaultPolicies(to target: String) {
        for type in OrganizationPolicyType.allCases where enabledPolicyTypes.contains(type) {
            attachments[target, default: []].append(World.fullAccessPolicy(for: type).id)
        }
    }
}
