import Foundation
import LZPolicy
import Synchronization

extension World {
    /// Every principal of an account: its root user, its users and its roles, sorted by ARN.
    public func principals(in account: String) throws(AWSError) -> [PrincipalReference] {
        let account = try requireAccount(account)
        var found = [
            PrincipalReference(
                kind: .root, accountID: account.id, arn: "arn:\(partition):iam::\(account.id):root", name: "root")
        ]
        found += account.iam.users.values.map {
            PrincipalReference(kind: .user, accountID: account.id, arn: $0.arn, name: $0.name)
        }
        found += account.iam.roles.values.map {
            PrincipalReference(kind: .role, accountID: account.id, arn: $0.arn, name: $0.name)
        }
        return found.sorted()
    }

    /// A session acting as `principal`: the root user, the user with its long-term keys, or a
    /// one-hour session of the role without session policies or tags, issued now.
    public func session(actingAs principal: PrincipalReference) throws(AWSError) -> Session {
        switch principal.kind {
        case .root:
            return try rootSession(of: principal.accountID)
        case .user:
            return try userSession(account: principal.accountID, userName: principal.name)
        case .role:
            let role = try requireAccount(principal.accountID).iam.role(named: principal.name)
            let arn = "arn:\(partition):sts::\(principal.accountID):assumed-role/\(role.name)/lzsim"
            guard let engine = Principal(arn: arn, id: role.roleID, isServiceLinkedRole: role.isServiceLinked) else {
                throw AWSError(.validation, "'\(arn)' is not a valid session ARN")
            }
            return Session(principal: engine, roleARN: role.arn, issuedAt: now, expiration: now + 3_600)
        }
    }

    /// Who can perform `action` on `resource`: every principal of every account (or of the
    /// accounts given), with the decision for each, allowed ones only unless asked otherwise.
    ///
    /// When only allowed principals are wanted, a principal none of whose policies could allow
    /// the request (``LZPolicy/Policy/mayAllow(action:resource:)``) is skipped without building
    /// its request context; root users and resources with a policy or grants are always evaluated.
    /// - Parameters:
    ///   - action: The IAM action, such as `kms:Decrypt`.
    ///   - resource: The resource, with its policy when it has one.
    ///   - accounts: The accounts whose principals to ask about; every account when `nil`.
    ///   - includeDenied: Whether to return denied principals too.
    ///   - region: The Region the requests go to (a key's Region); the world's first by default.
    ///     Requests for `kms:` actions carry `kms:CallerAccount`, as KMS sends it.
    public func whoCan(
        _ action: String,
        on resource: ResourceReference,
        in accounts: [String]? = nil,
        includeDenied: Bool = false,
        region: String? = nil
    ) throws(AWSError) -> [AccessFinding] {
        let accounts = accounts ?? accountsByID.keys.sorted()
        for account in accounts { _ = try requireAccount(account) }
        let mayBeGrantedByResource = resource.policy != nil || !resource.grants.isEmpty
        // Accounts are independent, so they are asked in parallel, each into its own slot.
        let results = Mutex([[AccessFinding]](repeating: [], count: accounts.count))
        DispatchQueue.concurrentPerform(iterations: accounts.count) { index in
            var findings: [AccessFinding] = []
            var shared: RequestContext?
            let resourceSide = resourceAccountSide(accounts[index])
            for principal in (try? principals(in: accounts[index])) ?? [] {
                guard let session = try? session(actingAs: principal) else { continue }
                if !includeDenied, !mayBeGrantedByResource, principal.kind != .root,
                    !identityPolicies(of: session).contains(where: {
                        $0.mayAllow(action: action, resource: resource.arn)
                    })
                {
                    continue
                }
                let accountContext = shared ?? accountContext(of: session)
                shared = accountContext
                // A KMS request always says which account calls; AWS managed key policies test it.
                let context = action.lowercased().hasPrefix("kms:") ? ["kms:CallerAccount": [principal.accountID]] : [:]
                let decision = authorize(
                    AccessRequest(
                        session: session, action: action, resource: resource, context: context, region: region),
                    as: prepare(session, accountContext: accountContext, ownAccountResource: resourceSide),
                    options: Authorizer.Options(explain: true))
                if includeDenied || decision.isAllowed {
                    findings.append(AccessFinding(principal: principal, decision: decision))
                }
            }
            results.withLock { $0[index] = findings }
        }
        return results.withLock { $0.flatMap { $0 } }
    }
}
