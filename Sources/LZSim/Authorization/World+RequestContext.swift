import Foundation
import LZPolicy

extension World {
    /// The request context AWS would build: the operation's own keys, then the keys of the
    /// caller's identity, organization, session and network, and of the resource
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
    func requestContext(for request: AccessRequest, principal: Principal, resourceAccount: String?) -> RequestContext {
        var context = RequestContext()
        for (key, values) in request.context {
            context.set(key, values: values, multivalued: key.lowercased() == "aws:tagkeys" || values.count != 1)
        }
        func add(_ key: String, _ value: String?) {
            if let value, !context.contains(key) { context[key] = [value] }
        }
        func addList(_ key: String, _ values: [String]) {
            if !values.isEmpty, !context.contains(key) { context.set(key, values: values, multivalued: true) }
        }
        let session = request.session
        let attributes = session.attributes
        if let roleARN = session.roleARN { add("aws:PrincipalArn", roleARN) }
        if let organization, organization.parents[session.accountID] != nil {
            add("aws:PrincipalOrgID", organization.id)
            addList("aws:PrincipalOrgPaths", organization.organizationPath(of: session.accountID).map { [$0] } ?? [])
        }
        if let resourceAccount, let organization, organization.parents[resourceAccount] != nil {
            add("aws:ResourceOrgID", organization.id)
            addList("aws:ResourceOrgPaths", organization.organizationPath(of: resourceAccount).map { [$0] } ?? [])
        }
        for (key, value) in request.resource.tags { add("aws:ResourceTag/\(key)", value) }
        add("aws:RequestedRegion", request.region ?? attributes.region ?? regions[0])
        add("aws:SecureTransport", attributes.secureTransport ? "true" : "false")
        add("aws:SourceIp", attributes.sourceIP)
        add("aws:SourceVpc", attributes.sourceVPC)
        add("aws:SourceVpce", attributes.sourceVPCEndpoint)
        addList("aws:CalledVia", attributes.calledVia)
        add("aws:CalledViaFirst", attributes.calledVia.first)
        add("aws:CalledViaLast", attributes.calledVia.last)
        add("aws:ViaAWSService", attributes.viaAWSService ? "true" : "false")
        add("aws:SourceIdentity", session.sourceIdentity)
        if let mfa = session.multiFactorAuthenticatedAt {
            add("aws:MultiFactorAuthPresent", "true")
            add("aws:MultiFactorAuthAge", String(max(0, Int(now.timeIntervalSince(mfa)))))
        } else if session.expiration != nil {
            // Temporary credentials always say whether MFA was used; long-term keys never do.
            add("aws:MultiFactorAuthPresent", "false")
        }
        if session.expiration != nil {
            add("aws:TokenIssueTime", RequestContext.iso8601(Int(session.issuedAt.timeIntervalSince1970)))
        }
        context.inferKeys(for: principal, resourceAccount: resourceAccount, epochSeconds: clock.epochSeconds)
        return context
    }
}
