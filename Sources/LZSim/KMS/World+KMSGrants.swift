import Foundation
import LZPolicy

/// What `CreateGrant` returns.
public struct CreateGrantResult: Sendable, Hashable {
    /// The grant's ID, 64 hexadecimal digits.
    public var grantID: String
    /// A token that lets the grantee use the grant at once.
    public var grantToken: String
}

extension World {
    /// `CreateGrant`: lets `granteePrincipal` perform `operations` with the key, optionally only
    /// with a given encryption context. A grant can allow, never deny, and needs no IAM policy of
    /// the grantee, even in another account (https://docs.aws.amazon.com/kms/latest/developerguide/grants.html).
    ///
    /// Policies see the request as `kms:GrantOperations`, `kms:GranteePrincipal`,
    /// `kms:RetiringPrincipal`, `kms:GrantConstraintType`, `kms:GrantIsForAWSResource` (true
    /// when an AWS service creates the grant for the caller) and the constraint's pairs as
    /// `kms:EncryptionContext:*`. A grantee that may create grants only through a grant can pass
    /// on no more operations than that grant has, with at least its constraint.
    /// A grant with the same name and the same settings as an existing one returns that grant.
    /// - Throws: `ValidationException` (no operations, an operation the key does not support, a
    ///   constraint with operations that take no encryption context, an invalid principal or
    ///   name), `NotFoundException`, `DisabledException`, `KMSInvalidStateException`,
    ///   `LimitExceededException`, `AccessDeniedException`.
    @discardableResult
    public mutating func createGrant(
        keyID: String,
        granteePrincipal: String,
        operations: [GrantOperation],
        retiringPrincipal: String? = nil,
        constraints: GrantConstraints? = nil,
        name: String? = nil,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> CreateGrantResult {
        guard !operations.isEmpty else {
            throw AWSError(.kmsValidation, "CreateGrant: Operations must name at least one operation")
        }
        try Self.validateGrantPrincipal(granteePrincipal, role: "GranteePrincipal")
        if let retiringPrincipal { try Self.validateGrantPrincipal(retiringPrincipal, role: "RetiringPrincipal") }
        if let name {
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/_-")
            guard (1...256).contains(name.count), name.allSatisfy(allowed.contains) else {
                throw AWSError(
                    .kmsValidation, "CreateGrant: Name '\(name)' must be 1 to 256 letters, digits and :/_-")
            }
        }
        if let constraints {
            try Self.validate(encryptionContext: constraints.pairs, operation: "CreateGrant")
            if let op = operations.first(where: { !$0.allowsConstraint }) {
                throw AWSError(
                    .kmsValidation,
                    "CreateGrant: a \(constraints.typeName) constraint is not valid with the operation \(op), which"
                        + " takes no encryption context")
            }
        }
        let (key, _) = try resolveKey(keyID, for: session, operation: "CreateGrant", rules: .grants)
        try Self.validate(grantTokens: grantTokens, for: key)
        if let op = operations.first(where: { !$0.isSupported(by: key.keySpec, usage: key.keyUsage) }) {
            throw AWSError(
                .kmsValidation,
                "CreateGrant: \(key.arn) is a \(key.keySpec) \(key.keyUsage) key, which does not support \(op)")
        }
        var context: [String: [String]] = [
            "kms:GrantOperations": operations.map(\.rawValue).sorted(),
            "kms:GranteePrincipal": [granteePrincipal],
            "kms:GrantIsForAWSResource": [session.attributes.calledVia.isEmpty ? "false" : "true"],
        ]
        if let retiringPrincipal { context["kms:RetiringPrincipal"] = [retiringPrincipal] }
        if let constraints {
            context["kms:GrantConstraintType"] = [constraints.typeName]
            Self.encryptionContextKeys(constraints.pairs, into: &context)
        }
        try requireKeyAccess("kms:CreateGrant", on: key, as: session, context: context)
        try requireState(of: key, in: [.enabled, .disabled], operation: "CreateGrant")
        try checkGrantEscalation(
            operations: operations, constraints: constraints, key: key, session: session, context: context)
        if let name,
            let same = key.grants.first(where: {
                $0.name == name && $0.granteePrincipal == granteePrincipal && Set($0.operations) == Set(operations)
                    && $0.retiringPrincipal == retiringPrincipal && $0.constraints == constraints
            })
        {
            return CreateGrantResult(grantID: same.grantID, grantToken: same.grantToken)
        }
        guard key.grants.count < KMSAccount.Quota.grantsPerKey else {
            throw AWSError(.limitExceededException, "\(key.arn) has 50000 grants, the quota")
        }
        let grant = GrantListEntry(
            keyID: key.arn, grantID: ids.hexadecimal(64), name: name, creationDate: now,
            granteePrincipal: granteePrincipal, retiringPrincipal: retiringPrincipal, issuingAccount: session.accountID,
            operations: operations, constraints: constraints,
            grantToken: "AQpA" + ids.lowercaseAlphanumeric(60) + ids.hexadecimal(60))
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in key.grants.append(grant) }
        return CreateGrantResult(grantID: grant.grantID, grantToken: grant.grantToken)
    }

