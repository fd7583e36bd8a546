/// One request to authorize: who calls, which action, on which resource, with which context keys.
public struct AuthorizationRequest: Sendable {
    /// The caller.
    public var principal: Principal
    /// The action, such as `s3:GetObject` (matched case-insensitively).
    public var action: String {
        didSet { loweredAction = action.lowercased() }
    }
    /// The resource ARN, or `*` for actions without resource-level permissions.
    public var resource: String
    /// The request context keys.
    public var context: RequestContext
    private(set) var loweredAction: String

    /// Creates a request.
    public init(principal: Principal, action: String, resource: String, context: RequestContext = RequestContext()) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
        self.loweredAction = action.lowercased()
    }

    /// The account field of the resource ARN, when it has one.
    public var resourceARNAccount: String? {
        let fields = resource.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, AccountID.isValid(String(fields[4])) else { return nil }
        return String(fields[4])
    }

    /// Whether the resource is a KMS key, whose key policy must allow access.
    var isKMSKey: Bool {
        let fields = resource.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return fields.count == 6 && fields[2] == "kms" && fields[5].hasPrefix("key/")
    }

    /// Whether the request assumes or tags a role, whose trust policy must allow it.
    var isRoleTrust: Bool {
        let fields = resource.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return fields.count == 6 && fields[2] == "iam" && fields[5].hasPrefix("role/") && loweredAction.hasPrefix("sts:")
    }
}
