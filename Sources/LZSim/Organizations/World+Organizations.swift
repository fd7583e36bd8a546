import Foundation
import LZPolicy

extension World {
    /// `CreateOrganization` with all features: the caller's account becomes the management account.
    /// - Throws: `AlreadyInOrganizationException` when an organization exists; `AccessDeniedException`
    ///   when the caller may not create one.
    @discardableResult
    public mutating func createOrganization(as session: Session) throws(AWSError) -> Organization {
        try requireAccess(
            AccessRequest(session: session, action: "organizations:CreateOrganization", resource: .init(arn: "*")),
            deniedCode: .accessDeniedException)
        guard organization == nil else {
            throw AWSError(.alreadyInOrganization, "account \(session.accountID) is already in an organization")
        }
        let id = ids.organizationID()
        let rootID = ids.rootID()
        let management = session.accountID
        let created = Organization(
            id: id, arn: "arn:\(partition):organizations::\(management):organization/\(id)",
            managementAccountID: management, rootID: rootID, enabledPolicyTypes: [], organizationalUnits: [:],
            parents: [management: rootID], policies: [:], attachments: [:], delegatedAdministrators: [:])
        organization = created
        return created
    }

    /// `DescribeOrganization`, which any member account may call.
    public func describeOrganization(as session: Session) throws(AWSError) -> Organization {
        let organization = try requireMembership(of: session)
        try requireAccess(
            AccessRequest(
                session: session, action: "organizations:DescribeOrganization",
                resource: organizationResource(organization.arn, for: session)),
            deniedCode: .accessDeniedException)
        return organization
    }

    /// `EnablePolicyType`: switches SCPs or RCPs on for the root and attaches AWS's full-access
    /// policy of that type to the root, every OU and every account.
    public mutating func enablePolicyType(
        _ type: OrganizationPolicyType,
        rootID: String,
        as session: Session
    ) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:EnablePolicyType", resource: rootARNChecked(rootID),
            context: type.requestContext)
        guard !organization.enabledPolicyTypes.contains(type) else {
            throw AWSError(.policyTypeAlreadyEnabled, "\(type.rawValue) is already enabled in root \(rootID)")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.enabledPolicyTypes.insert(type)
            let full = Self.fullAccessPolicy(for: type)
            organization.policies[full.id] = full
            for target in [organization.rootID] + Array(organization.parents.keys).sorted() {
                organization.attachments[target, default: []].append(full.id)
            }
        }
    }

    /// `DisablePolicyType`: detaches every policy of the type everywhere and switches it off.
    public mutating func disablePolicyType(
        _ type: OrganizationPolicyType,
        rootID: String,
        as session: Session
    ) throws(AWSError) {
        let organization = try requireManagement(
            session, action: "organizations:DisablePolicyType", resource: rootARNChecked(rootID),
            context: type.requestContext)
        guard organization.enabledPolicyTypes.contains(type) else {
            throw AWSError(.policyTypeNotEnabled, "\(type.rawValue) is not enabled in root \(rootID)")
        }
        try updateOrganization { (organization: inout Organization) in
            organization.enabledPolicyTypes.remove(type)
            for (target, ids) in organization.attachments {
                organization.attachments[target] = ids.filter { organization.policies[$0]?.type != type }
            }
        }
    }

    /// The organization the caller's account belongs to.
    func requireMembership(of session: Session) throws(AWSError) -> Organization {
        if let problem = sessionProblem(session) { throw problem }
        guard let organization, organization.parents[session.accountID] != nil else {
            throw AWSError(.organizationNotInUse, "account \(session.accountID) is not a member of an organization")
        }
        return organization
    }

    /// The organization, when the caller is in its management account and IAM allows the action.
    /// Organizations answers most requests only from the management account
    /// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html).
    func requireManagement(
        _ session: Session,
        action: String,
        resource: String,
        context: [String: [String]] = [:]
    ) throws(AWSError) -> Organization {
        let organization = try requireMembership(of: session)
        let delegated = organization.delegatedAdministrators.values.contains { $0.contains(session.accountID) }
        let readOnly = action.hasPrefix("organizations:List") || action.hasPrefix("organizations:Describe")
        guard session.accountID == organization.managementAccountID || (delegated && readOnly) else {
            throw AWSError(
                .accessDeniedException,
                "\(action) can be called only from the management account \(organization.managementAccountID), "
                    + "not from \(session.accountID)")
        }
        try requireAccess(
            AccessRequest(
                session: session, action: action, resource: organizationResource(resource, for: session),
                context: context),
            deniedCode: .accessDeniedException)
        return organization
    }

    /// An organization resource as the gateway sees it. Organizations decides with the caller's
    /// own policies (delegated administrators included), never with a cross-account resource
    /// policy, so the resource counts as the caller's account.
    func organizationResource(_ arn: String, for session: Session) -> ResourceReference {
        ResourceReference(arn: arn, accountID: session.accountID)
    }

    /// The root's ARN, after checking that `rootID` names the root.
    func rootARNChecked(_ rootID: String) throws(AWSError) -> String {
        guard let organization else {
            throw AWSError(.organizationNotInUse, "there is no organization")
        }
        guard rootID == organization.rootID else {
            throw AWSError(
                .parentNotFound, "'\(rootID)' is not the root of \(organization.id) (\(organization.rootID))")
        }
        return organization.rootARN
    }

    /// `FullAWSAccess` or `RCPFullAWSAccess`, as stored in an organization.
    static func fullAccessPolicy(for type: OrganizationPolicyType) -> OrganizationPolicy {
        let shipped =
            type == .serviceControlPolicy ? AWSManagedPolicies.fullAWSAccess : AWSManagedPolicies.rcpFullAWSAccess
        return OrganizationPolicy(
            id: shipped.id, arn: shipped.arn, name: shipped.name,
            description: "Allows access to every operation", type: type, content: shipped.text,
            policy: shipped.policy, isAWSManaged: true)
    }
}