    /// A grantee allowed `kms:CreateGrant` only by a grant passes on no more than that grant allows.
    private func checkGrantEscalation(
        operations: [GrantOperation],
        constraints: GrantConstraints?,
        key: KMSKey,
        session: Session,
        context: [String: [String]]
    ) throws(AWSError) {
        guard !key.grants.isEmpty else { return }
        var withoutGrants = key.resource
        withoutGrants.grants = []
        let request = AccessRequest(
            session: session, action: "kms:CreateGrant", resource: withoutGrants,
            context: kmsRequestContext(for: session, alias: nil, context), region: key.region)
        guard !authorize(request).isAllowed else { return }
        let parents = key.grants.filter {
            $0.operations.contains(.createGrant) && Self.grantPrincipal($0.granteePrincipal, matches: session)
        }
        let covered = parents.contains { parent in
            Set(operations).isSubset(of: Set(parent.operations))
                && (parent.constraints.map { parentConstraint in
                    guard let constraints else { return false }
                    return parentConstraint.pairs.allSatisfy { constraints.pairs[$0.key] == $0.value }
                } ?? true)
        }
        guard covered else {
            throw AWSError(
                .accessDeniedException,
                "\(session.arn) may create grants on \(key.arn) only through a grant, and no grant of theirs allows"
                    + " \(operations.map(\.rawValue).joined(separator: ", "))"
                    + (constraints == nil ? "" : " with this constraint"))
        }
    }

    /// `ListGrants` of a key, oldest first; optionally one grant, or one grantee's.
    public func listGrants(
        keyID: String,
        grantID: String? = nil,
        granteePrincipal: String? = nil,
        limit: Int = 50,
        marker: String? = nil,
        as session: Session
    ) throws(AWSError) -> KMSPage<GrantListEntry> {
        let (key, _) = try resolveKey(keyID, for: session, operation: "ListGrants", rules: .grants)
        try requireKeyAccess("kms:ListGrants", on: key, as: session)
        let grants = key.grants.filter {
            (grantID == nil || $0.grantID == grantID)
                && (granteePrincipal == nil || $0.granteePrincipal == granteePrincipal)
        }
        return try Self.page(grants, limit: limit, marker: marker)
    }

    /// `ListRetirableGrants`: the grants, on any key of the Region, that `retiringPrincipal` may retire.
    /// Needs `kms:ListRetirableGrants` in an IAM policy.
    public func listRetirableGrants(
        retiringPrincipal: String,
        limit: Int = 50,
        marker: String? = nil,
        as session: Session
    ) throws(AWSError) -> KMSPage<GrantListEntry> {
        try Self.validateGrantPrincipal(retiringPrincipal, role: "RetiringPrincipal")
        try requireKMSAccess("kms:ListRetirableGrants", as: session)
        let region = requestRegion(of: session)
        var found: [GrantListEntry] = []
        for accountID in accountsByID.keys.sorted() {
            guard let store = kmsRegion(accountID, region) else { continue }
            for keyID in store.keyOrder {
                guard let key = store.keys[keyID], !isDeleted(key) else { continue }
                found += key.grants.filter { $0.retiringPrincipal == retiringPrincipal }
            }
        }
        return try Self.page(found, limit: limit, marker: marker)
    }

