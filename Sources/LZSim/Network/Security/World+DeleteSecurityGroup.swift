extension World {
    /// `DeleteSecurityGroup`: never a VPC's default group, nor one an interface uses or another
    /// group's rule names (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).
    /// - Throws: `InvalidGroup.NotFound`, `CannotDelete` (the default group), `DependencyViolation`
    ///   (interfaces in the group), `InvalidGroup.InUse` (referenced by another group's rule).
    public mutating func deleteSecurityGroup(groupId: String, as session: Session) throws(AWSError) {
        guard let group = network.securityGroups[groupId], group.place == place(of: session) else {
            throw AWSError(.invalidGroupNotFound, "The security group '\(groupId)' does not exist")
        }
        try authorizeEC2(session, "DeleteSecurityGroup", resource: group.arn, tags: group.tags)
        if group.isDefault {
            throw AWSError(
                .cannotDelete, "the specified group: \"\(groupId)\" name: \"default\" cannot be deleted by a user")
        }
        if let interfaces = network.interfacesByGroup[groupId], !interfaces.isEmpty {
            throw AWSError(
                .dependencyViolation,
                "resource \(groupId) has a dependent object: \(interfaces.sorted().joined(separator: ", "))")
        }
        let referencing = network.securityGroups.values.filter { other in
            other.groupId != groupId
                && (other.ingressRules + other.egressRules).contains { $0.peer == .securityGroup(groupId) }
        }.map(\.groupId).sorted()
        guard referencing.isEmpty else {
            throw AWSError(
                .invalidGroupInUse,
                "Group \(groupId) is used by groups in other accounts or in this VPC: \(referencing.joined(separator: ", "))"
            )
        }
        network.securityGroups[groupId] = nil
        network.interfacesByGroup[groupId] = nil
    }
}
