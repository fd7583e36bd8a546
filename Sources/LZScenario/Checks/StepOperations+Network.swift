import Foundation
import LZSim

extension StepOperations {
    /// EC2 networking calls: the changes that open a network up, for mutations and for checks
    /// that show a guardrail stopping them. Resources are named in strings as
    /// `${security_groups.ACCOUNT/NAME}`, `${route_tables.ACCOUNT/NAME}`,
    /// `${transit_gateway_route_tables.ACCOUNT/NAME}`, `${internet_gateways.ACCOUNT/NAME}` and so on.
    static let networkCalls: [String: Entry] = [
        "ec2:AuthorizeSecurityGroupIngress": Entry(
            parameters: ["GroupId", "IpProtocol", "FromPort", "ToPort", "CidrIp", "SourceSecurityGroupId"]
        ) { world, session, with throws(StepFailure) in
            let (group, permission) = try read { () throws(ScenarioError) in
                (
                    try with.required("GroupId"),
                    IpPermission(
                        ipProtocol: try with.required("IpProtocol"), fromPort: try with.int("FromPort") ?? -1,
                        toPort: try with.int("ToPort") ?? -1, cidrIp: try with.string("CidrIp"),
                        groupId: try with.string("SourceSecurityGroupId"))
                )
            }
            let rules = try aws { () throws(AWSError) in
                try world.authorizeSecurityGroupIngress(groupId: group, ipPermissions: [permission], as: session)
            }
            return .text(rules.map(\.description).joined(separator: "; "))
        },
        "ec2:CreateRoute": Entry(
            parameters: [
                "RouteTableId", "DestinationCidrBlock", "DestinationIpv6CidrBlock", "GatewayId",
                "EgressOnlyInternetGatewayId", "NatGatewayId", "TransitGatewayId", "VpcPeeringConnectionId",
            ]
        ) { world, session, with throws(StepFailure) in
            let route = try read { () throws(ScenarioError) in
                (
                    table: try with.required("RouteTableId"), destination: try with.string("DestinationCidrBlock"),
                    ipv6Destination: try with.string("DestinationIpv6CidrBlock"),
                    gateway: try with.string("GatewayId"), egressOnly: try with.string("EgressOnlyInternetGatewayId"),
                    nat: try with.string("NatGatewayId"),
                    transitGateway: try with.string("TransitGatewayId"),
                    peering: try with.string("VpcPeeringConnectionId")
                )
            }
            try aws { () throws(AWSError) in
                try world.createRoute(
                    routeTableId: route.table, destinationCidrBlock: route.destination,
                    destinationIpv6CidrBlock: route.ipv6Destination, gatewayId: route.gateway,
                    egressOnlyInternetGatewayId: route.egressOnly, natGatewayId: route.nat,
                    transitGatewayId: route.transitGateway,
                    vpcPeeringConnectionId: route.peering, as: session)
            }
            return .none
        },
        "ec2:DeleteRoute": removing("RouteTableId", "DestinationCidrBlock") { world, ids, session throws(AWSError) in
            try world.deleteRoute(routeTableId: ids[0], destinationCidrBlock: ids[1], as: session)
        },
        "network-firewall:UpdateRuleGroup": Entry(
            parameters: ["RuleGroupArn", "RuleGroupName", "Type", "Rules", "RuleVariables"]
        ) { world, session, with throws(StepFailure) in
            let update = try read { () throws(ScenarioError) in
                (
                    arn: try with.string("RuleGroupArn"), name: try with.string("RuleGroupName"),
                    type: try with.string("Type") ?? "STATEFUL", rules: try with.string("Rules") ?? "",
                    // An IP set per variable, its blocks separated by commas.
                    variables: try with.map("RuleVariables").mapValues {
                        $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    }
                )
            }
            try aws { () throws(AWSError) in
                try world.updateRuleGroup(
                    ruleGroupArn: update.arn, ruleGroupName: update.name, type: update.type,
                    rulesString: update.rules, ruleVariables: update.variables, as: session)
            }
            return .none
        },
        "ec2:DeleteTransitGatewayRoute": removing("TransitGatewayRouteTableId", "DestinationCidrBlock") {
            world, ids, session throws(AWSError) in
            try world.deleteTransitGatewayRoute(
                transitGatewayRouteTableId: ids[0], destinationCidrBlock: ids[1], as: session)
        },
    ]
}
