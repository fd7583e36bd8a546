import LZPolicy

extension World {
    /// `CreatePolicy` in Organizations: an SCP or RCP, validated as Organizations validates it.
    /// - Throws: `MalformedPolicyDocumentException`, `ConstraintViolationException` (size),
    ///   `DuplicatePolicyException`.
    @discardableResult
    public mutating func createOrganizationPolicy(
        name: String,
        description: String = "",
        type: OrganizationPolicyType,
        content: String,
        as session: Session
    ) throws(AWSError) -> OrganizationPolicy {
        let organization = try requireManagement(
            session, action: "organizations:CreatePolicy", resource: organizationARN(), context: type.requestContext)
        guard (1...128).contains(name.count) else {
            throw AWSError(.invalidInput, "policy name '\(name)' must be 1 to 128 characters")
        }
        guard !organization.policies.values.contains(where: { $0.name == name && $0.type == type }) else {
            throw AWSError(.duplicatePolicy, "a \(type.rawValue) named '\(name)' already exists")
        }
        let compiled = try compilePolicy(content, kind: type.policyKind, name: name, codes: .organizations)
        let id = ids.policyID()
        let policy = OrganizationPolicy(
            id: id,
            arn: "arn:\(partition):organizations::\(organization.managementAccountID):policy/\(organization.id)/"
                + "\(type.arnSegment)/\(id)",
            name: name, description: description, type: type, content: content, policy: compiled, isAWSManaged: false)
        try updateOrganization { (organization: inout Organization) in
            organization.policies[id] = policy
        }
        return policy
    }

    /// `UpdatePolicy`: new content, name or description for a customer managed SCP or RCP.
    public mutating func updateOrganizationPolicy(
        policyID: String,
        name: String? = nil,
        description: String? = nil,
        content: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:UpdatePolicy", resource: organizationARN(),
            context: organization?.policies[policyID]?.type.requestContext ?? [:])
        var policy = try customerOrganizationPolicy(policyID, in: organization)
        if let content {
            policy.policy = try compilePolicy(
                content, kind: policy.type.policyKind, name: policy.name, codes: .organizations)
            policy.content = content
        }
        if let name { policy.name = name }
        if let description { policy.description = description }
        try updateOrganization { (organization: inout Organization) in
            organization.policies[policyID] = policy
        }
    }

    /// `DeletePolicy`: only a policy attached nowhere can be deleted.
    public mutating func deleteOrganizationPolicy(policyID: String, as session: Session) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:DeletePolicy", resource: organizationARN(),
            context: organization?.policies[policyID]?.type.requestContext ?? [:])
        let policy = try customerOrganizationPolicy(policyID, in: organization)
        guard !organization.attachments.values.contains(where: { $0.contains(policyID) }) else {
            throw AWSError(.policyInUse, "policy \(policy.name) (\(policyID)) is still attached; detach it first")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.policies[policyID] = nil
        }
    }

    /// `AttachPolicy` to the root, an OU or an account: the type must be enabled, and a target
    /// holds at most five policies of a type.
    public mutating func attachPolicy(policyID: String, targetID: String, as session: Session) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:AttachPolicy", resource: organizationARN(),
            context: organization?.policies[policyID]?.type.requestContext ?? [:])
        let policy = try organizationPolicy(policyID, in: organization)
        try requireTarget(targetID, in: organization)
        guard organization.enabledPolicyTypes.contains(policy.type) else {
            throw AWSError(
                .policyTypeNotEnabled, "\(policy.type.rawValue) is not enabled in root \(organization.rootID)")
        }
        let attached = organization.attachments[targetID] ?? []
        guard !attached.contains(policyID) else {
            throw AWSError(.duplicatePolicyAttachment, "policy \(policy.name) is already attached to \(targetID)")
        }
        let sameType = attached.filter { organization.policies[$0]?.type == policy.type }.count
        guard sameType < Organization.maximumPoliciesPerTarget else {
            throw AWSError(
                .constraintViolation,
                "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: \(targetID) already has \(sameType) "
                    + "\(policy.type.rawValue)s attached, the most a target may have")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.attachments[targetID, default: []].append(policyID)
        }
    }

    /// `DetachPolicy`: the last SCP of a target and `RCPFullAWSAccess` stay.
    public mutating func detachPolicy(policyID: String, targetID: String, as session: Session) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:DetachPolicy", resource: organizationARN(),
            context: organization?.policies[policyID]?.type.requestContext ?? [:])
        let policy = try organizationPolicy(policyID, in: organization)
        try requireTarget(targetID, in: organization)
        let attached = organization.attachments[targetID] ?? []
        guard attached.contains(policyID) else {
            throw AWSError(.policyNotAttached, "policy \(policy.name) is not attached to \(targetID)")
        }
        if policy.id == AWSManagedPolicies.rcpFullAWSAccess.id {
            throw AWSError(.constraintViolation, "RCPFullAWSAccess cannot be detached")
        }
        let sameType = attached.filter { organization.policies[$0]?.type == policy.type }
        if policy.type == .serviceControlPolicy, sameType.count == 1 {
            throw AWSError(
                .constraintViolation,
                "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: \(policy.name) is the last SCP of \(targetID); "
                    + "attach another before detaching it")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.attachments[targetID] = attached.filter { $0 != policyID }
        }
    }

    /// `ListPoliciesForTarget`: the policies of one type attached directly to a target.
    public func listPoliciesForTarget(
        targetID: String,
        filter type: OrganizationPolicyType,
        as session: Session
    ) throws(AWSError) -> [OrganizationPolicy] {
        let organization = try requireManagement(
            session, action: "organizations:ListPoliciesForTarget", resource: organizationARN(),
            context: type.requestContext)
        try requireTarget(targetID, in: organization)
        return (organization.attachments[targetID] ?? []).compactMap { organization.policies[$0] }.filter {
            $0.type == type
        }
    }

    private func organizationPolicy(_ id: String, in organization: Organization) throws(AWSError) -> OrganizationPolicy
    {
        if let policy = organization.policies[id] { return policy }
        for type in OrganizationPolicyType.allCases where Self.fullAccessPolicy(for: type).id == id {
            throw AWSError(.policyTypeNotEnabled, "\(id) exists only while \(type.rawValue) is enabled")
        }
        throw AWSError(.policyNotFound, "no policy '\(id)' in \(organization.id)")
    }

    private func customerOrganizationPolicy(_ id: String, in organization: Organization) throws(AWSError)
        -> OrganizationPolicy
    {
        let policy = try organizationPolicy(id, in: organization)
        guard !policy.isAWSManaged else {
            throw AWSError(.constraintViolation, "\(policy.name) is managed by AWS and cannot be changed")
        }
        return policy
    }

    private func requireTarget(_ id: String, in organization: Organization) throws(AWSError) {
        guard id == organization.rootID || organization.parents[id] != nil else {
            throw AWSError(.targetNotFound, "no root, OU or account '\(id)' in \(organization.id)")
        }
    }
}
