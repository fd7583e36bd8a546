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

    /// Reads once what every decision needs from the action and the resource ARN, from its bytes
    /// (splitting the ARN into strings was a tenth of a simple decision's cost).
    private mutating func analyze() {
        loweredAction = action.lowercased()
        let utf8 = resource.utf8
        // The positions of the 2nd, 3rd, 4th and 5th colons: service, Region, account, resource.
        var colons = (utf8.startIndex, utf8.startIndex, utf8.startIndex, utf8.startIndex)
        var count = 0
        var index = utf8.startIndex
        while index < utf8.endIndex, count < 5 {
            if utf8[index] == 0x3A {
                count += 1
                switch count {
                case 2: colons.0 = index
                case 3: colons.1 = index
                case 4: colons.2 = index
                case 5: colons.3 = index
                default: break
                }
            }
            index = utf8.index(after: index)
        }
        guard count == 5 else {
            (resourceARNAccount, isKMSKey, isRoleTrust) = (nil, false, false)
            return
        }
        let service = utf8[utf8.index(after: colons.0)..<colons.1]
        let account = utf8[utf8.index(after: colons.2)..<colons.3]
        let rest = utf8[utf8.index(after: colons.3)...]
        resourceARNAccount =
            account.count == 12 && account.allSatisfy({ (0x30...0x39).contains($0) })
            ? String(Substring(account)) : nil
        isKMSKey = service.elementsEqual("kms".utf8) && rest.starts(with: "key/".utf8)
        isRoleTrust =
            service.elementsEqual("iam".utf8) && rest.starts(with: "role/".utf8) && loweredAction.hasPrefix("sts:")
    }
}
