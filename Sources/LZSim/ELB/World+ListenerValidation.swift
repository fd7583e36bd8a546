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
            if case .forward(let targetGroupARN) = action {
                try requireForwardable(targetGroupARN, from: listener, on: balancer)
                continue
            }
            guard balancer.type == .application else {
                throw AWSError(
                    .invalidLoadBalancerAction,
                    "Network load balancer listeners only forward; \(action) is not supported")
            }
        }
    }

    /// The target groups each network listener protocol forwards to
    /// (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html):
    /// a TLS listener re-encrypts to TLS or terminates to TCP; TCP_UDP needs TCP_UDP.
    static let networkForwarding: [ListenerProtocol: Set<TargetGroupProtocol>] = [
        .tcp: [.tcp, .tcpUDP], .tls: [.tls, .tcp], .udp: [.udp, .tcpUDP], .tcpUDP: [.tcpUDP],
    ]

    /// A target group the listener may forward to: of the load balancer's account, Region and
    /// VPC, speaking a protocol the listener's can forward to, and serving no other load balancer.
    private func requireForwardable(_ arn: String, from listener: Listener, on balancer: LoadBalancer)
        throws(AWSError)
    {
        guard let group = try? requireTargetGroup(arn), group.accountID == balancer.accountID,
            group.region == balancer.region
        else {
            throw AWSError(.targetGroupNotFound, "Target group '\(arn)' not found")
        }
        let compatible: Bool
        switch balancer.type {
        case .application:
            compatible = group.targetType == .lambda || group.protocol == .http || group.protocol == .https
        case .network:
            compatible = group.protocol.map { Self.networkForwarding[listener.protocol]?.contains($0) == true } ?? false
        }
        guard compatible else {
            throw AWSError(
                .incompatibleProtocols,
                "Listener protocol '\(listener.protocol.rawValue)' of a \(balancer.type.rawValue) load balancer cannot "
                    + "forward to target group '\(group.name)' of protocol '\(group.protocol?.rawValue ?? "none")' and "
                    + "target type '\(group.targetType.rawValue)'")
        }
        if let groupVpc = group.vpcId,
            let balancerVpc = balancer.subnets.lazy.compactMap({ self.network.subnets[$0]?.vpcId }).first,
            groupVpc != balancerVpc
        {
            throw AWSError(
                .invalidConfigurationRequest,
                "Target group '\(group.name)' is in \(groupVpc), not the load balancer's VPC \(balancerVpc)")
        }
        if let other = forwardingListeners(to: arn).first(where: { $0.loadBalancerARN != balancer.arn }) {
            throw AWSError(
                .targetGroupAssociationLimit,
                "Target group '\(group.name)' already serves load balancer \(other.loadBalancerARN); a target group serves one"
            )
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
