import Foundation
import LZPolicy

extension World {
    /// `AssumeRole`: temporary credentials for a role, granted only when the role's trust policy
    /// allows the caller and, across accounts, the caller's own policies (and SCPs) allow
    /// `sts:AssumeRole` too (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html).
    ///
    /// Session tags need `sts:TagSession`, a source identity `sts:SetSourceIdentity`; transitive
    /// tags and the source identity carry along a role chain, whose sessions last at most an hour.
    /// - Returns: The role session.
    public func assumeRole(_ request: AssumeRoleRequest, as caller: Session) throws(AWSError) -> Session {
        if let problem = sessionProblem(caller) { throw problem }
        guard caller.principal.kind != .root else {
            throw AWSError(.accessDenied, "Roles may not be assumed by root accounts (\(caller.arn))")
        }
        try Self.validateSessionName(request.roleSessionName)
        let role = try roleForAssumption(request.roleARN, caller: caller)
        let isChain = caller.principal.kind == .roleSession
        let maximum = isChain ? 3_600 : role.maxSessionDuration
        guard (900...maximum).contains(request.durationSeconds) else {
            throw AWSError(
                .validation,
                isChain
                    ? "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."
                    : "DurationSeconds must be 900 to \(maximum) (the role's MaxSessionDuration), not \(request.durationSeconds)"
            )
        }
        let (tags, transitive) = try sessionTags(request, caller: caller)
        let sourceIdentity = try chainedSourceIdentity(request.sourceIdentity, caller: caller)
        var mfa: Date?
        if let serial = request.serialNumber {
            let devices = accountsByID[caller.accountID]?.iam.users[caller.principal.name]?.mfaDevices ?? []
            guard devices.contains(serial) else {
                throw AWSError(
                    .accessDenied, "MultiFactorAuthentication failed with invalid MFA one time pass code for \(serial)")
            }
            mfa = now
        }
        let sessionPolicies = try compileSessionPolicies(request)
        var context: [String: [String]] = ["sts:RoleSessionName": [request.roleSessionName]]
        context["sts:ExternalId"] = request.externalID.map { [$0] }
        context["sts:SourceIdentity"] = sourceIdentity.map { [$0] }
        context.merge(IAMNames.requestTagContext(request.tags)) { $1 }
        if !transitive.isEmpty { context["sts:TransitiveTagKeys"] = transitive.sorted() }
        var asking = caller
        if mfa != nil { asking.multiFactorAuthenticatedAt = mfa }
        let resource = ResourceReference(
            arn: role.arn, accountID: Self.account(inARN: role.arn), tags: role.tags, policy: role.trustPolicy)
        try requireAccess(
            AccessRequest(session: asking, action: "sts:AssumeRole", resource: resource, context: context))
        if !request.tags.isEmpty {
            try requireAccess(
                AccessRequest(session: asking, action: "sts:TagSession", resource: resource, context: context))
        }
        if request.sourceIdentity != nil, caller.sourceIdentity == nil {
            try requireAccess(
                AccessRequest(session: asking, action: "sts:SetSourceIdentity", resource: resource, context: context))
        }
        let accountID = Self.account(inARN: role.arn) ?? caller.accountID
        let arn = "arn:\(partition):sts::\(accountID):assumed-role/\(role.name)/\(request.roleSessionName)"
        guard let principal = Principal(arn: arn, id: role.roleID, isServiceLinkedRole: role.isServiceLinked) else {
            throw AWSError(.validation, "'\(arn)' is not a valid session ARN")
        }
        return Session(
            principal: principal, roleARN: role.arn, issuedAt: now,
            expiration: now + TimeInterval(request.durationSeconds),
            sessionPolicies: sessionPolicies, sessionTags: tags, transitiveTagKeys: transitive,
            sourceIdentity: sourceIdentity, multiFactorAuthenticatedAt: mfa, isRoleChain: isChain,
            attributes: caller.attributes)
    }

    /// The role named by ARN; a missing role is an access denial, as STS does not say which roles exist.
    private func roleForAssumption(_ arn: String, caller: Session) throws(AWSError) -> IAMRole {
        let name = arn.split(separator: "/").last.map(String.init) ?? ""
        guard let accountID = Self.account(inARN: arn), arn.contains(":role/"),
            let role = accountsByID[accountID]?.iam.roles[name], role.arn == arn
        else {
            throw AWSError(
                .accessDenied,
                "User: \(caller.arn) is not authorized to perform: sts:AssumeRole on resource: \(arn) "
                    + "(the role does not exist)")
        }
        return role
    }

    static func validateSessionName(_ name: String) throws(AWSError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-")
        guard (2...64).contains(name.count), name.allSatisfy({ allowed.contains($0) }) else {
            throw AWSError(
                .validation, "RoleSessionName '\(name)' must be 2 to 64 letters, digits or +=,.@_-")
        }
    }

    /// The new session's tags: the caller's transitive tags, which cannot be overridden, plus the request's.
    private func sessionTags(
        _ request: AssumeRoleRequest,
        caller: Session
    ) throws(AWSError) -> ([String: String], Set<String>) {
        guard request.tags.count <= 50 else {
            throw AWSError(.packedPolicyTooLarge, "\(request.tags.count) session tags exceed the quota of 50")
        }
        let inherited = caller.sessionTags.filter { caller.transitiveTagKeys.contains($0.key) }
        for (key, value) in request.tags where inherited[key] != nil && inherited[key] != value {
            throw AWSError(
                .invalidParameterValue, "session tag '\(key)' is transitive in the role chain and cannot be changed")
        }
        for key in request.transitiveTagKeys where request.tags[key] == nil {
            throw AWSError(.invalidParameterValue, "transitive tag key '\(key)' names no session tag of the request")
        }
        return (inherited.merging(request.tags) { $1 }, caller.transitiveTagKeys.union(request.transitiveTagKeys))
    }

    /// The source identity persists for the whole chain and cannot be changed once set.
    private func chainedSourceIdentity(_ requested: String?, caller: Session) throws(AWSError) -> String? {
        guard let existing = caller.sourceIdentity else { return requested }
        if let requested, requested != existing {
            throw AWSError(
                .accessDenied,
                "the source identity '\(existing)' is set for this role chain and cannot become '\(requested)'")
        }
        return existing
    }

    private func compileSessionPolicies(_ request: AssumeRoleRequest) throws(AWSError) -> [Policy]? {
        guard request.policy != nil || !request.policyARNs.isEmpty else { return nil }
        guard request.policyARNs.count <= 10 else {
            throw AWSError(.validation, "at most 10 managed session policies, not \(request.policyARNs.count)")
        }
        var policies: [Policy] = []
        if let text = request.policy {
            policies.append(try compilePolicy(text, kind: .session, name: "session policy", codes: .iam))
        }
        let accountID = Self.account(inARN: request.roleARN) ?? ""
        for arn in request.policyARNs {
            guard let managed = managedPolicy(arn: arn, in: accountID) else {
                throw AWSError(.noSuchEntity, "session policy \(arn) does not exist")
            }
            policies.append(managed.policy)
        }
        return policies
    }
}
