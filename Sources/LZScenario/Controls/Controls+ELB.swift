import LZSim

/// Security Hub's Elastic Load Balancing controls
/// (https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html).
extension ControlCatalog {
    /// ELB.17's default: the TLS 1.3 policies whose minimum is TLS 1.2 or 1.3 (the
    /// `ELBSecurityPolicy-TLS13-1-2-*` and `-1-3-*` families AWS recommends).
    static let recommendedSSLPolicies = SSLPolicyCatalog.policies.keys.filter {
        $0.hasPrefix("ELBSecurityPolicy-TLS13-1-2-") || $0.hasPrefix("ELBSecurityPolicy-TLS13-1-3-")
    }.sorted()

    static let elb: [Control] = [
        Control(
            id: "ELB.1", title: "Application Load Balancer should be configured to redirect all HTTP requests to HTTPS",
            service: "elb", severity: .medium, mappings: [.init(framework: .fsbp, reference: "ELB.1")],
            parameters: [], resourceType: "AWS::ElasticLoadBalancingV2::LoadBalancer",
            needs: "application load balancers",
            logic: "Each application load balancer: NON_COMPLIANT if one of its HTTP listeners does not redirect to "
                + "HTTPS (alb-http-to-https-redirection-check).",
            requirement: "every HTTP listener redirects to HTTPS",
            remediation: "Make each HTTP listener's default action a redirect to HTTPS on port 443",
            evaluate: { input in
                input.accounts.flatMap { account -> [ControlFinding] in
                    guard let tls = input.world.account(account.id)?.tls else { return [] }
                    return tls.loadBalancers.values.filter { $0.type == .application }.sorted { $0.name < $1.name }
                        .map { balancer in
                            let plain = tls.listeners.values.filter {
                                $0.loadBalancerARN == balancer.arn && $0.protocol == .http && !$0.redirectsToHTTPS
                            }.map(\.port).sorted()
                            let status: ControlStatus =
                                plain.isEmpty
                                ? .compliant("load balancer \(balancer.name) redirects HTTP to HTTPS")
                                : .nonCompliant(
                                    "load balancer \(balancer.name) serves HTTP without redirecting to HTTPS on port "
                                        + plain.map(String.init).joined(separator: ", "))
                            return input.finding(
                                account.name, "load-balancer", balancer.name, id: balancer.arn, status,
                                tags: balancer.tags)
                        }
                }
            }),
        Control(
            id: "ELB.17",
            title: "Application and Network Load Balancers with listeners should use recommended security policies",
            service: "elb", severity: .medium, mappings: [.init(framework: .fsbp, reference: "ELB.17")],
            parameters: [
                .init(
                    name: "sslPolicies", summary: "the TLS security policies listeners may use", kind: .names,
                    defaultValue: recommendedSSLPolicies)
            ],
            resourceType: "AWS::ElasticLoadBalancingV2::Listener", needs: "HTTPS or TLS listeners",
            logic: "Each HTTPS listener of an application load balancer and TLS listener of a network load balancer: "
                + "NON_COMPLIANT if its security policy is not one of sslPolicies "
                + "(elbv2-predefined-security-policy-ssl-check).",
            requirement: "the listener's security policy is one of sslPolicies",
            remediation:
                "Set the listener's security policy to ELBSecurityPolicy-TLS13-1-2-2021-06 with ModifyListener",
            evaluate: { input in
                let allowed = Set(input.strings("sslPolicies"))
                return input.accounts.flatMap { account -> [ControlFinding] in
                    guard let tls = input.world.account(account.id)?.tls else { return [] }
                    return tls.listeners.values.filter(\.isSecure).compactMap { listener in
                        tls.loadBalancers[listener.loadBalancerARN].map { (balancer: $0, listener: listener) }
                    }.sorted { ($0.balancer.name, $0.listener.port) < ($1.balancer.name, $1.listener.port) }.map {
                        balancer, listener in
                        let policy = listener.sslPolicy ?? SSLPolicyCatalog.apiDefault
                        let label = "\(balancer.name):\(listener.port)"
                        let status: ControlStatus =
                            allowed.contains(policy)
                            ? .compliant("listener \(label) uses \(policy)")
                            : .nonCompliant("listener \(label) uses \(policy), not a recommended security policy")
                        return input.finding(account.name, "listener", label, id: listener.arn, status)
                    }
                }
            }),
    ]
}
