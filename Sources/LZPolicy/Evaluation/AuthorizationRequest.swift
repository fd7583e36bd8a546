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
        var resource = resource
        let facts = resource.withUTF8 { bytes -> (account: String?, isKMSKey: Bool, isIAMRole: Bool)? in
            // The positions of the 2nd, 3rd, 4th and 5th colons: service, Region, account, resource.
            var colons = (0, 0, 0, 0)
            var count = 0
            var index = 0
            while index < bytes.count, count < 5 {
                if bytes[index] == 0x3A {
                    count += 1
                    switch count {
                    case 2: colons.0 = index
                    case 3: colons.1 = index
                    case 4: colons.2 = index
                    case 5: colons.3 = index
                    default: break
                    }
                }
                index += 1
            }
            guard count == 5 else { return nil }
            func field(_ from: Int, _ to: Int, equals text: StaticString) -> Bool {
                to - from - 1 == text.utf8CodeUnitCount
                    && (0..<text.utf8CodeUnitCount).allSatisfy { bytes[from + 1 + $0] == text.utf8Start[$0] }
            }
            func rest(startsWith text: StaticString) -> Bool {
                bytes.count - colons.3 - 1 >= text.utf8CodeUnitCount
                    && (0..<text.utf8CodeUnitCount).allSatisfy { bytes[colons.3 + 1 + $0] == text.utf8Start[$0] }
            }
            let accountBytes = UnsafeBufferPointer(rebasing: bytes[(colons.2 + 1)..<colons.3])
            let account =
                accountBytes.count == 12 && accountBytes.allSatisfy({ (0x30...0x39).contains($0) })
                ? String(decoding: accountBytes, as: UTF8.self) : nil
            return (
                account, field(colons.0, colons.1, equals: "kms") && rest(startsWith: "key/"),
                field(colons.0, colons.1, equals: "iam") && rest(startsWith: "role/")
            )
        }
        guard let facts else {
            (resourceARNAccount, isKMSKey, isRoleTrust) = (nil, false, false)
            return
        }
        resourceARNAccount = facts.account
        isKMSKey = facts.isKMSKey
        isRoleTrust = facts.isIAMRole && loweredAction.hasPrefix("sts:")
    }
}
