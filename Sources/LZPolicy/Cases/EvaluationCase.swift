/// One case of the `lzsim evaluate` contract: a request and the policies that apply to it.
///
/// Decoding validates every field and every policy; a problem becomes a ``CaseError`` whose
/// message names the field, such as
/// `identity_policies[1].Statement[0].Effect: expected "Allow" or "Deny", got the string "allow"`.
public struct EvaluationCase: Sendable {
    /// The case's `id`, echoed back.
    public var id: JSONNode?
    /// The case's `expected`, echoed back.
    public var expected: JSONNode?
    /// The request to decide.
    public var request: AuthorizationRequest
    /// The policies that apply.
    public var policies: PolicySet

    /// The fields the contract defines; others are rejected so that typos do not pass silently.
    static let fields: Set<String> = [
        "id", "principal", "identity_policies", "group_policies", "boundary", "session_policy", "session_policies",
        "scps", "rcps", "resource_policy", "resource_account", "service_linked_role", "grants", "action",
        "resource", "context", "infer_context", "expected",
    ]

    /// Decodes a case object.
    /// - Parameters:
    ///   - node: The case object.
    ///   - epochSeconds: The request time used when the case lets lzsim infer context keys.
    /// - Throws: ``CaseError`` naming the first field that is wrong.
    public init(decoding node: JSONNode, epochSeconds: Int) throws(CaseError) {
        guard let members = node.members else {
            throw CaseError("case: expected an object, got \(node.typeDescription)")
        }
        id = node["id"]
        expected = node["expected"]
        if let unknown = members.first(where: { !Self.fields.contains($0.key) }) {
            throw CaseError("\(unknown.key): expected a field of the evaluate contract, got an unknown field")
        }
        let decoder = CaseDecoder(node: node)
        let principal = try decoder.principal()
        let action = try decoder.requiredString("action")
        let resource = try decoder.requiredString("resource")
        if action != "*", action.split(separator: ":").count != 2 {
            throw CaseError("action: expected \"service:action\", got \(JSONNode.quoted(action))")
        }
        var context = try decoder.context()
        var request = AuthorizationRequest(principal: principal, action: action, resource: resource)
        let resourceAccount = try decoder.optionalString("resource_account")
        let ownerAccount = resourceAccount ?? request.resourceARNAccount ?? principal.accountID
        if try decoder.optionalBool("infer_context") ?? true {
            context.inferKeys(for: principal, resourceAccount: ownerAccount, epochSeconds: epochSeconds)
        }
        request.context = context
        let resourceKind: PolicyKind =
            request.isKMSKey ? .keyPolicy : request.isRoleTrust ? .trust : .resource
        var sessions = try decoder.policyList("session_policies", kind: .session)
        if let single = try decoder.optionalPolicy("session_policy", kind: .session) {
            sessions = (sessions ?? []) + [single]
        }
        policies = PolicySet(
            identityPolicies: try decoder.policyList("identity_policies", kind: .identity) ?? [],
            groupPolicies: try decoder.policyList("group_policies", kind: .identity) ?? [],
            permissionsBoundary: try decoder.optionalPolicy("boundary", kind: .boundary),
            sessionPolicies: sessions,
            serviceControlPolicies: try decoder.levels("scps", kind: .scp),
            resourceControlPolicies: try decoder.levels("rcps", kind: .rcp),
            resourcePolicy: try decoder.optionalPolicy("resource_policy", kind: resourceKind),
            resourceAccount: resourceAccount,
            grants: try decoder.grants())
        self.request = request
    }

    /// Decides the case.
    public func evaluate(options: Authorizer.Options = Authorizer.Options()) -> Decision {
        Authorizer.evaluate(request, against: policies, options: options)
    }
}

/// Why a case could not be evaluated: a one-line message naming the field.
public struct CaseError: Error, Sendable, CustomStringConvertible {
    /// `field: expected ..., got ...`.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
