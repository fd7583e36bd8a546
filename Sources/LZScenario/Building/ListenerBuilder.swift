import LZSim

/// Builds target groups and load balancers' listeners after the workloads, since HTTPS and TLS
/// listeners serve the account's certificates: each through `CreateTargetGroup` and
/// `CreateListener`, so ELB's own checks (one certificate per secure listener, a known TLS policy,
/// no duplicate port, a target group of a compatible protocol in the VPC) apply at the line.
struct ListenerBuilder {
    let accounts: [FoundationDeclaration.Account]

    func build(into built: inout BuiltFoundation) throws(ScenarioError) {
        for (account, network) in accounts.flatMap({ account in account.networks.map { (account, $0) } }) {
            for group in network.targetGroups {
                try TargetGroupBuilder(account: account.name.text, region: network.region?.text).build(
                    group, into: &built)
            }
            for balancer in network.loadBalancers where !balancer.listeners.isEmpty {
                let arn = try built.network.id(.loadBalancer, balancer.name, in: account.name.text)
                let accountID = try built.accountID(account.name)
                let region = network.region?.text ?? built.world.regions[0]
                for listener in balancer.listeners {
                    let certificates =
                        try listener.certificate.map { name throws(ScenarioError) in
                            [try certificateARN(name, of: account.name, built)]
                        } ?? []
                    guard let listenerProtocol = ListenerProtocol(rawValue: listener.listenerProtocol) else { continue }
                    let action: ListenerAction
                    if let group = listener.targetGroup {
                        action = .forward(
                            targetGroupARN: try built.network.id(.targetGroup, group, in: account.name.text))
                    } else if listener.defaultAction == "redirect_to_https" {
                        action = .redirectToHTTPS
                    } else {
                        action = .fixedResponse(statusCode: "200", contentType: "text/plain", messageBody: nil)
                    }
                    try WorldCall.run(at: listener.location, &built.world) { (world: inout World) throws(AWSError) in
                        let root = try world.rootSession(of: accountID).with { $0.region = region }
                        try world.createListener(
                            loadBalancerARN: arn, protocol: listenerProtocol, port: listener.port,
                            sslPolicy: listener.sslPolicy, certificates: certificates, defaultActions: [action],
                            as: root)
                    }
                }
            }
        }
    }

    /// A certificate by `NAME` (this account's), `ACCOUNT/NAME`, `${certificates...}` or ARN.
    private func certificateARN(_ reference: Named, of account: Named, _ built: BuiltFoundation) throws(ScenarioError)
        -> String
    {
        let text = try built.substitute(reference.text, at: reference.location)
        if text.hasPrefix("arn:") { return text }
        if let arn = built.workloadID("certificates", named: text, of: account.text) { return arn }
        let known = built.workloadIDs.keys.filter { $0.hasPrefix("certificates.\(account.text).") }.map {
            String($0.dropFirst("certificates.\(account.text).".count))
        }
        throw ScenarioError(
            "no certificate named '\(reference.text)'; expected NAME (this account's), ACCOUNT/NAME or an ARN",
            at: reference.location, hint: Suggestion.hint(for: reference.text, among: known))
    }
}
