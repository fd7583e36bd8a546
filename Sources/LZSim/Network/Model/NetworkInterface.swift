/// An elastic network interface in a subnet: the place every instance, load balancer node,
/// NAT gateway, endpoint and firewall endpoint sends and receives packets from.
public struct NetworkInterface: Sendable {
    /// `eni-` and 17 hexadecimal characters.
    public let networkInterfaceId: String
    /// The subnet.
    public let subnetId: String
    /// The subnet's VPC.
    public let vpcId: String
    /// The owner (for a shared subnet, the participant that created it) and Region.
    public let place: ResourcePlace
    /// The Availability Zone.
    public let availabilityZone: String
    /// The primary private address.
    public let privateIpAddress: UInt32
    /// The IPv6 addresses, from the subnet's IPv6 block.
    public internal(set) var ipv6Addresses: [UInt128] = []
    /// The public address (auto-assigned or an Elastic IP), if any.
    public internal(set) var publicIp: UInt32?
    /// The security groups.
    public internal(set) var groups: [String]
    /// The description, such as `ELB app/web/...` for a load balancer's node.
    public let description: String
    /// `interface`, `nat_gateway`, `vpc_endpoint`, `transit_gateway`, `load_balancer`, `firewall_endpoint`...
    public let interfaceType: String
    /// Whether an AWS service created and manages the interface on the owner's behalf.
    public let requesterManaged: Bool
    /// Whether the interface drops traffic not addressed to it (off for appliances and NAT).
    public internal(set) var sourceDestCheck: Bool
    /// The instance it is attached to, if any.
    public internal(set) var instanceId: String?
    /// The tags.
    public internal(set) var tags: [String: String]

    /// The private address as text.
    public var privateIpAddressText: String { IPv4CIDR.format(privateIpAddress) }
    /// The private IPv4 address and the IPv6 addresses.
    public var addresses: AddressSet {
        ipv6Addresses.reduce(IPv4CIDR(host: privateIpAddress).set) {
            $0.union(AddressSet($1...$1))
        }
    }
    /// `Name` tag, or the description, or the ID, for messages.
    public var displayName: String {
        tags["Name"] ?? (description.isEmpty ? networkInterfaceId : "\(networkInterfaceId) (\(description))")
    }
    /// The interface's ARN.
    public var arn: String { place.arn("network-interface", networkInterfaceId) }
}

/// An EC2 instance: one primary network interface and its metadata settings.
public struct Instance: Sendable {
    /// `i-` and 17 hexadecimal characters.
    public let instanceId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The image.
    public let imageId: String
    /// The instance type.
    public let instanceType: String
    /// The subnet.
    public let subnetId: String
    /// The primary interface.
    public let networkInterfaceId: String
    /// `MetadataOptions.HttpTokens`: `required` (IMDSv2 only) or `optional`.
    public internal(set) var httpTokens: String
    /// The tags.
    public internal(set) var tags: [String: String]

    /// The instance's ARN.
    public var arn: String { place.arn("instance", instanceId) }
}
