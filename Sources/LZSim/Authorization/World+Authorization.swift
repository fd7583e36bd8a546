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
        authorize(request, as: prepare(request.session, memoizingDecisions: false), options: options)
    }

    /// Decides one request of a caller prepared with ``prepare(_:)``; the request's own session is
    /// ignored in favour of the prepared one.
    public func authorize(
        _ request: AccessRequest,
        as caller: PreparedCaller,
        options: Authorizer.Options = Authorizer.Options()
    ) -> Decision {
        if let problem = caller.problem {
            return Decision(outcome: .implicitlyDenied, notes: [problem.message])
        }
        let (engineRequest, policies) = engineInputs(for: request, as: caller)
        return Authorizer.evaluate(engineRequest, against: policies, options: options)
    }

    /// What the gateway hands the policy engine for a request: the request with its full context,
    /// and every applicable policy. Useful to see exactly what a decision was made from.
    public func engineInputs(for request: AccessRequest, as caller: PreparedCaller) -> (AuthorizationRequest, PolicySet)
    {
        let resourceAccount = request.resource.accountID ?? Self.account(inARN: request.resource.arn)
        let side =
            resourceAccount == caller.ownAccountResource.accountID
            ? caller.ownAccountResource : resourceAccountSide(resourceAccount)
        var policies = caller.policies
        policies.resourcePolicy = request.resource.policy
        policies.resourceAccount = resourceAccount
        policies.grants = request.resource.grants
        policies.isAWSManagedKey = request.resource.isAWSManagedKey
        policies.vpcEndpointPolicy = vpcEndpointPolicy(forRequestFrom: caller.session)
        policies.resourceControlPolicies = side.resourceControlPolicies
        let context = requestContext(
            for: request, base: caller.context, resourceSide: side, own: caller.ownAccountResource)
        let engineRequest = AuthorizationRequest(
            principal: caller.principal, action: request.action, resource: request.resource.arn, context: context)
        return (engineRequest, policies)
    }

    /// Authorizes `request` and throws AWS's denial when it is not allowed.
    /// - Parameter deniedCode: The service's spelling: `AccessDenied` for IAM and STS,
    ///   `AccessDeniedException` for Organizations and KMS.
    func requireAccess(_ request: AccessRequest, deniedCode: AWSError.Code = .accessDenied) throws(AWSError) {
        try requireAccess(request, as: prepare(request.session, memoizingDecisions: false), deniedCode: deniedCode)
    }

    /// ``requireAccess(_:deniedCode:)`` for a caller already prepared, when an operation
    /// authorizes several requests of the same caller.
    func requireAccess(
        _ request: AccessRequest, as caller: PreparedCaller, deniedCode: AWSError.Code = .accessDenied
    ) throws(AWSError) {
        if let problem = caller.problem {
            throw problem
        }
        // Most requests are allowed, and an allow needs no explanation: explain only a denial.
        guard authorize(request, as: caller).isAllowed else {
            let decision = authorize(request, as: caller, options: Authorizer.Options(explain: true))
            throw AWSError(deniedCode, Self.denialMessage(request, decision), decision: decision)
        }
    }

    /// Why a session can no longer make requests: expired, or its identity was deleted.
    func sessionProblem(_ session: Session) -> AWSError? {
        if let expiration = session.expiration, expiration <= now {
            return AWSError(.expiredToken, "the security token of \(session.arn) expired at \(expiration)")
        }
        // An AWS service acting as its service principal (CloudTrail delivering logs) has no account.
        if session.principal.kind == .service { return nil }
        guard let iam = accountsByID[session.accountID]?.iam else {
            return AWSError(.accessDenied, "the account of \(session.arn) does not exist")
        }
        switch session.principal.kind {
        case .user where iam.users[session.principal.name] == nil:
            return AWSError(.accessDenied, "the user \(session.arn) no longer exists")
        case .roleSession where iam.roles[session.principal.name] == nil:
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

    /// The account field of an ARN, when it is a 12-digit account; read from the bytes, as every
    /// request asks it.
    static func account(inARN arn: String) -> String? {
        let utf8 = arn.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var colons = 0
            var start = 0
            for index in bytes.indices where bytes[index] == 0x3A {
                colons += 1
                if colons == 4 {
                    start = index + 1
                } else if colons == 5 {
                    let field = bytes[start..<index]
                    guard field.count == 12, field.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
                    return String(decoding: field, as: UTF8.self)
                }
            }
            return nil
        }
            ?? {
                let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
                guard fields.count == 6, fields[4].count == 12, fields[4].allSatisfy(\.isNumber) else { return nil }
                return String(fields[4])
            }()
    }
}
