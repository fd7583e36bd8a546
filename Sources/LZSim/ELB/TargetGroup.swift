import Foundation

/// An Elastic Load Balancing v2 target group: where a listener's `forward` action sends traffic,
/// with the protocol the load balancer speaks to the targets.
public struct TargetGroup: Sendable, Hashable {
    /// `arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID`.
    public let arn: String
    /// The name, unique per account and Region.
    public let name: String
    /// The owning account.
    public let accountID: String
    /// The Region.
    public let region: String
    /// The protocol to the targets; `nil` for Lambda functions.
    public let `protocol`: TargetGroupProtocol?
    /// The port targets receive traffic on, unless a target overrides it; `nil` for Lambda functions.
    public let port: Int?
    /// The VPC of the targets; `nil` for Lambda functions.
    public let vpcId: String?
    /// What the targets are.
    public let targetType: TargetType
    /// How the load balancer checks the targets.
    public let healthCheck: TargetGroupHealthCheck
    /// The registered targets, in registration order.
    public internal(set) var targets: [TargetDescription]
    /// Its tags.
    public internal(set) var tags: [String: String]

    /// Whether the load balancer encrypts traffic to the targets (HTTPS or TLS).
    public var encryptsToTargets: Bool { `protocol`?.isSecure ?? false }
}

/// A target group's protocol.
public enum TargetGroupProtocol: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    /// HTTP to the targets (application load balancers).
    case http = "HTTP"
    /// HTTPS to the targets: the load balancer re-encrypts.
    case https = "HTTPS"
    /// TCP (network load balancers).
    case tcp = "TCP"
    /// TLS to the targets: the load balancer re-encrypts.
    case tls = "TLS"
    /// UDP.
    case udp = "UDP"
    /// TCP and UDP on one port.
    case tcpUDP = "TCP_UDP"
    /// GENEVE (gateway load balancers).
    case geneve = "GENEVE"

    /// HTTPS or TLS.
    public var isSecure: Bool { self == .https || self == .tls }
}

/// What a target group's targets are.
public enum TargetType: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    /// EC2 instances by ID.
    case instance
    /// IP addresses.
    case ip
    /// One Lambda function.
    case lambda
    /// One application load balancer (behind a network load balancer).
    case alb
}

/// A registered target: an instance ID, an IP address, a function ARN or a load balancer ARN,
/// with the port it receives traffic on.
public struct TargetDescription: Sendable, Hashable {
    /// The target.
    public var id: String
    /// Its port; the target group's when `nil`.
    public var port: Int?
    /// For IP targets outside the VPC, `all`.
    public var availabilityZone: String?

    /// Creates a target.
    public init(id: String, port: Int? = nil, availabilityZone: String? = nil) {
        self.id = id
        self.port = port
        self.availabilityZone = availabilityZone
    }
}

/// A target group's health check settings, with ELB's defaults.
public struct TargetGroupHealthCheck: Sendable, Hashable {
    /// HTTP, HTTPS or TCP; the target group's protocol family by default.
    public var `protocol`: TargetGroupProtocol?
    /// `traffic-port` or a port number.
    public var port: String
    /// The path of HTTP and HTTPS checks.
    public var path: String?
    /// 5 to 300 seconds.
    public var intervalSeconds: Int
    /// 2 to 120 seconds, less than the interval.
    public var timeoutSeconds: Int
    /// 2 to 10 checks.
    public var healthyThresholdCount: Int
    /// 2 to 10 checks.
    public var unhealthyThresholdCount: Int

    /// Creates settings; `nil` values take ELB's defaults for the target group.
    public init(
        protocol: TargetGroupProtocol? = nil, port: String = "traffic-port", path: String? = nil,
        intervalSeconds: Int = 30, timeoutSeconds: Int? = nil, healthyThresholdCount: Int = 5,
        unhealthyThresholdCount: Int = 2
    ) {
        self.protocol = `protocol`
        self.port = port
        self.path = path
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds ?? 5
        self.healthyThresholdCount = healthyThresholdCount
        self.unhealthyThresholdCount = unhealthyThresholdCount
    }
}
