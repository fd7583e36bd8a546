import Foundation
import LZSim
import Testing

@testable import LZScenario

/// A small organization built through the world's operations for control tests: a management
/// account and one member account `app` (under OU `Workloads`), with an administrator user in
/// `app` whose long-term credentials survive moves of the clock.
struct ControlFixture {
    var world: World
    let management: String
    let app: String
    let admin: Session

    static let administratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess"
    static let day: TimeInterval = 86_400

    init() throws {
        var world = World(seed: 11, regions: ["eu-west-1"])
        let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
        let root = try world.rootSession(of: management)
        let organization = try world.createOrganization(as: root)
        try world.enablePolicyType(.serviceControlPolicy, rootID: organization.rootID, as: root)
        let unit = try world.createOrganizationalUnit(parentID: organization.rootID, name: "Workloads", as: root)
        let app = try world.createAccount(accountName: "app", email: "app@example.com", as: root)
        try world.moveAccount(
            accountID: app, sourceParentID: organization.rootID, destinationParentID: unit.id, as: root)
        _ = try world.createUser(userName: "bootstrap", as: root)
        try world.attachUserPolicy(userName: "bootstrap", policyARN: Self.administratorAccess, as: root)
        let bootstrap = try world.userSession(account: management, userName: "bootstrap")
        let role = try world.assumeRole(
            AssumeRoleRequest(
                roleARN: "arn:aws:iam::\(app):role/OrganizationAccountAccessRole", roleSessionName: "bootstrap"),
            as: bootstrap)
        _ = try world.createUser(userName: "admin", as: role)
        try world.attachUserPolicy(userName: "admin", policyARN: Self.administratorAccess, as: role)
        self.admin = try world.userSession(account: app, userName: "admin")
        self.world = world
        self.management = management
        self.app = app
    }

    /// The findings of a control over both accounts, with parameter overrides.
    func evaluate(_ id: String, _ overrides: [String: [String]] = [:]) throws -> [ControlFinding] {
        let control = try #require(ControlCatalog.control(id))
        let input = ControlInput(
            world: world, accounts: [.init(id: management, name: "management"), .init(id: app, name: "app")],
            control: control, overrides: overrides)
        return control.evaluate(input)
    }

    /// A policy document allowing `action` on `resource`.
    static func allow(_ action: String, _ resource: String = "*") -> String {
        #"{"Version":"2012-10-17","Statement":[{"Sid":"Grant","Effect":"Allow","Action":"\#(action)","Resource":"\#(resource)"}]}"#
    }

    /// A VPC with one subnet in `app`.
    mutating func vpc(_ name: String = "main") throws -> (vpc: Vpc, subnet: Subnet) {
        let vpc = try world.createVpc(cidrBlock: "10.0.0.0/16", tags: ["Name": name], as: admin)
        let subnet = try world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.0.1.0/24", availabilityZone: "eu-west-1a", tags: ["Name": "\(name)-a"],
            as: admin)
        return (vpc, subnet)
    }

    /// A security group in a new VPC, with one inbound rule from 0.0.0.0/0.
    /// Where an open rule lets traffic in from.
    enum Source {
        case ipv4(String)
        case ipv6(String)
    }

    mutating func openGroup(
        _ ipProtocol: String, _ ports: ClosedRange<Int>, name: String = "web", source: Source = .ipv4("0.0.0.0/0")
    ) throws -> (SecurityGroup, SecurityGroupRule) {
        let (vpc, _) = try vpc()
        let group = try world.createSecurityGroup(
            groupName: name, description: "test", vpcId: vpc.vpcId, as: admin)
        var permission = IpPermission(ipProtocol: ipProtocol, fromPort: ports.lowerBound, toPort: ports.upperBound)
        switch source {
        case .ipv4(let block): permission.cidrIp = block
        case .ipv6(let block): permission.cidrIpv6 = block
        }
        let rules = try world.authorizeSecurityGroupIngress(
            groupId: group.groupId, ipPermissions: [permission], as: admin)
        return (world.network.securityGroups[group.groupId]!, rules[0])
    }

    /// A trail writing to a bucket whose policy lets CloudTrail deliver.
    mutating func trail(
        _ name: String, multiRegion: Bool = false, validation: Bool = false, kmsKeyID: String? = nil,
        logGroup: String? = nil
    ) throws -> Trail {
        let bucket = "\(name)-logs"
        let arn = "arn:aws:cloudtrail:eu-west-1:\(app):trail/\(name)"
        try world.createBucket(bucket: bucket, as: admin)
        try world.putBucketPolicy(
            bucket: bucket,
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::\#(bucket)","Condition":{"StringEquals":{"aws:SourceArn":"\#(arn)"}}},{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::\#(bucket)/AWSLogs/\#(app)/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control","aws:SourceArn":"\#(arn)"}}}]}"#,
            as: admin)
        var role: String?
        if logGroup != nil {
            role = try world.createRole(
                roleName: "\(name)-to-logs",
                assumeRolePolicyDocument:
                    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
                as: admin
            ).arn
        }
        return try world.createTrail(
            name: name, s3BucketName: bucket, isMultiRegionTrail: multiRegion, enableLogFileValidation: validation,
            kmsKeyID: kmsKeyID, cloudWatchLogsLogGroupARN: logGroup, cloudWatchLogsRoleARN: role, as: admin)
    }
}

/// One resource's expected status after a fixture's setup.
struct Expectation: Sendable {
    var resource: String
    var status: ControlStatus
}

/// A control with a compliant and a non-compliant fixture, each naming the resource and its exact status.
struct ControlCase: Sendable, CustomTestStringConvertible {
    var id: String
    var compliant: @Sendable (inout ControlFixture) throws -> Expectation
    var nonCompliant: @Sendable (inout ControlFixture) throws -> Expectation

    var testDescription: String { id }
}
