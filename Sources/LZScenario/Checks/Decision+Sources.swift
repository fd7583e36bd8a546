public import LZPolicy

extension Decision {
    /// Whether the decision comes from `policy`, read as a scenario's `by:` reads it: a policy
    /// kind (`scp`, `identity`, `boundary`...), a policy's name, or a statement's `Sid`.
    ///
    /// Explicit denies are matched against the statements that applied; an implicit deny
    /// against the kinds that lacked an Allow, so ask an explained decision.
    public func comes(from policy: String) -> Bool {
        AccessCheck.decision(self, isBy: policy)
    }

    /// The kinds and policies that decided, such as `scp, deny-network-changes`, or `no policy`.
    public var decidingPolicies: String {
        AccessCheck.sources(self)
    }
}
