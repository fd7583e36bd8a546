import LZSim

extension StepOperations {
    /// EC2's deletes and detaches, with its dependency checks, and the change of an attachment's
    /// subnets: what a mutation removes, and what a check shows a guardrail (or a dependency)
    /// stopping. Routes to what a step removes become
    /// blackholes, as EC2 shows them.
    static let networkDeleteCalls: [String: Entry] = [
        "ec2:DeleteSecurityGroup": removing("GroupId") { world, ids, session throws(AWSError) in
            try world.deleteSecurityGroup(groupId: ids[0], as: session)
        },
        "ec2:DeleteSubnet": removing("SubnetId") { world, ids, session throws(AWSError) in
            try world.deleteSubnet(subnetId: ids[0], as: session)
        },
        "ec2:DeleteVpc": removing("VpcId") { world, ids, session throws(AWSError) in
            try world.deleteVpc(vpcId: ids[0], as: session)
        },
        "ec2:DetachInternetGateway": removing("InternetGatewayId", "VpcId") { world, ids, session throws(AWSError) in
            try world.detachInternetGateway(internetGatewayId: ids[0], vpcId: ids[1], as: session)
        },
        "ec2:DeleteInternetGateway": removing("InternetGatewayId") { world, ids, session throws(AWSError) in
            try world.deleteInternetGateway(internetGatewayId: ids[0], as: session)
        },
        "ec2:DeleteNatGateway": removing("NatGatewayId") { world, ids, session throws(AWSError) in
            try world.deleteNatGateway(natGatewayId: ids[0], as: session)
        },
        "ec2:ModifyTransitGatewayVpcAttachment": Entry(
            parameters: ["TransitGatewayAttachmentId", "AddSubnetIds", "RemoveSubnetIds", "ApplianceModeSupport"]
        ) { world, session, with throws(StepFailure) in
            let (id, added, removed, applianceMode) = try read { () throws(ScenarioError) in
                (
                    try with.required("TransitGatewayAttachmentId"), try with.strings("AddSubnetIds"),
                    try with.strings("RemoveSubnetIds"), try with.bool("ApplianceModeSupport")
                )
            }
            try aws { () throws(AWSError) in
                try world.modifyTransitGatewayVpcAttachment(
                    transitGatewayAttachmentId: id, addSubnetIds: added, removeSubnetIds: removed,
                    applianceModeSupport: applianceMode, as: session)
            }
            return .none
        },
        "ec2:DeleteTransitGatewayVpcAttachment": removing("TransitGatewayAttachmentId") {
            world, ids, session throws(AWSError) in
            try world.deleteTransitGatewayVpcAttachment(transitGatewayAttachmentId: ids[0], as: session)
        },
    ]

    /// A call that takes only required IDs and returns nothing.
    static func removing(
        _ parameters: String...,
        call: @escaping @Sendable (inout World, [String], Session) throws(AWSError) -> Void
    ) -> Entry {
        Entry(parameters: parameters) { world, session, with throws(StepFailure) in
            let ids = try read { () throws(ScenarioError) in
                var ids: [String] = []
                for name in parameters { ids.append(try with.required(name)) }
                return ids
            }
            try aws { () throws(AWSError) in try call(&world, ids, session) }
            return .none
        }
    }
}
