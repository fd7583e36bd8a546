import LZPolicy
import LZSim

/// Turns a principal as a scenario writes it into a session of the world.
///
/// Forms: `account/root`, `account/user/NAME`, `account/role/NAME` (a session of the role),
/// `account/sso/PERMISSION_SET/USER` (an Identity Center sign-in), a user or role ARN, or
/// `$name` for a session an earlier step saved.
struct PrincipalResolver {
    let built: BuiltFoundation
    let world: World
    let saved: [String: Session]
    let variables: [String: String]

    func session(for declaration: PrincipalDeclaration) throws(ScenarioError) -> Session {
        let reference = declaration.reference
        let text = try built.substitute(reference.text, at: reference.location, extra: variables)
        var session = try resolve(text, at: reference.location)
        session = session.with { attributes in
            if let ip = declaration.sourceIP { attributes.sourceIP = ip }
            if let vpc = declaration.sourceVPC { attributes.sourceVPC = vpc }
            if let endpoint = declaration.sourceVPCEndpoint { attributes.sourceVPCEndpoint = endpoint }
            if let region = declaration.region { attributes.region = region }
            if let secure = declaration.secureTransport { attributes.secureTransport = secure }
        }
        if declaration.multiFactorAuthenticated == true, session.principal.kind == .user {
            session = try call(reference.location) { () throws(AWSError) in
                try world.userSession(
                    account: session.accountID, userName: session.principal.name, multiFactorAuthenticated: true)
            }.with { $0 = session.attributes }
        }
        return session
    }

    private func resolve(_ text: String, at location: SourceLocation) throws(ScenarioError) -> Session {
        if text.hasPrefix("$") {
            let name = String(text.dropFirst())
            guard let session = saved[name] else {
                throw ScenarioError(
                    "no session saved as '\(name)' by an earlier step", at: location,
                    hint: Suggestion.hint(for: name, among: saved.keys))
            }
            return session
        }
        if text.hasPrefix("arn:") {
            guard let principal = Principal(arn: text), let accountID = principal.accountID else {
                throw ScenarioError("'\(text)' is not a user, role or root ARN", at: location)
            }
            switch principal.kind {
            case .root: return try resolve("\(accountID)/root", at: location)
            case .user: return try resolve("\(accountID)/user/\(principal.name)", at: location)
            case .role: return try resolve("\(accountID)/role/\(principal.name)", at: location)
            default:
                throw ScenarioError("'\(text)' names a session; save it from a step and use $name", at: location)
            }
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let accountID = try built.accountID(Named(text: parts[0], location: location))
        let forms = "account/root, account/user/NAME, account/role/NAME, account/sso/SET/USER, an ARN or $saved"
        switch (parts.count, parts.count > 1 ? parts[1] : "") {
        case (2, "root"):
            return try call(location) { () throws(AWSError) in try world.rootSession(of: accountID) }
        case (3, "user"):
            return try call(location) { () throws(AWSError) in
                try world.userSession(account: accountID, userName: parts[2])
            }
        case (3, "role"):
            guard let role = world.account(accountID)?.iam.roles[parts[2]] else {
                let roles = world.account(accountID)?.iam.roles.keys.map { $0 } ?? []
                throw ScenarioError(
                    "no role '\(parts[2])' in account '\(parts[0])'", at: location,
                    hint: Suggestion.hint(for: parts[2], among: roles))
            }
            return try call(location) { () throws(AWSError) in
                try world.session(
                    actingAs: PrincipalReference(kind: .role, accountID: accountID, arn: role.arn, name: role.name))
            }
        case (4, "sso"):
            return try call(location) { () throws(AWSError) in
                try world.signIn(userName: parts[3], account: accountID, permissionSet: parts[2])
            }
        default:
            throw ScenarioError("expected a principal (\(forms)), found '\(text)'", at: location)
        }
    }

    private func call<Result>(_ location: SourceLocation, _ body: () throws(AWSError) -> Result) throws(ScenarioError)
        -> Result
    {
        do throws(AWSError) {
            return try body()
        } catch {
            throw ScenarioError("\(error.code): \(error.message)", at: location)
        }
    }
}
