import Foundation

extension World {
    /// What ELB checks of a listener against its load balancer and the other listeners.
    func validate(_ listener: Listener, on balancer: LoadBalancer, siblings: [Listener]) throws(AWSError) {
        guard listener.protocol.loadBalancerType == balancer.type else {
            throw AWSError(
                .unsupportedProtocol,
                "Protocol '\(listener.protocol.rawValue)' is not supported for load balancers of type '\(balancer.type.rawValue)'"
            )
        }
        guard (1...65_535).contains(listener.port) else {
            throw AWSError(.validation, "Port \(listener.port) must be 1 to 65535")
        }
        if let name = listener.sslPolicy {
            guard listener.isSecure else {
                throw AWSError(
                    .invalidConfigurationRequest,
                    "An SSL policy can only be set on HTTPS and TLS listeners, not \(listener.protocol.rawValue)")
            }
            guard let policy = SSLPolicyCatalog.policy(named: name) else {
                throw AWSError(.sslPolicyNotFound, "SSL policy '\(name)' not found")
            }
            // All secure listeners of one application load balancer use FIPS policies, or none does.
            if balancer.type == .application,
                let other = siblings.first(where: { $0.policy.map { $0.isFIPS != policy.isFIPS } ?? false })
            {
                throw AWSError(
                    .invalidConfigurationRequest,
                    "Policy \(name) cannot be mixed with \(other.sslPolicy ?? "") on \(balancer.name): FIPS and non-FIPS policies cannot share a load balancer"
                )
            }
        }
        for certificateARN in listener.certificateARNs {
            try requireUsableCertificate(certificateARN, for: balancer)
        }
        guard !listener.defaultActions.isEmpty else {
            throw AWSError(.validation, "A listener needs at least one default action")
        }
        for action in listener.defaultActions {
            if case .forward = action { continue }
            guard balancer.type == .application else {
                throw AWSError(
                    .invalidLoadBalancerAction,
                    "Network load balancer listeners only forward; \(action) is not supported")
            }
        }
    }

    /// An ACM certificate of the load balancer's account and Region that is issued now.
    private func requireUsableCertificate(_ arn: String, for balancer: LoadBalancer) throws(AWSError) {
        guard Self.account(inARN: arn) == balancer.accountID, arn.contains(":acm:\(balancer.region):"),
            let certificate = accountsByID[balancer.accountID]?.tls.certificates[arn]
        else {
            throw AWSError(.certificateNotFound, "Certificate '\(arn)' not found")
        }
        let status = lifecycle(of: certificate).status
        guard status == .issued else {
            throw AWSError(.certificateNotFound, "Certificate '\(arn)' is \(status.rawValue), not ISSUED")
        }
    }
}
