import LZSim

/// The reference landing zone's network, built through the operations: a hub-and-spoke transit
/// gateway in a network account with one route table per environment, a development VPC whose
/// private subnet is shared with the development account, a production VPC with a public load
/// balancer interface, a shared-services VPC with a Resolver endpoint and an artifact
/// repository, an inspection VPC with a Network Firewall, and on-premises behind a VPN.
struct ReferenceNetwork {
    var zone: LandingZone
    var network: String
    var networkAdmin: Session
    var devAdmin: Session
    var prodAdmin: Session

    var transitGateway: TransitGateway
    var devTable: TransitGatewayRouteTable
    var prodTable: TransitGatewayRouteTable
    var sharedTable: TransitGatewayRouteTable
    var inspectionTable: TransitGatewayRouteTable

    var devVpc: Vpc
    var prodVpc: Vpc
    var sharedVpc: Vpc
    var inspectionVpc: Vpc

    var devApp: Instance
    var prodApp: Instance
    var prodLoadBalancer: NetworkInterface
    var prodLoadBalancerGroup: SecurityGroup
    var prodAppSubnet: Subnet
    var resolver: ResolverEndpoint
    var artifacts: Instance
    var vpn: VpnConnection
    var firewallPolicy: FirewallPolicy

    var world: World {
        get { zone.world }
        set { zone.world = newValue }
    }

    static let firewallRules = """
        # Environments never talk to each other; everything else passes.
        drop ip 10.1.0.0/20 any -> 10.5.0.0/20 any (msg:"dev to prod"; sid:9995;)
        drop ip 10.5.0.0/20 any -> 10.1.0.0/20 any (msg:"prod to dev"; sid:9996;)
        pass tcp $SPOKES any -> $SHARED [443,53] (msg:"to shared services"; sid:100;)
        """

