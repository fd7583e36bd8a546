/// Reads a load balancer's `listeners:` list: port, protocol, the certificate and TLS policy of
/// HTTPS and TLS listeners, and the default action.
///
/// ```yaml
/// listeners:
///   - { port: 443, protocol: HTTPS, certificate: app1, ssl_policy: ELBSecurityPolicy-TLS13-1-2-2021-06 }
///   - { port: 80, protocol: HTTP, default_action: redirect_to_https }
///   - { port: 8443, protocol: HTTPS, certificate: app1, target_group: web }   # forwards
/// ```
enum ListenerParser {
    static let protocols = ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP"]
    static let actions = ["fixed_response", "redirect_to_https"]

    static func parse(_ node: YAMLNode?, of what: String) throws(ScenarioError) -> [NetworkDeclaration.Listener] {
        guard let node else { return [] }
        guard let elements = node.elements else {
            throw ScenarioError("expected a list of listeners for \(what), found \(node.shape)", at: node.location)
        }
        var listeners: [NetworkDeclaration.Listener] = []
        for element in elements {
            let fields = try Fields(
                element, "a listener of \(what)",
                allowed: ["port", "protocol", "certificate", "ssl_policy", "default_action", "target_group"])
            guard let port = try fields.int("port"), (1...65535).contains(port) else {
                throw ScenarioError(
                    "a listener of \(what) needs 'port', 1 to 65535", at: fields["port"]?.location ?? element.location)
            }
            guard let listenerProtocol = try fields.choice("protocol", protocols) else {
                throw ScenarioError(
                    "a listener of \(what) needs 'protocol': \(protocols.joined(separator: ", "))", at: element.location
                )
            }
            let secure = listenerProtocol == "HTTPS" || listenerProtocol == "TLS"
            let certificate = try fields.string("certificate").map {
                Named(text: $0, location: fields["certificate"]!.location)
            }
            if secure, certificate == nil {
                throw ScenarioError(
                    "an \(listenerProtocol) listener of \(what) needs 'certificate', the certificate it serves",
                    at: element.location)
            }
            if !secure, let certificate {
                throw ScenarioError(
                    "a \(listenerProtocol) listener serves no certificate; found 'certificate: \(certificate.text)'",
                    at: certificate.location, hint: "certificates belong to HTTPS and TLS listeners")
            }
            let targetGroup = try fields.string("target_group").map {
                Named(text: $0, location: fields["target_group"]!.location)
            }
            if let targetGroup, fields["default_action"] != nil {
                throw ScenarioError(
                    "a listener of \(what) forwards to 'target_group: \(targetGroup.text)' or takes a 'default_action', not both",
                    at: targetGroup.location)
            }
            listeners.append(
                .init(
                    port: port, listenerProtocol: listenerProtocol, certificate: certificate,
                    sslPolicy: try fields.string("ssl_policy"),
                    defaultAction: try fields.choice("default_action", actions) ?? "fixed_response",
                    targetGroup: targetGroup, location: element.location))
        }
        return listeners
    }
}
