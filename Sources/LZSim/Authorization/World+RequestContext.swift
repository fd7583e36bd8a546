import Foundation
import LZPolicy

extension World {
    /// The keys every caller of one account shares when its requests come from the same place:
    /// organization, Region, transport, time. Computed once per account by bulk queries.
    func accountContext(of session: Session) -> RequestContext {
        // Room for the caller's and the request's keys too, which are added to copies of this one.
        var context = RequestContext(minimumCapacity: 32)
        let attributes = session.attributes
        // An identity provider signing someone in is not a principal of its account.
        if session.principal.kind != .identityProvider {
            if let organization, let path = organization.organizationPath(of: session.accountID) {
                context["aws:PrincipalOrgID"] = [organization.id]
                context.set("aws:PrincipalOrgPaths", values: [path], multivalued: true)
            }
            context["aws:PrincipalAccount"] = [session.accountID]
        }
        context["aws:RequestedRegion"] = [attributes.region ?? regions[0]]
        context["aws:SecureTransport"] = [attributes.secureTransport ? "true" : "false"]
        context["aws:ViaAWSService"] = [attributes.viaAWSService ? "true" : "false"]
        if let sourceIP = attributes.sourceIP { context["aws:SourceIp"] = [sourceIP] }
        if let sourceVPC = attributes.sourceVPC { context["aws:SourceVpc"] = [sourceVPC] }
        if let endpoint = attributes.sourceVPCEndpoint { context["aws:SourceVpce"] = [endpoint] }
        if let sourceARN = attributes.sourceARN { context["aws:SourceArn"] = [sourceARN] }
        if let sourceAccount = attributes.sourceAccount { context["aws:SourceAccount"] = [sourceAccount] }
        if !attributes.calledVia.isEmpty {
            context.set("aws:CalledVia", values: attributes.calledVia, multivalued: true)
            context["aws:CalledViaFirst"] = [attributes.calledVia[0]]
            context["aws:CalledViaLast"] = [attributes.calledVia[attributes.calledVia.count - 1]]
        }
        let epoch = clock.epochSeconds
        context["aws:CurrentTime"] = [RequestContext.iso8601(epoch)]
        context["aws:EpochTime"] = [String(epoch)]
        return context
    }

    /// The caller's side of the request context: its account's keys, then its own identity, tags,
    /// session and MFA keys (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
    func callerContext(of session: Session, principal: Principal, accountContext: RequestContext) -> RequestContext {
        var context = accountContext
        if let roleARN = session.roleARN { context["aws:PrincipalArn"] = [roleARN] }
        if let sourceIdentity = session.sourceIdentity { context["aws:SourceIdentity"] = [sourceIdentity] }
        if let mfa = session.multiFactorAuthenticatedAt {
            context["aws:MultiFactorAuthPresent"] = ["true"]
            context["aws:MultiFactorAuthAge"] = [String(max(0, Int(now.timeIntervalSince(mfa))))]
        } else if session.expiration != nil {
            // Temporary credentials always say whether MFA was used; long-term keys never do.
            context["aws:MultiFactorAuthPresent"] = ["false"]
        }
        if session.expiration != nil {
            context["aws:TokenIssueTime"] = [RequestContext.iso8601(Int(session.issuedAt.timeIntervalSince1970))]
        }
        context.inferKeys(for: principal, resourceAccount: nil, epochSeconds: clock.epochSeconds)
        return context
    }

    /// Request keys that are lists even with one value (`ArrayOf...` keys).
    static let multivaluedKeys: Set<String> = [
        "aws:tagkeys", "kms:encryptioncontextkeys", "kms:grantoperations", "kms:resourcealiases",
    ]

    /// The full context of one request: the caller's keys, the operation's own keys (which win),
    /// and the resource's keys.
    func requestContext(
        for request: AccessRequest, base: RequestContext, resourceSide: ResourceAccountSide, own: ResourceAccountSide
    ) -> RequestContext {
        var context = base
        Self.applyResourceSide(resourceSide, to: &context)
        context.share(request.resource.context)
        context.merge(request.typedContext)
        for (key, values) in request.context {
            context.set(
                key, values: values, multivalued: values.count != 1 || Self.multivaluedKeys.contains(key.lowercased()))
        }
        if let region = request.region, request.context["aws:RequestedRegion"] == nil,
            context["aws:RequestedRegion"] != [region]
        {
            context["aws:RequestedRegion"] = [region]
        }
        for (key, value) in request.resource.tags where request.context["aws:ResourceTag/\(key)"] == nil {
            context["aws:ResourceTag/\(key)"] = [value]
        }
        return context
    }
}
