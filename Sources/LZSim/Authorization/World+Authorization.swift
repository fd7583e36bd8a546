import Foundation
public import LZPolicy

extension World {
    /// Decides one request the way AWS would: the gateway gathers every applicable policy (SCP
    /// and RCP chains, identity and group policies, boundary, session policies, the resource's
    /// policy and grants), builds the request context, and asks the policy engine.
    ///
    /// ```swift
    /// let decision = world.authorize(AccessRequest(
    ///     session: developer, action: "iam:CreateRole",
    ///     resource: ResourceReference(arn: "arn:aws:iam::\(devAccount):role/Builder")))
    /// print(decision.summary)   // "ImplicitlyDenied: no Allow in identity"
    /// ```
    /// - Parameters:
    ///   - request: The caller, action, resource and request-specific keys.
    ///   - options: Whether to explain allows and implicit denies, and whether to trace every statement.
    /// - Returns: The decision with its reasons. An expired or orphaned session is denied with a note.
    public func authorize(_ request: AccessRequest, options: Authorizer.Options = Authorizer.Options()) -> Decision {
        if let problem = sessionProblem(request.session) {
            return Decision(outcome: .implicitlyDenied, notes: [problem.message])
        }
        let session = request.session
        let resourceAccount = request.resource.accountID ?? Self.account(inARN: request.resource.arn)
        var principal = session.principal
        principal.tags = principalTags(of: session)
        principal.id = uniqueID(of: session)
        let policies = policySet(for: session, resource: request.resource, resourceAccount: resourceAccount)
        let context = requestContext(for: request, principal: principal, resourceAccount: resourceAccount)
        let engineRequest = AuthorizationRequest(
            principal: principal, action: request.action, resource: request.resource.arn, context: context)
        return Authorizer.evaluate(engineRequest, against: policies, options: options)
    }

    /// Authorizes `request` and throws AWS's denial when it is not allowed.
    /// - Parameter deniedCode: The service's spelling: `AccessDenied` for IAM and STS,
    ///   `AccessDeniedException` for Organizations and KMS.
    func requireAccess(_ request: AccessRequest, deniedCode: AWSError.Code = .accessDenied) throws(AWSError) {
        if let problem = sessionProblem(request.session) {
            throw problem
        }
        let decision = authorize(request, options: Authorizer.Options(explain: true))
        guard decision.isAllowed else {
            throw AWSError(deniedCode, Self.denialMessage(request, decision), decision: decision)
        }
    }

    /// Why a session can no longer make requests: expired, or its identity was deleted.
    func sessionProblem(_ session: Session) -> AWSError? {
        if let expiration = session.expiration, expiration <= now {
            return AWSError(.expiredToken, "the security token of \(session.arn) expired at \(expiration)")
        }
        guard let account = accountsByID[session.accountID] else {
            return AWSError(.accessDenied, "the account of \(session.arn) does not exist")
        }
        switch session.principal.kind {
        case .user where account.iam.users[session.principal.name] == nil:
            return AWSError(.accessDenied, "the user \(session.arn) no longer exists")
        case .roleSession where account.iam.roles[session.principal.name] == nil:
            return AWSError(.accessDenied, "the role of \(session.arn) no longer exists")
        default:
            return nil
        }
    }

    /// AWS's wording: `User: ARN is not authorized to perform: ACTION on resource: RES because ...`.
    static func denialMessage(_ request: AccessRequest, _ decision: Decision) -> String {
        let head =
            "User: \(request.session.arn) is not authorized to perform: \(request.action)"
            + " on resource: \(request.resource.arn)"
        switch decision.outcome {
        case .allowed:
            return head
        case .explicitlyDenied:
            let noun = decision.explicitDenyIn.first.map(Self.noun) ?? "policy"
            let article = "aeiou".contains(noun.prefix(1)) ? "an" : "a"
            return head + " with an explicit deny in \(article) \(noun)"
        case .implicitlyDenied:
            let noun = decision.implicitDenyIn.first.map(Self.noun) ?? "policy"
            return head + " because no \(noun) allows the \(request.action) action"
        }
    }

    private static func noun(_ source: PolicySource) -> String {
        switch source {
        case .identity, .group: "identity-based policy"
        case .boundary: "permissions boundary"
        case .session: "session policy"
        case .scp: "service control policy"
        case .rcp: "resource control policy"
        case .resource: "resource-based policy"
        case .vpcEndpoint: "VPC endpoint policy"
        }
    }

    /// The account field of an ARN, when it is a 12-digit account.
    static func account(inARN arn: String) -> String? {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[4].count == 12, fields[4].allSatisfy(\.isNumber) else { return nil }
        return String(fields[4])
    }
}
