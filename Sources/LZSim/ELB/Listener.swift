/// A listener of a load balancer: a port and protocol, with certificates and a TLS policy when secure.
public struct Listener: Sendable, Hashable {
    /// `arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/NAME/LBID/ID`.
    public let arn: String
    /// The load balancer's ARN.
    public let loadBalancerARN: String
    /// 1 to 65535.
    public internal(set) var port: Int
    /// HTTP, HTTPS, TCP, TLS, UDP or TCP_UDP.
    public internal(set) var `protocol`: ListenerProtocol
    /// The TLS policy of an HTTPS or TLS listener.
    public internal(set) var sslPolicy: String?
    /// The default certificate's ARN.
    public internal(set) var defaultCertificateARN: String?
    /// Additional certificates, chosen by SNI.
    public internal(set) var additionalCertificateARNs: [String]
    /// What the listener does with requests.
    public internal(set) var defaultActions: [ListenerAction]
    /// The ALPN policy of a TLS listener.
    public internal(set) var alpnPolicy: String?

    /// Every certificate the listener uses, the default first.
    public var certificateARNs: [String] { (defaultCertificateARN.map { [$0] } ?? []) + additionalCertificateARNs }

    /// The target groups the default actions forward to.
    public var targetGroupARNs: [String] {
        defaultActions.compactMap {
            if case .forward(let arn) = $0 { return arn }
            return nil
        }
    }

    /// Whether traffic to the listener is encrypted (HTTPS or TLS).
    public var isSecure: Bool { `protocol` == .https || `protocol` == .tls }

    /// The policy of a secure listener from the catalog.
    public var policy: SSLPolicy? { sslPolicy.flatMap(SSLPolicyCatalog.policy(named:)) }

    /// Whether the listener accepts TLS 1.0 from clients.
    public var allowsTLS10: Bool { policy?.allowsTLS10 ?? false }
    /// Whether the listener accepts TLS 1.1 from clients.
    public var allowsTLS11: Bool { policy?.allowsTLS11 ?? false }

    /// Whether the listener only redirects HTTP to HTTPS (Security Hub ELB.1).
    public var redirectsToHTTPS: Bool {
        defaultActions.contains {
            if case .redirect(let redirect) = $0 { return redirect.protocol == "HTTPS" }
            return false
        }
    }
}

/// A listener's protocol.
public enum ListenerProtocol: String, Sendable, Hashable, CaseIterable {
    /// Plain HTTP (application load balancers).
    case http = "HTTP"
    /// HTTP over TLS, terminated by the load balancer.
    case https = "HTTPS"
    /// Plain TCP (network load balancers).
    case tcp = "TCP"
    /// TCP over TLS, terminated by the load balancer.
    case tls = "TLS"
    /// UDP.
    case udp = "UDP"
    /// TCP and UDP on one port.
    case tcpUDP = "TCP_UDP"

    /// The load balancer type the protocol belongs to.
    var loadBalancerType: LoadBalancer.LoadBalancerType {
        self == .http || self == .https ? .application : .network
    }
}

/// A listener's default action.
public enum ListenerAction: Sendable, Hashable {
    /// Forward to a target group (by ARN).
    case forward(targetGroupARN: String)
    /// Redirect, such as HTTP to HTTPS.
    case redirect(RedirectConfig)
    /// Answer with a fixed response.
    case fixedResponse(statusCode: String, contentType: String?, messageBody: String?)

    /// `Redirect` to HTTPS on port 443 with `HTTP_301`, the ELB.1 remediation.
    public static let redirectToHTTPS = ListenerAction.redirect(RedirectConfig(protocol: "HTTPS", port: "443"))
}

/// Where a redirect goes; unset parts keep the request's (`#{host}`, `#{path}`, `#{query}`).
public struct RedirectConfig: Sendable, Hashable {
    /// `HTTP`, `HTTPS` or `#{protocol}`.
    public var `protocol`: String
    /// A port or `#{port}`.
    public var port: String
    /// A host or `#{host}`.
    public var host: String
    /// A path or `/#{path}`.
    public var path: String
    /// A query or `#{query}`.
    public var query: String
    /// `HTTP_301` or `HTTP_302`.
    public var statusCode: String

    /// Creates a redirect.
    public init(
        protocol: String = "#{protocol}", port: String = "#{port}", host: String = "#{host}",
        path: String = "/#{path}", query: String = "#{query}", statusCode: String = "HTTP_301"
    ) {
        self.protocol = `protocol`
        self.port = port
        self.host = host
        self.path = path
        self.query = query
        self.statusCode = statusCode
    }
}
