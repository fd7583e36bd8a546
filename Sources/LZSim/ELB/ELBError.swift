extension AWSError.Code {
    /// ELB: a load balancer of that name exists.
    public static let duplicateLoadBalancerName = AWSError.Code(rawValue: "DuplicateLoadBalancerName")
    /// ELB: no load balancer has the ARN.
    public static let loadBalancerNotFound = AWSError.Code(rawValue: "LoadBalancerNotFound")
    /// ELB: no listener has the ARN.
    public static let listenerNotFound = AWSError.Code(rawValue: "ListenerNotFound")
    /// ELB: the load balancer already listens on the port.
    public static let duplicateListener = AWSError.Code(rawValue: "DuplicateListener")
    /// ELB: the certificate does not exist or cannot be used.
    public static let certificateNotFound = AWSError.Code(rawValue: "CertificateNotFound")
    /// ELB: the TLS policy is not a predefined one.
    public static let sslPolicyNotFound = AWSError.Code(rawValue: "SSLPolicyNotFound")
    /// ELB: the protocol does not belong to the load balancer's type.
    public static let unsupportedProtocol = AWSError.Code(rawValue: "UnsupportedProtocol")
    /// ELB: the request does not fit the load balancer's configuration.
    public static let invalidConfigurationRequest = AWSError.Code(rawValue: "InvalidConfigurationRequest")
    /// ELB: the action is not valid for the listener.
    public static let invalidLoadBalancerAction = AWSError.Code(rawValue: "InvalidLoadBalancerAction")
    /// ELB: too many certificates on a listener.
    public static let tooManyCertificates = AWSError.Code(rawValue: "TooManyCertificates")
    /// ELB: too many listeners on a load balancer.
    public static let tooManyListeners = AWSError.Code(rawValue: "TooManyListeners")
}