    /// `RetireGrant`, by grant token or by key and grant ID. The retiring principal may retire a
    /// grant, and so may its grantee when the grant includes `RetireGrant`; otherwise a policy
    /// of the key's account must allow `kms:RetireGrant` (which RCPs never cover).
    public mutating func retireGrant(
        grantToken: String? = nil,
        keyID: String? = nil,
        grantID: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let (key, grant) = try findGrant(grantToken: grantToken, keyID: keyID, grantID: grantID, session: session)
        let byGrant =
            grant.retiringPrincipal.map { Self.grantPrincipal($0, matches: session) } ?? false
            || (grant.operations.contains(.retireGrant)
                && Self.grantPrincipal(grant.granteePrincipal, matches: session))
        if !byGrant {
            try requireKeyAccess("kms:RetireGrant", on: key, as: session)
        }
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.grants.removeAll { $0.grantID == grant.grantID }
        }
    }

    /// `RevokeGrant`: needs `kms:RevokeGrant` on the key.
    public mutating func revokeGrant(keyID: String, grantID: String, as session: Session) throws(AWSError) {
        let (key, grant) = try findGrant(grantToken: nil, keyID: keyID, grantID: grantID, session: session)
        try requireKeyAccess("kms:RevokeGrant", on: key, as: session)
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.grants.removeAll { $0.grantID == grant.grantID }
        }
    }

    private func findGrant(
        grantToken: String?,
        keyID: String?,
        grantID: String?,
        session: Session
    ) throws(AWSError) -> (KMSKey, GrantListEntry) {
        if let keyID, let grantID {
            guard grantID.count == 64, grantID.allSatisfy(\.isHexDigit) else {
                throw AWSError(.invalidGrantID, "'\(grantID)' is not a grant ID: 64 hexadecimal digits")
            }
            let (key, _) = try resolveKey(keyID, for: session, operation: "RetireGrant", rules: .grants)
            guard let grant = key.grants.first(where: { $0.grantID == grantID }) else {
                throw AWSError(.notFound, "Grant ID \(grantID) not found on \(key.arn)")
            }
            return (key, grant)
        }
        guard let grantToken else {
            throw AWSError(.kmsValidation, "give a GrantToken, or a KeyId and a GrantId")
        }
        let region = requestRegion(of: session)
        for accountID in accountsByID.keys.sorted() {
            for key in kmsRegion(accountID, region)?.keys.values ?? [:].values where !isDeleted(key) {
                if let grant = key.grants.first(where: { $0.grantToken == grantToken }) { return (key, grant) }
            }
        }
        throw AWSError(.invalidGrantToken, "the grant token '\(grantToken.prefix(24))...' names no grant")
    }

    /// Whether a grant's principal (grantee or retiring principal) is the caller: the same ARN,
    /// the role of a role session, or the account's root user.
    static func grantPrincipal(_ arn: String, matches session: Session) -> Bool {
        guard let named = Principal(arn: arn) else { return false }
        let caller = session.principal
        if named.arn == caller.arn { return true }
        return named.kind == .role && caller.kind == .roleSession && named.accountID == caller.accountID
            && named.name == caller.name
    }

    /// Grant principals are IAM users, roles, role sessions, federated users, account root users or services.
    static func validateGrantPrincipal(_ arn: String, role: String) throws(AWSError) {
        guard let principal = Principal(arn: arn), principal.kind != .anonymous, principal.kind != .identityProvider
        else {
            throw AWSError(.kmsValidation, "CreateGrant: \(role) '\(arn)' is not a valid principal")
        }
    }
}
