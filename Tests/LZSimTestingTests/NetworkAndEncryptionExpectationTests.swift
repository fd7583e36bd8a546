import LZSim
import LZSimTesting
import Testing

/// `expectReachable`, `expectUnreachable` and `expectEncrypted`, passing and failing at the caller's line.
@Suite struct NetworkAndEncryptionExpectationTests {
    /// One account with a VPC, a subnet, an open group and two instances; a bucket encrypted with
    /// a customer managed key; another with SSE-S3.
    static func world() throws -> (world: World, first: String, second: String, key: String, account: String) {
        var world = World(seed: 3)
        let account = try world.createStandaloneAccount(name: "solo", email: "solo@example.com")
        let root = try world.rootSession(of: account).with { $0.region = "us-east-1" }
        let vpc = try world.createVpc(cidrBlock: "10.1.0.0/16", as: root)
        let subnet = try world.createSubnet(
            vpcID: vpc.vpcId, cidrBlock: "10.1.1.0/24", availabilityZone: "us-east-1a", as: root)
        let group = try world.createSecurityGroup(groupName: "open", description: "open", vpcId: vpc.vpcId, as: root)
        try world.authorizeSecurityGroupIngress(
            groupId: group.groupId, ipPermissions: [.all(cidr: "10.0.0.0/8")], as: root)
        let first = try world.runInstances(subnetId: subnet.subnetId, securityGroupIds: [group.groupId], as: root)
        let second = try world.runInstances(subnetId: subnet.subnetId, securityGroupIds: [group.groupId], as: root)
        let key = try world.createKey(description: "data", as: root)
        try world.createBucket(bucket: "data", as: root)
        try world.putBucketEncryption(
            bucket: "data",
            configuration: ServerSideEncryptionConfiguration(sseAlgorithm: .awsKMS, kmsMasterKeyID: key.arn),
            as: root)
        try world.createBucket(bucket: "plain", as: root)
        try world.putBucketEncryption(
            bucket: "plain", configuration: ServerSideEncryptionConfiguration(sseAlgorithm: .aes256), as: root)
        return (world, first.instanceId, second.instanceId, key.arn, account)
    }

    @Test("instances of one open group reach each other; nothing reaches them from the internet")
    func reachabilityHolds() throws {
        let (world, first, second, _, _) = try Self.world()
        let result = expectReachable(from: .instance(first), to: .instance(second), ports: 443...443, in: world)
        #expect(result?.isReachable == true)
        expectUnreachable(from: .internet, to: .instance(second), ports: 22...22, in: world)
    }

    @Test("a wrong reachability expectation is an issue at the caller's line, naming what blocks")
    func reachabilityFails() throws {
        let (world, _, second, _, _) = try Self.world()
        let line = #line + 2
        withKnownIssue {
            expectReachable(from: .internet, to: .instance(second), ports: 443...443, in: world)
        } matching: { issue in
            Fixtures.issue(issue, isAt: "NetworkAndEncryptionExpectationTests.swift", line: line)
                && Fixtures.text(of: issue).contains("to be reachable, but it is not")
        }
    }

    @Test("a bucket encrypted with the account's key passes; one with SSE-S3 is an issue at the caller's line")
    func encryption() throws {
        let (world, _, _, key, account) = try Self.world()
        expectEncrypted("arn:aws:s3:::data", with: key, in: world)
        expectEncrypted("arn:aws:s3:::data", customerManagedKeyOf: account, in: world)
        let line = #line + 2
        withKnownIssue {
            expectEncrypted("arn:aws:s3:::plain", in: world)
        } matching: { issue in
            Fixtures.issue(issue, isAt: "NetworkAndEncryptionExpectationTests.swift", line: line)
                && Fixtures.text(of: issue).contains("to be encrypted with a KMS key, but it is not")
        }
    }
}
