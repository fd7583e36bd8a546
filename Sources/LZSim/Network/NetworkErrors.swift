/// EC2's error codes for networking (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).
extension AWSError.Code {
    public static let invalidVpcRange = Self(rawValue: "InvalidVpc.Range")
    public static let invalidVpcIDNotFound = Self(rawValue: "InvalidVpcID.NotFound")
    public static let invalidSubnetConflict = Self(rawValue: "InvalidSubnet.Conflict")
    public static let invalidSubnetRange = Self(rawValue: "InvalidSubnet.Range")
    public static let invalidSubnetIDNotFound = Self(rawValue: "InvalidSubnetID.NotFound")
    public static let invalidRouteTableIDNotFound = Self(rawValue: "InvalidRouteTableID.NotFound")
    public static let invalidRouteNotFound = Self(rawValue: "InvalidRoute.NotFound")
    public static let routeAlreadyExists = Self(rawValue: "RouteAlreadyExists")
    public static let invalidInternetGatewayIDNotFound = Self(rawValue: "InvalidInternetGatewayID.NotFound")
    public static let resourceAlreadyAssociated = Self(rawValue: "Resource.AlreadyAssociated")
    public static let invalidNatGatewayIDNotFound = Self(rawValue: "InvalidNatGatewayID.NotFound")
    public static let invalidAllocationIDNotFound = Self(rawValue: "InvalidAllocationID.NotFound")
    public static let invalidTransitGatewayIDNotFound = Self(rawValue: "InvalidTransitGatewayID.NotFound")
    public static let invalidTransitGatewayAttachmentIDNotFound = Self(
        rawValue: "InvalidTransitGatewayAttachmentID.NotFound")
    public static let invalidRouteTableIdNotFound = Self(rawValue: "InvalidRouteTableId.NotFound")
    public static let duplicateSubnetsInSameZone = Self(rawValue: "DuplicateSubnetsInSameZone")
    public static let incorrectState = Self(rawValue: "IncorrectState")
    public static let invalidVpcPeeringConnectionIDNotFound = Self(rawValue: "InvalidVpcPeeringConnectionID.NotFound")
    public static let invalidStateTransition = Self(rawValue: "InvalidStateTransition")
    public static let invalidVpcEndpointIdNotFound = Self(rawValue: "InvalidVpcEndpointId.NotFound")
    public static let invalidServiceName = Self(rawValue: "InvalidServiceName")
    public static let invalidPrefixListIDNotFound = Self(rawValue: "InvalidPrefixListID.NotFound")
    public static let invalidGroupNotFound = Self(rawValue: "InvalidGroup.NotFound")
    public static let invalidGroupDuplicate = Self(rawValue: "InvalidGroup.Duplicate")
    public static let invalidPermissionDuplicate = Self(rawValue: "InvalidPermission.Duplicate")
    public static let invalidPermissionMalformed = Self(rawValue: "InvalidPermission.Malformed")
    public static let invalidPermissionNotFound = Self(rawValue: "InvalidPermission.NotFound")
    public static let invalidNetworkAclIDNotFound = Self(rawValue: "InvalidNetworkAclID.NotFound")
    public static let networkAclEntryAlreadyExists = Self(rawValue: "NetworkAclEntryAlreadyExists")
    public static let invalidNetworkInterfaceIDNotFound = Self(rawValue: "InvalidNetworkInterfaceID.NotFound")
    public static let invalidIPAddressInUse = Self(rawValue: "InvalidIPAddress.InUse")
    public static let invalidCustomerGatewayIDNotFound = Self(rawValue: "InvalidCustomerGatewayID.NotFound")
    public static let invalidVpnGatewayIDNotFound = Self(rawValue: "InvalidVpnGatewayID.NotFound")
    public static let invalidVpnConnectionIDNotFound = Self(rawValue: "InvalidVpnConnectionID.NotFound")
    public static let dependencyViolation = Self(rawValue: "DependencyViolation")
    /// Network Firewall and Route 53 Resolver spell a bad request `InvalidRequestException`.
    public static let invalidRequest = Self(rawValue: "InvalidRequestException")
    public static let resourceNotFoundException = Self(rawValue: "ResourceNotFoundException")
    public static let unknownResource = Self(rawValue: "UnknownResourceException")
}

extension AWSError.Code {
    public static let invalidGatewayIDNotFound = Self(rawValue: "InvalidGatewayID.NotFound")
}

extension AWSError.Code {
    public static let invalidGroupInUse = Self(rawValue: "InvalidGroup.InUse")
    public static let cannotDelete = Self(rawValue: "CannotDelete")
}
