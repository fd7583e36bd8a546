public import Foundation

/// An Elastic Load Balancing v2 load balancer. Subnets and security groups are kept as
/// identifiers; the network model connects them.
public struct LoadBalancer: Sendable, Hashable {
    /// Application or network.
    public enum LoadBalancerType: String, Sendable, Hashable {
        /// Layer 7: HTTP and HTTPS listeners.
        case application
        /// Layer 4: TCP, TLS, UDP and TCP_UDP listeners.
        case network
    }

    /// Internet-facing or internal.
    public enum Scheme: String, Sendable, Hashable {
        /// Reachable from the internet through public addresses.
        case internetFacing = "internet-facing"
        /// Reachable only from inside the network.
        case `internal`
    }

    /// `arn:aws:elasticloadbalancing:REGION:ACCOUNT:loadbalancer/app/NAME/ID`.
    public let arn: String
    /// The name, unique per account and Region.
    public let name: String
    /// The owning account.
    public let accountID: String
    /// The Region.
    public let region: String
    /// Application or network.
    public let type: LoadBalancerType
    /// Internet-facing or internal.
    public let scheme: Scheme
    /// Subnet IDs.
    public internal(set) var subnets: [String]
    /// Security group IDs (application load balancers, and network ones that use them).
    public internal(set) var securityGroups: [String]
    /// The DNS name clients resolve.
    public let dnsName: String
    /// When it was created.
    public let createdAt: Date
    /// Its tags.
    public internal(set) var tags: [String: String]
    /// The nodes' network interfaces, one per subnet the network knows, which reachability walks to.
    public internal(set) var networkInterfaceIds: [String] = []
}
