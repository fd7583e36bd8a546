import Foundation

/// How a listener's traffic travels from clients through the load balancer to its targets.
public enum TargetEncryption: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    /// TLS from clients, terminated, and TLS again to every target group (HTTPS or TLS).
    case reencrypted = "REENCRYPTED"
    /// TLS from clients, terminated, and plaintext to at least one target group.
    case terminated = "TERMINATED"
    /// Plain HTTP from clients.
    case plaintext = "PLAINTEXT"
    /// TCP, UDP or TCP_UDP: the load balancer decrypts nothing; targets get what clients send.
    case passthrough = "PASSTHROUGH"
    /// The listener forwards to no target group with a protocol (redirects, fixed responses, Lambda).
    case notForwarded = "NONE"
}

extension World {
    /// How the listener's traffic reaches its targets.
    public func targetEncryption(of listener: Listener) -> TargetEncryption {
        let groups = forwardedTargetGroups(of: listener).filter { $0.protocol != nil }
        guard !groups.isEmpty else { return .notForwarded }
        guard listener.isSecure else { return listener.protocol == .http ? .plaintext : .passthrough }
        return groups.allSatisfy(\.encryptsToTargets) ? .reencrypted : .terminated
    }

    /// Secure (HTTPS or TLS) listeners that re-encrypt to their targets: every target group they
    /// forward to speaks HTTPS or TLS, so traffic is encrypted end to end.
    public func listenersReencryptingToTargets(in account: String? = nil) throws(AWSError) -> [Listener] {
        try listeners(in: account).filter { targetEncryption(of: $0) == .reencrypted }
    }

    /// Secure listeners that terminate TLS and forward in plaintext (HTTP, TCP, UDP or TCP_UDP) to
    /// at least one target group: the traffic is encrypted only as far as the load balancer.
    public func listenersTerminatingToPlaintext(in account: String? = nil) throws(AWSError) -> [Listener] {
        try listeners(in: account).filter { targetEncryption(of: $0) == .terminated }
    }

    /// The target groups a listener's default actions forward to.
    public func forwardedTargetGroups(of listener: Listener) -> [TargetGroup] {
        listener.targetGroupARNs.compactMap { try? requireTargetGroup($0) }
    }
}
