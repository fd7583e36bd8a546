import Foundation

extension World {
    /// ELB's default quota of listeners per load balancer.
    static let listenersPerLoadBalancer = 50
    /// ELB's default quota of certificates per application load balancer, the default ones excluded.
    static let certificatesPerLoadBalancer = 25

    /// `CreateListener`: a port and protocol with, for HTTPS and TLS, a default certificate and
    /// a TLS policy (`ELBSecurityPolicy-2016-08` when none is named, as the API does). Using an
    /// ACM certificate puts the load balancer in its `InUseBy`.
    ///
    /// ```swift
    /// let https = try world.createListener(
    ///     loadBalancerARN: alb.arn, protocol: .https, port: 443,
    ///     sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06", certificates: [certificateARN],
    ///     defaultActions: [.forward(targetGroupARN: targetGroup)], as: admin)
    /// try world.createListener(
    ///     loadBalancerARN: alb.arn, protocol: .http, port: 80, defaultActions: [.redirectToHTTPS], as: admin)
    /// ```
    /// - Throws: `UnsupportedProtocol`, `DuplicateListener`, `SSLPolicyNotFound`, `CertificateNotFound`,
    ///   `InvalidConfigurationRequest`, `InvalidLoadBalancerAction`, `TooManyListeners`, `ValidationError`,
    ///   `LoadBalancerNotFound`, or `AccessDenied`.
    @discardableResult
    public mutating func createListener(
        loadBalancerARN: String,
        protocol listenerProtocol: ListenerProtocol,
        port: Int,
        sslPolicy: String? = nil,
        certificates: [String] = [],
        defaultActions: [ListenerAction],
        alpnPolicy: String? = nil,
        as session: Session
    ) throws(AWSError) -> Listener {
        let balancer = try requireLoadBalancer(loadBalancerARN)
        let secure = listenerProtocol == .https || listenerProtocol == .tls
        let policy = secure ? (sslPolicy ?? SSLPolicyCatalog.apiDefault) : sslPolicy
        var context: [String: [String]] = ["elasticloadbalancing:ListenerProtocol": [listenerProtocol.rawValue]]
        if let policy { context["elasticloadbalancing:SecurityPolicy"] = [policy] }
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:CreateListener",
                resource: .init(arn: balancer.arn, accountID: balancer.accountID, tags: balancer.tags), context: context
            ))
        let siblings = try requireAccount(balancer.accountID).tls.listeners.values.filter {
            $0.loadBalancerARN == loadBalancerARN
        }
        guard !siblings.contains(where: { $0.port == port }) else {
            throw AWSError(.duplicateListener, "A listener already exists on port \(port) of \(balancer.name)")
        }
        guard siblings.count < Self.listenersPerLoadBalancer else {
            throw AWSError(
                .tooManyListeners, "\(balancer.name) has \(Self.listenersPerLoadBalancer) listeners, the quota")
        }
        guard secure ? certificates.count == 1 : certificates.isEmpty else {
            throw AWSError(
                .validation,
                secure
                    ? "A \(listenerProtocol.rawValue) listener needs exactly one default certificate, not \(certificates.count)"
                    : "Certificates can only be set on HTTPS and TLS listeners")
        }
        let id = ids.hexadecimal(16)
        let path = balancer.arn.split(separator: ":loadbalancer/", maxSplits: 1).last.map(String.init) ?? ""
        let arn =
            "arn:\(partition):elasticloadbalancing:\(balancer.region):\(balancer.accountID):listener/\(path)/\(id)"
        let listener = Listener(
            arn: arn, loadBalancerARN: loadBalancerARN, port: port, protocol: listenerProtocol, sslPolicy: policy,
            defaultCertificateARN: certificates.first, additionalCertificateARNs: [], defaultActions: defaultActions,
            alpnPolicy: alpnPolicy)
        try validate(listener, on: balancer, siblings: Array(siblings))
        try updateTLS(of: balancer.accountID) { [now] in $0.changeListeners(at: now) { $0[arn] = listener } }
        return listener
    }

    /// `ModifyListener`: changes the port, protocol, TLS policy, default certificate or actions.
    @discardableResult
    public mutating func modifyListener(
        listenerARN: String,
        port: Int? = nil,
        protocol listenerProtocol: ListenerProtocol? = nil,
        sslPolicy: String? = nil,
        certificates: [String]? = nil,
        defaultActions: [ListenerAction]? = nil,
        as session: Session
    ) throws(AWSError) -> Listener {
        var listener = try requireListener(listenerARN)
        let balancer = try requireLoadBalancer(listener.loadBalancerARN)
        var context: [String: [String]] = [:]
        if let listenerProtocol { context["elasticloadbalancing:ListenerProtocol"] = [listenerProtocol.rawValue] }
        if let sslPolicy { context["elasticloadbalancing:SecurityPolicy"] = [sslPolicy] }
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:ModifyListener",
                resource: .init(arn: listener.arn, accountID: balancer.accountID, tags: balancer.tags), context: context
            ))
        if let port { listener.port = port }
        if let listenerProtocol {
            listener.protocol = listenerProtocol
            if !listener.isSecure {
                listener.sslPolicy = nil
                listener.defaultCertificateARN = nil
                listener.additionalCertificateARNs = []
            } else if listener.sslPolicy == nil {
                listener.sslPolicy = SSLPolicyCatalog.apiDefault
            }
        }
        if let sslPolicy { listener.sslPolicy = sslPolicy }
        if let certificates {
            guard certificates.count == 1 else {
                throw AWSError(
                    .validation, "ModifyListener takes exactly one default certificate, not \(certificates.count)")
            }
            listener.defaultCertificateARN = certificates[0]
        }
        if let defaultActions { listener.defaultActions = defaultActions }
        if listener.isSecure, listener.defaultCertificateARN == nil {
            throw AWSError(.validation, "A \(listener.protocol.rawValue) listener needs a default certificate")
        }
        let siblings = try requireAccount(balancer.accountID).tls.listeners.values.filter {
            $0.loadBalancerARN == balancer.arn && $0.arn != listenerARN
        }
        guard !siblings.contains(where: { $0.port == listener.port }) else {
            throw AWSError(.duplicateListener, "A listener already exists on port \(listener.port) of \(balancer.name)")
        }
        try validate(listener, on: balancer, siblings: Array(siblings))
        try updateTLS(of: balancer.accountID) { [now, listener] in
            $0.changeListeners(at: now) { $0[listenerARN] = listener }
        }
        return listener
    }

    /// `DeleteListener`: the listener's certificates are no longer in use by it.
    public mutating func deleteListener(listenerARN: String, as session: Session) throws(AWSError) {
        let listener = try requireListener(listenerARN)
        let balancer = try requireLoadBalancer(listener.loadBalancerARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:DeleteListener",
                resource: .init(arn: listener.arn, accountID: balancer.accountID, tags: balancer.tags)))
        try updateTLS(of: balancer.accountID) { [now] in $0.changeListeners(at: now) { $0[listenerARN] = nil } }
    }

    /// `DescribeListeners`: a load balancer's listeners, by port.
    public func describeListeners(loadBalancerARN: String, as session: Session) throws(AWSError) -> [Listener] {
        let balancer = try requireLoadBalancer(loadBalancerARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:DescribeListeners",
                resource: .init(arn: "*", accountID: session.accountID)))
        return try requireAccount(balancer.accountID).tls.listeners.values.filter {
            $0.loadBalancerARN == loadBalancerARN
        }
        .sorted { $0.port < $1.port }
    }

    /// `DescribeSSLPolicies`: the named predefined policies, or all of them.
    /// - Throws: `SSLPolicyNotFound` naming an unknown policy.
    public func describeSSLPolicies(names: [String] = [], as session: Session) throws(AWSError) -> [SSLPolicy] {
        try requireAccess(
            AccessRequest(
                session: session, action: "elasticloadbalancing:DescribeSSLPolicies",
                resource: .init(arn: "*", accountID: session.accountID)))
        guard !names.isEmpty else { return SSLPolicyCatalog.policies.values.sorted { $0.name < $1.name } }
        return try names.map { (name: String) throws(AWSError) -> SSLPolicy in
            guard let policy = SSLPolicyCatalog.policy(named: name) else {
                throw AWSError(.sslPolicyNotFound, "SSL policy '\(name)' not found")
            }
            return policy
        }
    }

    /// The listener an ARN names.
    /// - Throws: `ListenerNotFound`.
    func requireListener(_ arn: String) throws(AWSError) -> Listener {
        guard let accountID = Self.account(inARN: arn), let listener = accountsByID[accountID]?.tls.listeners[arn]
        else {
            throw AWSError(.listenerNotFound, "Listener '\(arn)' not found")
        }
        return listener
    }
}
