import BenchmarkSupport
import Foundation
import LZPolicy
import LZScenario
import LZSim

// Runs whole frameworks of the built-in control catalog over a synthetic organization that
// grows in steps (a tenth, a half, then all of N accounts), each member account holding ten
// resources of each kind the catalog evaluates: customer managed policies, users (with an
// access key and a console password), roles (with an inline policy), KMS keys, VPCs (with their
// default security group and network ACL), subnets, security groups, instances, EBS volumes,
// S3 buckets, RDS DB instances, load balancers with an HTTP listener, and trails. Everything is
// built through the world's operations; the evaluation is timed per framework at each size.

let accountCount = argument("--accounts", default: 1_000)
let perKind = argument("--resources", default: 10)
let clock = ContinuousClock()
let steps = Array(Set([max(1, accountCount / 10), max(1, accountCount / 2), accountCount])).sorted()

func allow(_ action: String, _ resource: String = "*") -> String {
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\#(action)","Resource":"\#(resource)"}]}"#
}

/// Ten (or `perKind`) resources of each kind in one member account, as its administrator.
func populate(_ world: inout World, account: String, as admin: Session) throws {
    for index in 0..<perKind {
        try world.createPolicy(
            policyName: "policy-\(index)", policyDocument: allow(index % 2 == 0 ? "s3:GetObject" : "kms:*"),
            as: admin)
        _ = try world.createUser(userName: "user-\(index)", as: admin)
        try world.createAccessKey(userName: "user-\(index)", as: admin)
        try world.createLoginProfile(userName: "user-\(index)", password: "Bench-Pass-\(index)", as: admin)
        try world.createRole(
            roleName: "role-\(index)",
            assumeRolePolicyDocument:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(account):root"},"Action":"sts:AssumeRole"}]}"#,
            as: admin)
        try world.putRolePolicy(
            roleName: "role-\(index)", policyName: "inline", policyDocument: allow("kms:Decrypt"), as: admin)
        let key = try world.createKey(as: admin)
        if index % 2 == 0 { try world.enableKeyRotation(keyID: key.keyID, as: admin) }
        let vpc = try world.createVpc(cidrBlock: "10.\(index).0.0/16", tags: ["Name": "vpc-\(index)"], as: admin)
        let subnet = try world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.\(index).1.0/24", availabilityZone: "eu-west-1a",
            mapPublicIpOnLaunch: index % 3 == 0, as: admin)
        let group = try world.createSecurityGroup(
            groupName: "group-\(index)", description: "bench", vpcId: vpc.vpcId, as: admin)
        try world.authorizeSecurityGroupIngress(
            groupId: group.groupId,
            ipPermissions: [
                IpPermission(
                    ipProtocol: "tcp", fromPort: 22 * (index % 2) + 443, toPort: 22 * (index % 2) + 443,
                    cidrIp: "0.0.0.0/0")
            ], as: admin)
        _ = try world.runInstances(
            subnetId: subnet.subnetId, securityGroupIds: [group.groupId],
            httpTokens: index % 2 == 0 ? "required" : "optional", as: admin)
        _ = try world.runInstances(encrypted: index % 2 == 0, as: admin)
        try world.createBucket(bucket: "bench-\(account)-\(index)", as: admin)
        _ = try world.createDBInstance(
            dbInstanceIdentifier: "db-\(index)", storageEncrypted: index % 2 == 0, as: admin)
        let balancer = try world.createLoadBalancer(name: "lb-\(index)", subnets: ["subnet-a", "subnet-b"], as: admin)
        _ = try world.createListener(
            loadBalancerARN: balancer.arn, protocol: .http, port: 80, defaultActions: [.redirectToHTTPS], as: admin)
        let bucket = "trail-\(account)-\(index)"
        let trail = "arn:aws:cloudtrail:eu-west-1:\(account):trail/trail-\(index)"
        try world.createBucket(bucket: bucket, as: admin)
        try world.putBucketPolicy(
            bucket: bucket,
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::\#(bucket)","Condition":{"StringEquals":{"aws:SourceArn":"\#(trail)"}}},{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::\#(bucket)/AWSLogs/\#(account)/*","Condition":{"StringEquals":{"aws:SourceArn":"\#(trail)"}}}]}"#,
            as: admin)
        _ = try world.createTrail(
            name: "trail-\(index)", s3BucketName: bucket, isMultiRegionTrail: index == 0,
            enableLogFileValidation: index % 2 == 0, as: admin)
    }
}

var world = World(seed: 3, regions: ["eu-west-1"])
print(
    "ControlBench: \(perKind) resources of each kind per account; sizes \(steps.map(String.init).joined(separator: ", "))"
)
print("accounts  framework      controls  findings   time (s)   µs/account")
do {
    let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
    let root = try world.rootSession(of: management)
    let organization = try world.createOrganization(as: root)
    try world.enablePolicyType(.serviceControlPolicy, rootID: organization.rootID, as: root)
    let guardrails = try world.createOrganizationPolicy(
        name: "guardrails", type: .serviceControlPolicy,
        content:
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["organizations:LeaveOrganization","cloudtrail:StopLogging","cloudtrail:DeleteTrail"],"Resource":"*"}]}"#,
        as: root)
    try world.attachPolicy(policyID: guardrails.id, targetID: organization.rootID, as: root)
    _ = try world.createUser(userName: "bootstrap", as: root)
    try world.attachUserPolicy(
        userName: "bootstrap", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: root)
    let bootstrap = try world.userSession(account: management, userName: "bootstrap")
    var built = 0
    var buildTime = Duration.zero
    for size in steps {
        buildTime += try clock.measure {
            while built < size {
                let account = try world.createAccount(
                    accountName: "account-\(built)", email: "account-\(built)@example.com", as: root)
                let admin = try world.assumeRole(
                    AssumeRoleRequest(
                        roleARN: "arn:aws:iam::\(account):role/OrganizationAccountAccessRole", roleSessionName: "bench"),
                    as: bootstrap)
                try populate(&world, account: account, as: admin)
                built += 1
            }
        }
        for framework in ControlFramework.allCases {
            let controls = ControlCatalog.controls(in: framework)
            var findings = 0
            let elapsed = clock.measure {
                for control in controls { findings += control.evaluate(in: world).count }
            }
            let time = seconds(elapsed)
            let name = framework.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
            print(
                String(format: "%8d  ", size) + name
                    + String(
                        format: "  %8d  %8d  %9.3f  %11.1f", controls.count, findings, time, time / Double(size) * 1e6))
        }
    }
    print(
        String(
            format: "built %d accounts in %.1f s; peak memory %d MiB", built, seconds(buildTime),
            peakResidentKiB() / 1024))
} catch {
    print("error: \(error)")
    exit(1)
}
