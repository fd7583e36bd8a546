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

extension AWSError.Code {
    /// ELB: no target group has the ARN.
    public static let targetGroupNotFound = AWSError.Code(rawValue: "TargetGroupNotFound")
    /// ELB: a target group of that name exists with other settings.
    public static let duplicateTargetGroupName = AWSError.Code(rawValue: "DuplicateTargetGroupName")
    /// ELB: a target is not in the target group's VPC, not of its type, or not registered.
    public static let invalidTarget = AWSError.Code(rawValue: "InvalidTarget")
    /// ELB: the listener's protocol cannot forward to the target group's.
    public static let incompatibleProtocols = AWSError.Code(rawValue: "IncompatibleProtocols")
    /// ELB: the target group already serves another load balancer.
    public static let targetGroupAssociationLimit = AWSError.Code(rawValue: "TargetGroupAssociationLimit")
    /// ELB: the target group is in use by a listener (ELB's code, not ACM's `ResourceInUseException`).
    public static let elbResourceInUse = AWSError.Code(rawValue: "ResourceInUse")
    /// ELB: too many targets in a target group (one for Lambda and ALB targets).
    public static let tooManyTargets = AWSError.Code(rawValue: "TooManyTargets")
}
