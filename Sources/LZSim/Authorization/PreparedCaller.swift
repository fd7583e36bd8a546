import Foundation
import LZPolicy

/// A caller made ready for many requests against one world: everything the gateway gathers
/// that depends on who asks, not on what is asked (the caller's policies, its SCP chain, and the
/// request-context keys of its identity, organization, session and network), computed once.
///
/// ```swift
/// let caller = world.prepare(session)
/// for request in requests {
///     let decision = world.authorize(request, as: caller)
/// }
/// ```
///
/// A prepared caller belongs to the world it was prepared from: after the world changes,
/// prepare it again.
///
/// For requests on KMS keys, a prepared caller remembers its decisions (allowed or not) for the
/// exact inputs of each request: the action, the key's revision (which every change to the key
/// renews), the encryption context, the algorithm, the alias and the operation's own keys. The
/// policy engine is a pure function of those inputs and the caller's prepared side, so a
/// remembered decision is the one the engine would make again; denials are re-evaluated to
/// explain them. `prepare(_:memoizingDecisions: false)` turns this off.
public struct PreparedCaller: Sendable {
    /// The session the caller acts with.
    public let session: Session
    /// The caller as the engine sees it, with its tags and unique ID.
    let principal: Principal
    /// The caller's side of the policy set; the resource's side is added per request.
    let policies: PolicySet
    /// The caller's side of the request context, layered so that each request adds its own keys
    /// without copying these.
    let context: RequestContext
    /// Why the session cannot make requests at all, when it cannot.
    let problem: AWSError?
    /// The resource side of requests on the caller's own account's resources (the most common
    /// case): `aws:ResourceAccount`, `aws:ResourceOrgID`, `aws:ResourceOrgPaths` and the RCP chain.
    let ownAccountResource: ResourceAccountSide
    /// The keys every KMS request of the caller carries: `kms:CallerAccount`, `kms:ViaService`.
    let kmsContext: RequestContext
    /// Decisions on KMS keys, by their exact inputs; `nil` when not memoizing.
    let memo: DecisionMemo?
}

/// Decisions remembered by a prepared caller (see ``PreparedCaller``), shared by its copies and
/// safe to use from several threads. It holds at most 4,096 decisions and starts afresh when full.
final class DecisionMemo: @unchecked Sendable {
    struct Key: Hashable {
        var action: String
        var revision: UInt64
        var encryptionContext: EncryptionContext?
        var algorithm: EncryptionAlgorithmSpec?
        var alias: String?
        var extra: [String: [String]]
    }

    private let lock = NSLock()
    private var decisions: [Key: Bool] = [:]

    func decision(for key: Key) -> Bool? {
        lock.lock()
        defer { lock.unlock() }
        return decisions[key]
    }

    func remember(_ allowed: Bool, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if decisions.count >= 4_096 { decisions.removeAll(keepingCapacity: true) }
        decisions[key] = allowed
    }
}

/// What the gateway adds for the account that owns a resource.
struct ResourceAccountSide: Sendable {
    /// The account.
    let accountID: String?
    /// `aws:ResourceAccount`, `aws:ResourceOrgID` and `aws:ResourceOrgPaths`.
    let context: RequestContext
    /// The RCPs of the account, per level.
    let resourceControlPolicies: [[Policy]]?
}
