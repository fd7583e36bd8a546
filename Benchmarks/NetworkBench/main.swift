import BenchmarkSupport
import Foundation
import LZSim

// Builds a hub-and-spoke network through the world's operations (every call authorized through
// the gateway): one transit gateway shared with the organization, N spoke VPCs in ten accounts,
// each with an application instance whose security group has R ingress rules, and one VPC in
// ten with a public web server behind an internet gateway. Then measures a single reach query
// between spokes, a full internet-exposure query over the organization, and how both grow with
// the number of security-group rules.

struct Built {
    var world: World
    var instances: [String]
    var rules: Int
}

func build(vpcs: Int, rulesPerGroup: Int) throws -> Built {
    var world = World(seed: 3)
    let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
    let root = try world.rootSession(of: management)
    let organization = try world.createOrganization(as: root)
    let admin = try world.createUser(userName: "admin", as: root)
    _ = admin
    try world.attachUserPolicy(userName: "admin", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: root)
    let networkAdmin = try world.userSession(account: management, userName: "admin")
    let tgw = try world.createTransitGateway(as: networkAdmin)
    try world.createResourceShare(
        name: "tgw", resourceArns: [tgw.arn],
        principals: ["arn:aws:organizations::\(management):organization/\(organization.id)"], as: networkAdmin)
    var sessions: [Session] = []
    for index in 0..<10 {
        let account = try world.createAccount(
            accountName: "spoke-\(index)", email: "spoke\(index)@example.com", as: root)
        try world.createUser(userName: "admin", as: try world.rootSession(of: account))
        try world.attachUserPolicy(
            userName: "admin", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess",
            as: try world.rootSession(of: account))
        sessions.append(try world.userSession(account: account, userName: "admin"))
    }
    var instances: [String] = []
    var rules = 0
    for index in 0..<vpcs {
        let session = sessions[index % sessions.count]
        // 10.0.0.0/8 holds 4,096 /20 blocks.
        let base = UInt32(0x0A00_0000) + UInt32(index) << 12
        let block = IPv4CIDR(address: base, prefixLength: 20)
        let vpc = try world.createVpc(cidrBlock: block.description, as: session)
        let subnet = try world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: IPv4CIDR(address: base, prefixLength: 24).description,
            availabilityZone: "us-east-1a", as: session)
        try world.createRoute(
            routeTableId: vpc.mainRouteTableId, destinationCidrBlock: "10.0.0.0/8",
            transitGatewayId: tgw.transitGatewayId, as: session)
        let attachment = try world.createTransitGatewayVpcAttachment(
            transitGatewayId: tgw.transitGatewayId, vpcId: vpc.vpcId, subnetIds: [subnet.subnetId], as: session)
        try world.acceptTransitGatewayVpcAttachment(
            transitGatewayAttachmentId: attachment.transitGatewayAttachmentId, as: networkAdmin)
        let group = try world.createSecurityGroup(groupName: "app", description: "app", vpcId: vpc.vpcId, as: session)
        // Private peers only: the internet-facing rule below is the one exposure must find.
        let permissions = (0..<rulesPerGroup).map { rule in
            IpPermission.tcp(
                (1_000 + rule * 10)...(1_000 + rule * 10 + 5),
                cidr: "10.\(rule % 256).0.0/16")
        }
        try world.authorizeSecurityGroupIngress(groupId: group.groupId, ipPermissions: permissions, as: session)
        rules += permissions.count
        let isPublic = index % 10 == 0
        if isPublic {
            let igw = try world.createInternetGateway(as: session)
            try world.attachInternetGateway(internetGatewayId: igw.internetGatewayId, vpcId: vpc.vpcId, as: session)
            try world.createRoute(
                routeTableId: vpc.mainRouteTableId, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.internetGatewayId,
                as: session)
            try world.authorizeSecurityGroupIngress(
                groupId: group.groupId, ipPermissions: [.tcp(443...443, cidr: "0.0.0.0/0")], as: session)
        }
        let instance = try world.runInstances(
            subnetId: subnet.subnetId, securityGroupIds: [group.groupId], associatePublicIpAddress: isPublic,
            as: session)
        instances.append(instance.instanceId)
    }
    return Built(world: world, instances: instances, rules: rules)
}

func measureReach(_ built: Built, queries: Int) throws -> (Double, Int) {
    let clock = ContinuousClock()
    var reachable = 0
    var generator = SystemRandomNumberGenerator()
    let pairs = (0..<queries).map { _ in
        (built.instances.randomElement(using: &generator)!, built.instances.randomElement(using: &generator)!)
    }
    let time = try clock.measure {
        for (from, to) in pairs where from != to {
            // Port 1000 is open to the 10.0.0.0/16 block of the first rule.
            if try built.world.reach(from: .instance(from), to: .instance(to), protocol: .tcp, ports: 1_000...1_000)
                .isReachable
            {
                reachable += 1
            }
        }
    }
    return (seconds(time) / Double(queries), reachable)
}

func measureExposure(_ built: Built) throws -> (Double, Int) {
    let clock = ContinuousClock()
    var findings: [ExposureFinding] = []
    let time = try clock.measure {
        findings = try built.world.internetExposure(in: .organization, protocols: [.tcp])
    }
    return (seconds(time), findings.count)
}

let vpcCount = argument("--vpcs", default: 1_000)
let rules = argument("--rules", default: 100)
let clock = ContinuousClock()
do {
    var built: Built?
    let buildTime = try clock.measure { built = try build(vpcs: vpcCount, rulesPerGroup: rules) }
    let world = built!
    print(
        "built \(vpcCount) VPCs with \(world.rules) security-group rules in \(String(format: "%.2f", seconds(buildTime))) s"
    )
    let (perQuery, reachable) = try measureReach(world, queries: 2_000)
    print(String(format: "reach query: %.1f µs per query (%d of 2000 reachable)", perQuery * 1e6, reachable))
    let (exposure, findings) = try measureExposure(world)
    print(String(format: "internet exposure over the organization: %.1f ms, %d findings", exposure * 1e3, findings))
    print("\nscaling with the number of rules (\(vpcCount / 4) VPCs):")
    print("rules/group  total rules  reach µs  exposure ms")
    for perGroup in [25, 50, 100, 200, 400] {
        let scaled = try build(vpcs: vpcCount / 4, rulesPerGroup: perGroup)
        let (reach, _) = try measureReach(scaled, queries: 1_000)
        let (exposed, _) = try measureExposure(scaled)
        print(
            String(
                format: "%11d  %11d  %8.1f  %11.2f", perGroup, scaled.rules, reach * 1e6, exposed * 1e3))
    }
} catch {
    print("error: \(error)")
    exit(1)
}
