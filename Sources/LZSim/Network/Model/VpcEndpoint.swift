public import LZPolicy

/// A VPC endpoint: a gateway endpoint (S3, DynamoDB) reached through prefix-list routes, or an
/// interface endpoint with interfaces and security groups; both carry an endpoint policy.
public struct VpcEndpoint: Sendable {
    /// `Gateway`, `Interface` or `GatewayLoadBalancer`.
    public enum EndpointType: String, Sendable {
        case gateway = "Gateway"
        case interface = "Interface"
    }

    /// `vpce-` and 17 hexadecimal characters.
    public let vpcEndpointId: String
    /// The VPC.
    public let vpcId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The type.
    public let vpcEndpointType: EndpointType
    /// The service, such as `com.amazonaws.eu-west-1.s3`.
    public let serviceName: String
    /// Route tables given the service's prefix-list route (gateway endpoints).
    public internal(set) var routeTableIds: Set<String>
    /// Subnets with an interface of the endpoint (interface endpoints).
    public internal(set) var subnetIds: [String]
    /// The endpoint's interfaces.
    public internal(set) var networkInterfaceIds: [String]
    /// The interfaces' security groups.
    public internal(set) var groupIds: [String]
    /// Whether the service's public name resolves to the endpoint inside the VPC.
    public internal(set) var privateDnsEnabled: Bool
    /// The endpoint policy as written.
    public internal(set) var policyDocument: String
    /// The endpoint policy, compiled.
    public internal(set) var policy: Policy
    /// The tags.
    public internal(set) var tags: [String: String]

    /// The endpoint's ARN.
    public var arn: String { place.arn("vpc-endpoint", vpcEndpointId) }

    /// The policy an endpoint has when none is given: full access.
    static let fullAccessPolicy =
        #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#
}
