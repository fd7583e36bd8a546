/// One compiled entry of a `Principal` or `NotPrincipal` element.
///
/// Principal ARNs compare by account and name: a session ARN carries no role path, and IAM
/// resolves principal ARNs to unique IDs, not to text
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
enum PrincipalMatcher: Sendable, Hashable {
    case everyone
    case account(String)
    case user(account: String, name: String)
    case role(account: String, name: String)
    case session(account: String, role: String, session: String)
    case federatedUser(account: String, name: String)
    case service(String)
    case federatedProvider(String)
    case canonicalUser(String)
    case uniqueID(String)
    case unmatchable

    init(_ entry: PrincipalElement.Entry) {
        switch entry.type {
        case .everyone:
            self = .everyone
        case .service:
            self = .service(entry.value.lowercased())
        case .federated:
            self = .federatedProvider(entry.value)
        case .canonicalUser:
            self = .canonicalUser(entry.value)
        case .aws:
            if entry.value == "*" {
                self = .everyone
            } else if AccountID.isValid(entry.value) {
                self = .account(entry.value)
            } else if UniqueID.isValid(entry.value) {
                self = .uniqueID(entry.value)
            } else if let principal = Principal(arn: entry.value), let account = principal.accountID {
                switch principal.kind {
                case .root: self = .account(account)
                case .user: self = .user(account: account, name: principal.name)
                case .role: self = .role(account: account, name: principal.name)
                case .roleSession:
                    self = .session(account: account, role: principal.name, session: principal.sessionName ?? "")
                case .federatedUser: self = .federatedUser(account: account, name: principal.name)
                default: self = .unmatchable
                }
            } else {
                self = .unmatchable
            }
        }
    }

    /// How a resource policy's `Principal` names the caller; the strength decides which implicit denies it overrides.
    enum Grant: Int, Comparable, Sendable {
        /// Not named.
        case none = 0
        /// The caller's account is named: a delegation to the account's own IAM policies.
        case account = 1
        /// The role of a role session is named: granted before the session, so session policy and boundary still apply.
        case role = 2
        /// The caller itself is named (user, session, federated user, root, service, or `*`).
        case direct = 3

        static func < (lhs: Grant, rhs: Grant) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    func grant(for principal: Principal) -> Grant {
        switch self {
        case .everyone:
            return .direct
        case .account(let account):
            guard principal.accountID == account else { return .none }
            return principal.kind == .root ? .direct : .account
        case .user(let account, let name):
            if principal.kind == .federatedUser, let federating = principal.federatingUserARN,
                let user = Principal(arn: federating), user.accountID == account, user.name == name
            {
                // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html: a grant to
                // the federating user does not lift the session's boundary or session policy.
                return .role
            }
            return principal.kind == .user && principal.accountID == account && principal.name == name ? .direct : .none
        case .role(let account, let name):
            guard (principal.kind == .role || principal.kind == .roleSession), principal.accountID == account,
                principal.name == name
            else { return .none }
            return .role
        case .session(let account, let role, let session):
            return principal.kind == .roleSession && principal.accountID == account && principal.name == role
                && principal.sessionName == session ? .direct : .none
        case .federatedUser(let account, let name):
            return principal.kind == .federatedUser && principal.accountID == account && principal.name == name
                ? .direct : .none
        case .service(let name):
            return principal.kind == .service && principal.arn.lowercased() == name ? .direct : .none
        case .federatedProvider(let provider):
            return principal.kind == .identityProvider && principal.arn == provider ? .direct : .none
        case .uniqueID(let id):
            // A policy shows a unique ID where it named a user or role that was deleted since: the
            // grant follows the ID, so a user or role recreated with the same name does not match.
            guard let callerID = principal.id?.split(separator: ":").first, callerID == id else { return .none }
            return principal.kind == .roleSession ? .role : .direct
        case .canonicalUser, .unmatchable:
            return .none
        }
    }

    /// The links of a caller's chain that `NotPrincipal` must list to exempt it: AWS may check the
    /// account, then the role, then the session
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
    static func chain(of principal: Principal) -> [PrincipalMatcher] {
        if principal.kind == .identityProvider { return [.federatedProvider(principal.arn)] }
        guard let account = principal.accountID else {
            return principal.kind == .service ? [.service(principal.arn.lowercased())] : [.everyone]
        }
        switch principal.kind {
        case .user: return [.account(account), .user(account: account, name: principal.name)]
        case .role: return [.account(account), .role(account: account, name: principal.name)]
        case .roleSession:
            return [
                .account(account), .role(account: account, name: principal.name),
                .session(account: account, role: principal.name, session: principal.sessionName ?? ""),
            ]
        case .federatedUser: return [.account(account), .federatedUser(account: account, name: principal.name)]
        default: return [.account(account)]
        }
    }
}
