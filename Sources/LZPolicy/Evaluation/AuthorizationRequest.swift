/// One request to authorize: who calls, which action, on which resource, with which context keys.
public struct AuthorizationRequest: Sendable {
    /// The caller.
    public var principal: Principal
    /// The action, such as `s3:GetObject` (matched case-insensitively).
    public var action: String {
        didSet { analyze() }
    }
    /// The resource ARN, or `*` for actions without resource-level permissions.
    public var resource: String {
        didSet { analyze() }
    }
    /// The request context keys.
    public var context: RequestContext
    private(set) var loweredAction = ""
    /// The account field of the resource ARN, when it has one.
    public private(set) var resourceARNAccount: String?
    /// Whether the resource is a KMS key, whose key policy must allow access.
    private(set) var isKMSKey = false
    /// Whether the request assumes or tags a role, whose trust policy must allow it.
    private(set) var isRoleTrust = false

    /// Creates a request.
    public init(principal: Principal, action: String, resource: String, context: RequestContext = RequestContext()) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
        analyze()
    }

    /// Reads once what every decision needs from the action and the resource ARN.
    private mutating func analyze() {
        loweredAction = action.lowercased()
        let fields = resource.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6 else {
            (resourceARNAccount, isKMSKey, isRoleTrust) = (nil, false, false)
            return
        }
        resourceARNAccount = AccountID.isValid(String(fields[4])) ? String(fields[4]) : nil
        isKMSKey = fields[2] == "kms" && fields[5].hasPrefix("key/")
        isRoleTrust = fields[2] == "iam" && fields[5].hasPrefix("role/") && loweredAction.hasPrefix("sts:")
    }
}
