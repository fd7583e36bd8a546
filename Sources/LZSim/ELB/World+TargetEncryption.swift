import Foundation

extension World {
    /// Secure (HTTPS or TLS) listeners that re-encrypt to their targets: every target group they
    /// forward to speaks HTTPS or TLS, so traffic is encrypted end to end.
    public func listenersReencryptingToTargets(in account: String? = nil) throws(AWSError) -> [Listener] {
        try listeners(in: account).filter { listener in
            let groups = forwardedTargetGroups(of: listener)
            return listener.isSecure && !groups.isEmpty && groups.allSatisfy(\.encryptsToTargets)
        }
    }

    /// Secure listeners that terminate TLS and forward in plaintext (HTTP, TCP, UDP or TCP_UDP) to
    /// at least one target group: the traffic is encrypted only as far as the load balancer.
    public func listenersTerminatingToPlaintext(in account: String? = nil) throws(AWSError) -> [Listener] {
        try listeners(in: account).filter { listener in
            listener.isSecure
                && forwardedTargetGroups(of: listener).contains { group in
                    group.protocol != nil && !group.encryptsToTargets && group.targetType != .alb
                }
        }
    }

    /// The target groups a listener's default actions forward to.
    public func forwardedTargetGroups(of listener: Listener) -> [TargetGroup] {
        listener.targetGroupARNs.compactMap { try? requireTargetGroup($0) }
    }
}
