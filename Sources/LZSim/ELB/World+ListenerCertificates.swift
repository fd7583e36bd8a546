import Foundation

extension World {
    /// `AddListenerCertificates`: more certificates for an HTTPS or TLS listener, chosen by SNI.
    /// - Throws: `CertificateNotFound`, `TooManyCertificates`, `ListenerNotFound`, or `AccessDenied`.
    public mutating func addListenerCertificates(listenerARN: String, certificates: [String], as session: Session)
        throws(AWSError)
    {
        var listener = try requireListener(listenerARN)
        let balancer = try requireLoadBalancer(listener.loadBalancerARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:AddListenerCertificates",
                resource: .init(arn: listener.arn, accountID: balancer.accountID, tags: balancer.tags)))
        guard listener.isSecure else {
            throw AWSError(
                .invalidConfigurationRequest,
                "Certificates can only be added to HTTPS and TLS listeners, not \(listener.protocol.rawValue)")
        }
        for certificate in certificates where !listener.certificateARNs.contains(certificate) {
            listener.additionalCertificateARNs.append(certificate)
        }
        guard listener.additionalCertificateARNs.count <= Self.certificatesPerLoadBalancer else {
            throw AWSError(
                .tooManyCertificates,
                "\(listener.additionalCertificateARNs.count) certificates exceed the quota of \(Self.certificatesPerLoadBalancer)"
            )
        }
        try validate(listener, on: balancer, siblings: [])
        try updateTLS(of: balancer.accountID) { [now, listener] in
            $0.changeListeners(at: now) { $0[listenerARN] = listener }
        }
    }

    /// `RemoveListenerCertificates`: removes additional certificates; the default one stays.
    /// - Throws: `InvalidConfigurationRequest` for the default certificate, `ListenerNotFound`, or `AccessDenied`.
    public mutating func removeListenerCertificates(listenerARN: String, certificates: [String], as session: Session)
        throws(AWSError)
    {
        var listener = try requireListener(listenerARN)
        let balancer = try requireLoadBalancer(listener.loadBalancerARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:RemoveListenerCertificates",
                resource: .init(arn: listener.arn, accountID: balancer.accountID, tags: balancer.tags)))
        if let defaultCertificate = listener.defaultCertificateARN, certificates.contains(defaultCertificate) {
            throw AWSError(
                .invalidConfigurationRequest,
                "The default certificate \(defaultCertificate) cannot be removed; modify the listener instead")
        }
        listener.additionalCertificateARNs.removeAll { certificates.contains($0) }
        try updateTLS(of: balancer.accountID) { [now, listener] in
            $0.changeListeners(at: now) { $0[listenerARN] = listener }
        }
    }
}