    init() throws {
        var zone = try LandingZone()
        let root = try zone.managementRoot
        let network = try zone.world.createAccount(accountName: "network-prod", email: "network@example.com", as: root)
        let organization = zone.world.organization!
        try zone.world.moveAccount(
            accountID: network, sourceParentID: organization.rootID, destinationParentID: zone.workloadsOU, as: root)
        let admin = try zone.administrator(of: network)
        let devAdmin = try zone.administrator(of: zone.dev)
        let prodAdmin = try zone.administrator(of: zone.prod)
        var world = zone.world
        let zoneA = "us-east-1a"

        let tgw = try world.createTransitGateway(
            defaultRouteTableAssociation: false, defaultRouteTablePropagation: false, tags: ["Name": "tgw-main"],
            as: admin)
        let tables = try ["rt-dev", "rt-prod", "rt-shared", "rt-inspection"].map {
            try world.createTransitGatewayRouteTable(
                transitGatewayId: tgw.transitGatewayId, tags: ["Name": $0], as: admin)
        }
        let (devTable, prodTable, sharedTable, inspectionTable) = (tables[0], tables[1], tables[2], tables[3])

        // Inspection: the attachment subnet sends everything to the firewall, the firewall back to the gateway.
        let inspection = try world.createVpc(cidrBlock: "10.0.4.0/22", tags: ["Name": "inspection"], as: admin)
        let inspectionAttach = try world.createSubnet(
            vpcID: inspection.vpcId, cidrBlock: "10.0.4.0/28", availabilityZone: zoneA, as: admin)
        let firewallSubnet = try world.createSubnet(
            vpcID: inspection.vpcId, cidrBlock: "10.0.4.16/28", availabilityZone: zoneA, as: admin)
        let ruleGroup = try world.createRuleGroup(
            ruleGroupName: "environments", type: "STATEFUL", rulesString: Self.firewallRules,
            ruleVariables: ["SPOKES": ["10.1.0.0/20", "10.5.0.0/20"], "SHARED": ["10.2.0.0/21"]], as: admin)
        let policy = try world.createFirewallPolicy(
            firewallPolicyName: "inspection", statefulRuleGroupArns: [ruleGroup.ruleGroupArn], as: admin)
        let firewall = try world.createFirewall(
            firewallName: "inspection", firewallPolicyArn: policy.firewallPolicyArn, vpcId: inspection.vpcId,
            subnetIds: [firewallSubnet.subnetId], as: admin)
        let toFirewall = try world.createRouteTable(vpcId: inspection.vpcId, as: admin)
        try world.associateRouteTable(
            routeTableId: toFirewall.routeTableId, subnetId: inspectionAttach.subnetId, as: admin)
        try world.createRoute(
            routeTableId: toFirewall.routeTableId, destinationCidrBlock: "0.0.0.0/0",
            vpcEndpointId: firewall.endpoints[firewallSubnet.subnetId], as: admin)
        let fromFirewall = try world.createRouteTable(vpcId: inspection.vpcId, as: admin)
        try world.associateRouteTable(
            routeTableId: fromFirewall.routeTableId, subnetId: firewallSubnet.subnetId, as: admin)
        try world.createRoute(
            routeTableId: fromFirewall.routeTableId, destinationCidrBlock: "0.0.0.0/0",
            transitGatewayId: tgw.transitGatewayId, as: admin)
        let inspectionAttachment = try world.createTransitGatewayVpcAttachment(
            transitGatewayId: tgw.transitGatewayId, vpcId: inspection.vpcId, subnetIds: [inspectionAttach.subnetId],
            applianceModeSupport: true, as: admin)

        // Development: a VPC of the network account whose private subnet is shared with the Dev OU.
        let dev = try world.createVpc(cidrBlock: "10.1.0.0/20", tags: ["Name": "dev-shared"], as: admin)
        let devPrivate = try world.createSubnet(
            vpcID: dev.vpcId, cidrBlock: "10.1.0.0/24", availabilityZone: zoneA, tags: ["Name": "dev-private"],
            as: admin)
        let devAttach = try world.createSubnet(
            vpcID: dev.vpcId, cidrBlock: "10.1.15.0/28", availabilityZone: zoneA, as: admin)
        try world.createRoute(
            routeTableId: dev.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
            transitGatewayId: tgw.transitGatewayId,
            as: admin)
        let devAttachment = try world.createTransitGatewayVpcAttachment(
            transitGatewayId: tgw.transitGatewayId, vpcId: dev.vpcId, subnetIds: [devAttach.subnetId], as: admin)
        let ouARN = "arn:aws:organizations::\(zone.management):ou/\(organization.id)/"
        try world.createResourceShare(
            name: "dev-subnets", resourceArns: [devPrivate.arn], principals: [ouARN + zone.devOU], as: admin)
        try world.createResourceShare(
            name: "tgw", resourceArns: [tgw.arn], principals: [ouARN + zone.workloadsOU], as: admin)
        let devGroup = try world.createSecurityGroup(
            groupName: "dev-app", description: "development application", vpcId: dev.vpcId, as: admin)
        let devApp = try world.runInstances(
            subnetId: devPrivate.subnetId, securityGroupIds: [devGroup.groupId], tags: ["Name": "dev-app"], as: devAdmin
        )

        // Shared services: the Resolver inbound endpoint on 53 and the artifact repository on 443.
        let shared = try world.createVpc(cidrBlock: "10.2.0.0/21", tags: ["Name": "shared-services"], as: admin)
        let sharedSubnet = try world.createSubnet(
            vpcID: shared.vpcId, cidrBlock: "10.2.0.0/24", availabilityZone: zoneA, as: admin)
        let sharedSubnetB = try world.createSubnet(
            vpcID: shared.vpcId, cidrBlock: "10.2.1.0/24", availabilityZone: "us-east-1b", as: admin)
        try world.createRoute(
            routeTableId: shared.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
            transitGatewayId: tgw.transitGatewayId, as: admin)
        let dnsGroup = try world.createSecurityGroup(
            groupName: "dns", description: "DNS", vpcId: shared.vpcId, as: admin)
        try world.authorizeSecurityGroupIngress(
            groupId: dnsGroup.groupId,
            ipPermissions: [.udp(53...53, cidr: "10.0.0.0/12"), .tcp(53...53, cidr: "10.0.0.0/12")], as: admin)
        let resolver = try world.createResolverEndpoint(
            name: "inbound", direction: "INBOUND", securityGroupIds: [dnsGroup.groupId],
            ipAddresses: [(sharedSubnet.subnetId, "10.2.0.10"), (sharedSubnetB.subnetId, "10.2.1.10")], as: admin)
        let repoGroup = try world.createSecurityGroup(
            groupName: "artifacts", description: "artifact repository", vpcId: shared.vpcId, as: admin)
        try world.authorizeSecurityGroupIngress(
            groupId: repoGroup.groupId, ipPermissions: [.tcp(443...443, cidr: "10.0.0.0/12")], as: admin)
        let artifacts = try world.runInstances(
            subnetId: sharedSubnet.subnetId, securityGroupIds: [repoGroup.groupId], tags: ["Name": "artifacts"],
            as: admin)
        let sharedAttachment = try world.createTransitGatewayVpcAttachment(
            transitGatewayId: tgw.transitGatewayId, vpcId: shared.vpcId, subnetIds: [sharedSubnet.subnetId], as: admin)

        // Production: application and attachment subnets behind the gateway, and public subnets
        // whose only interface is the internet-facing load balancer's.
        let prod = try world.createVpc(cidrBlock: "10.5.0.0/20", tags: ["Name": "prod-app1"], as: prodAdmin)
        let prodApp = try world.createSubnet(
            vpcID: prod.vpcId, cidrBlock: "10.5.0.0/24", availabilityZone: zoneA, tags: ["Name": "prod-app"],
            as: prodAdmin)
        let prodPublic = try world.createSubnet(
            vpcID: prod.vpcId, cidrBlock: "10.5.8.0/24", availabilityZone: zoneA, tags: ["Name": "prod-public"],
            as: prodAdmin)
        let prodAttach = try world.createSubnet(
            vpcID: prod.vpcId, cidrBlock: "10.5.15.0/28", availabilityZone: zoneA, as: prodAdmin)
        try world.createRoute(
            routeTableId: prod.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0",
            transitGatewayId: tgw.transitGatewayId, as: prodAdmin)
        let igw = try world.createInternetGateway(as: prodAdmin)
        try world.attachInternetGateway(internetGatewayId: igw.internetGatewayId, vpcId: prod.vpcId, as: prodAdmin)
        let publicTable = try world.createRouteTable(vpcId: prod.vpcId, tags: ["Name": "prod-public"], as: prodAdmin)
        try world.associateRouteTable(
            routeTableId: publicTable.routeTableId, subnetId: prodPublic.subnetId, as: prodAdmin)
        try world.createRoute(
            routeTableId: publicTable.routeTableId, destinationCidrBlock: "0.0.0.0/0",
            gatewayId: igw.internetGatewayId, as: prodAdmin)
        try world.createRoute(
            routeTableId: publicTable.routeTableId, destinationCidrBlock: "10.0.0.0/12",
            transitGatewayId: tgw.transitGatewayId, as: prodAdmin)
        let albGroup = try world.createSecurityGroup(
            groupName: "alb-public", description: "public load balancer", vpcId: prod.vpcId, as: prodAdmin)
        try world.authorizeSecurityGroupIngress(
            groupId: albGroup.groupId,
            ipPermissions: [.tcp(443...443, cidr: "0.0.0.0/0"), .tcp(80...80, cidr: "0.0.0.0/0")], as: prodAdmin)
        let appGroup = try world.createSecurityGroup(
            groupName: "app", description: "application", vpcId: prod.vpcId, as: prodAdmin)
        try world.authorizeSecurityGroupIngress(
            groupId: appGroup.groupId,
            ipPermissions: [
                .tcp(8443...8443, group: albGroup.groupId), .tcp(443...443, cidr: "10.0.0.0/8"),
                .tcp(443...443, cidr: "192.168.128.0/17"),
            ],
            as: prodAdmin)
        let loadBalancer = try world.createNetworkInterface(
            subnetId: prodPublic.subnetId, groups: [albGroup.groupId],
            description: "ELB app/app1-public/50dc6c495c0c9188",
            as: prodAdmin)
        let address = try world.allocateAddress(as: prodAdmin)
        try world.associateAddress(
            allocationId: address.allocationId, networkInterfaceId: loadBalancer.networkInterfaceId, as: prodAdmin)
        let app = try world.runInstances(
            subnetId: prodApp.subnetId, securityGroupIds: [appGroup.groupId], tags: ["Name": "prod-app"], as: prodAdmin)
        let prodAttachment = try world.createTransitGatewayVpcAttachment(
            transitGatewayId: tgw.transitGatewayId, vpcId: prod.vpcId, subnetIds: [prodAttach.subnetId],
            as: prodAdmin)
        try world.acceptTransitGatewayVpcAttachment(
            transitGatewayAttachmentId: prodAttachment.transitGatewayAttachmentId, as: admin)

        // On-premises: development networks in the lower half of 192.168.0.0/16, production in the upper.
        let customer = try world.createCustomerGateway(ipAddress: "198.51.100.10", as: admin)
        let vpn = try world.createVpnConnection(
            customerGatewayId: customer.customerGatewayId, transitGatewayId: tgw.transitGatewayId, as: admin)
        for block in ["192.168.0.0/17", "192.168.128.0/17"] {
            try world.createVpnConnectionRoute(
                vpnConnectionId: vpn.vpnConnectionId, destinationCidrBlock: block, as: admin)
        }

        // Transit gateway routing: each spoke's table decides what it reaches.
        func associate(_ table: TransitGatewayRouteTable, _ attachment: String) throws {
            try world.associateTransitGatewayRouteTable(
                transitGatewayRouteTableId: table.transitGatewayRouteTableId, transitGatewayAttachmentId: attachment,
                as: admin)
        }
        func propagate(_ table: TransitGatewayRouteTable, _ attachment: String) throws {
            try world.enableTransitGatewayRouteTablePropagation(
                transitGatewayRouteTableId: table.transitGatewayRouteTableId, transitGatewayAttachmentId: attachment,
                as: admin)
        }
        func route(_ table: TransitGatewayRouteTable, _ block: String, _ attachment: String?) throws {
            try world.createTransitGatewayRoute(
                destinationCidrBlock: block, transitGatewayRouteTableId: table.transitGatewayRouteTableId,
                transitGatewayAttachmentId: attachment, blackhole: attachment == nil, as: admin)
        }
        let vpnAttachment = vpn.transitGatewayAttachmentId!
        try associate(devTable, devAttachment.transitGatewayAttachmentId)
        try associate(prodTable, prodAttachment.transitGatewayAttachmentId)
        try associate(sharedTable, sharedAttachment.transitGatewayAttachmentId)
        try associate(sharedTable, vpnAttachment)
        try associate(inspectionTable, inspectionAttachment.transitGatewayAttachmentId)
        for table in [devTable, prodTable] {
            try propagate(table, sharedAttachment.transitGatewayAttachmentId)
            try route(table, "0.0.0.0/0", inspectionAttachment.transitGatewayAttachmentId)
        }
        try route(devTable, "10.5.0.0/20", nil)
        try route(devTable, "10.4.0.0/20", nil)
        try route(devTable, "192.168.0.0/17", vpnAttachment)
        try route(prodTable, "10.1.0.0/20", nil)
        try route(prodTable, "10.4.0.0/20", nil)
        try route(prodTable, "192.168.128.0/17", vpnAttachment)
        for attachment in [devAttachment, prodAttachment, sharedAttachment] {
            try propagate(sharedTable, attachment.transitGatewayAttachmentId)
            try propagate(inspectionTable, attachment.transitGatewayAttachmentId)
        }
        for (vpc, session) in [(dev, admin), (shared, admin), (inspection, admin), (prod, prodAdmin)] {
            try world.createFlowLogs(
                resourceId: vpc.vpcId, logDestination: "arn:aws:s3:::log-archive-flow-logs", as: session)
        }

        zone.world = world
        self.zone = zone
        self.network = network
        self.networkAdmin = admin
        self.devAdmin = devAdmin
        self.prodAdmin = prodAdmin
        self.transitGateway = tgw
        self.devTable = devTable
        self.prodTable = prodTable
        self.sharedTable = sharedTable
        self.inspectionTable = inspectionTable
        self.devVpc = dev
        self.prodVpc = prod
        self.sharedVpc = shared
        self.inspectionVpc = inspection
        self.devApp = devApp
        self.prodApp = app
        self.prodLoadBalancer = world.network.networkInterfaces[loadBalancer.networkInterfaceId]!
        self.prodLoadBalancerGroup = albGroup
        self.prodAppSubnet = prodApp
        self.resolver = resolver
        self.artifacts = artifacts
        self.vpn = vpn
        self.firewallPolicy = policy
    }
}
