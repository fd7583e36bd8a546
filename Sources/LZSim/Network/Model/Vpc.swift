/// A VPC: its IPv4 CIDR blocks, DNS attributes and the defaults EC2 creates with it.
public struct Vpc: Sendable {
    /// `vpc-` and 17 hexadecimal characters.
    public let vpcId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The primary CIDR block first, then the secondary ones in the order they were associated.
    public internal(set) var cidrBlocks: [IPv4CIDR]
    /// The IPv6 blocks (`Ipv6CidrBlockAssociationSet`), in the order they were associated.
    public internal(set) var ipv6CidrBlocks: [IPv6CIDR] = []
    /// `enableDnsSupport`: whether the Amazon-provided resolver answers in the VPC.
    public internal(set) var enableDnsSupport: Bool
    /// `enableDnsHostnames`: whether instances with public addresses get public DNS names.
    public internal(set) var enableDnsHostnames: Bool
    /// The main route table, which subnets without an explicit association use.
    public internal(set) var mainRouteTableId: String
    /// The default network ACL, which new subnets are associated with.
    public internal(set) var defaultNetworkAclId: String
    /// The default security group.
    public internal(set) var defaultSecurityGroupId: String
    /// The tags.
    public internal(set) var tags: [String: String]

    /// The primary CIDR block.
    public var cidrBlock: IPv4CIDR { cidrBlocks[0] }
    /// `Name` tag or ID, for messages.
    public var displayName: String { tags["Name"] ?? vpcId }
    /// The VPC's ARN.
    public var arn: String { place.arn("vpc", vpcId) }
    /// Every address of the VPC.
    public var addresses: AddressSet {
        ipv6CidrBlocks.reduce(cidrBlocks.reduce(.empty) { $0.union($1.set) }) { $0.union($1.set) }
    }
}

/// A subnet: a CIDR block inside its VPC, in one Availability Zone.
public struct Subnet: Sendable {
    /// `subnet-` and 17 hexadecimal characters.
    public let subnetId: String
    /// The VPC.
    public let vpcId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The Availability Zone, such as `eu-west-1a`.
    public let availabilityZone: String
    /// The subnet's IPv4 block.
    public let cidrBlock: IPv4CIDR
    /// `MapPublicIpOnLaunch`: whether interfaces launched here get a public IPv4 address.
    public internal(set) var mapPublicIpOnLaunch: Bool
    /// The subnet's IPv6 block, a /64 of its VPC's, if it has one.
    public internal(set) var ipv6CidrBlock: IPv6CIDR?
    /// `AssignIpv6AddressOnCreation`: whether interfaces launched here get an IPv6 address.
    public internal(set) var assignIpv6AddressOnCreation = false
    /// The tags.
    public internal(set) var tags: [String: String]
    /// Addresses given to interfaces.
    var assignedAddresses: Set<UInt32> = []
    /// IPv6 addresses given to interfaces.
    var assignedIpv6Addresses: Set<UInt128> = []

    /// The subnet's ARN.
    public var arn: String { place.arn("subnet", subnetId) }
    /// `Name` tag or ID, for messages.
    public var displayName: String { tags["Name"] ?? subnetId }
}

/// A managed prefix list: a named set of CIDR blocks that routes and rules refer to.
public struct ManagedPrefixList: Sendable {
    /// `pl-` and hexadecimal characters.
    public let prefixListId: String
    /// The name, such as `com.amazonaws.eu-west-1.s3` for AWS's own lists.
    public let prefixListName: String
    /// The owner: an account ID, or `AWS`.
    public let ownerId: String
    /// The Region.
    public let region: String
    /// The entries.
    public internal(set) var entries: [IPv4CIDR]

    /// The list's addresses.
    public var addresses: AddressSet { entries.reduce(.empty) { $0.union($1.set) } }
}

/// A flow log on a VPC, subnet or interface.
public struct FlowLog: Sendable {
    /// `fl-` and 17 hexadecimal characters.
    public let flowLogId: String
    /// The owner and Region.
    public let place: ResourcePlace
    /// The VPC, subnet or interface logged.
    public let resourceId: String
    /// `ACCEPT`, `REJECT` or `ALL`.
    public let trafficType: String
    /// Where records go: a log group or bucket ARN.
    public let logDestination: String
}
