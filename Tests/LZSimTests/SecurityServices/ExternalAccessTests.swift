import LZPolicy
import LZSim
import Testing

/// The external access analysis: sound as Access Analyzer is, about principals outside the zone
/// of trust who choose what they control but not who they are.
@Suite struct ExternalAccessTests {
    /// A bucket in prod with `statements` as its policy, and its findings in the organization's zone.
    static func bucketFindings(_ statements: String) throws -> (findings: [ExternalAccessFinding], zone: LandingZone) {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        try zone.world.createBucket(bucket: "prod-data", as: admin)
        try zone.world.putPublicAccessBlock(bucket: "prod-data", configuration: Self.open, as: admin)
        try zone.world.putBucketPolicy(
            bucket: "prod-data", policy: #"{"Version":"2012-10-17","Statement":[\#(statements)]}"#, as: admin)
        let organization = try #require(zone.world.organization).id
        return (try zone.world.externalAccess(of: "arn:aws:s3:::prod-data", zone: .organization(organization)), zone)
    }

    /// Block Public Access off, so the bucket accepts the public policies the analysis must report.
    static let open = PublicAccessBlockConfiguration(
        blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false)

    static func read(principal: String = #""*""#, condition: String = "", sid: String = "Read") -> String {
        #"{"Sid":"\#(sid)","Effect":"Allow","Principal":{"AWS":\#(principal)},"Action":"s3:GetObject","Resource":"arn:aws:s3:::prod-data/*"\#(condition.isEmpty ? "" : #","Condition":\#(condition)"#)}"#
    }

    @Test("Principal * without conditions is public external access")
    func everyone() throws {
        let findings = try Self.bucketFindings(Self.read()).findings
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.principal == "*")
        #expect(finding.source == #"Sid "Read""#)
        #expect(finding.actions == ["s3:GetObject"])
        #expect(finding.isPublic)
        #expect(finding.condition.contains("no condition on the caller's identity"))
    }

    @Test("Principal * limited by aws:PrincipalOrgID to the organization stays in the zone")
    func organizationCondition() throws {
        var zone = try LandingZone()
        let organization = try #require(zone.world.organization).id
        let admin = try zone.administrator(of: zone.prod)
        try zone.world.createBucket(bucket: "prod-data", as: admin)
        let condition = #"{"StringEquals":{"aws:PrincipalOrgID":"\#(organization)"}}"#
        try zone.world.putBucketPolicy(
            bucket: "prod-data", policy: #"{"Version":"2012-10-17","Statement":[\#(Self.read(condition: condition))]}"#,
            as: admin)
        #expect(try zone.world.externalAccess(of: "arn:aws:s3:::prod-data", zone: .organization(organization)).isEmpty)
        // The same policy seen with the account as the zone: the organization's other accounts are outside.
        let accountZone = try zone.world.externalAccess(of: "arn:aws:s3:::prod-data", zone: .account(zone.prod))
        #expect(accountZone.first?.condition.contains("of \(organization)") == true)
    }

    @Test("StringNotEquals aws:PrincipalOrgID lets in every other organization")
    func negatedOrganization() throws {
        let (_, zone) = try Self.bucketFindings(Self.read())
        let organization = try #require(zone.world.organization).id
        let findings = try Self.bucketFindings(
            Self.read(condition: #"{"StringNotEquals":{"aws:PrincipalOrgID":"\#(organization)"}}"#)
        ).findings
        #expect(findings.count == 1)
        #expect(findings.first?.condition.contains("StringNotEquals aws:PrincipalOrgID") == true)
        #expect(findings.first?.isPublic == false)
    }

    @Test("an account outside the organization named as principal is external; one inside is not")
    func namedAccount() throws {
        let outside = try Self.bucketFindings(Self.read(principal: #""arn:aws:iam::111122223333:role/Reader""#))
        #expect(outside.findings.map(\.principal) == ["arn:aws:iam::111122223333:role/Reader"])
        #expect(outside.findings.first?.condition.contains("names 111122223333") == true)
        let dev = outside.zone.dev
        let inside = try Self.bucketFindings(Self.read(principal: #""arn:aws:iam::\#(dev):root""#))
        #expect(inside.findings.isEmpty)
    }

    @Test("conditions the outsider controls keep no one out: aws:SecureTransport alone is still external")
    func secureTransportOnly() throws {
        let findings = try Self.bucketFindings(Self.read(condition: #"{"Bool":{"aws:SecureTransport":"true"}}"#))
            .findings
        #expect(findings.count == 1)
        #expect(findings.first?.isPublic == true)
    }

    @Test("aws:PrincipalArn naming a role anywhere is external; naming the zone's accounts is not")
    func principalARN() throws {
        let anywhere = try Self.bucketFindings(
            Self.read(condition: #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/Deployer"}}"#)
        ).findings
        #expect(anywhere.count == 1)
        let (_, zone) = try Self.bucketFindings(Self.read())
        let own = try Self.bucketFindings(
            Self.read(condition: #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::\#(zone.prod):role/*"}}"#)
        ).findings
        #expect(own.isEmpty)
    }

    @Test("a Deny suppresses the finding only when it applies to the outsider whatever it chooses")
    func denies() throws {
        let (_, zone) = try Self.bucketFindings(Self.read())
        let organization = try #require(zone.world.organization).id
        let perimeter =
            #"{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::prod-data","arn:aws:s3:::prod-data/*"],"Condition":{"StringNotEquals":{"aws:PrincipalOrgID":"\#(organization)"}}}"#
        #expect(try Self.bucketFindings(Self.read() + "," + perimeter).findings.isEmpty)
        let transport =
            #"{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::prod-data/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}"#
        #expect(try Self.bucketFindings(Self.read() + "," + transport).findings.count == 1)
        // A Deny of some of the allowed actions leaves the rest, listed one by one.
        let broad =
            #"{"Effect":"Allow","Principal":"*","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::prod-data/*"}"#
        let partial =
            #"{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::prod-data/*"}"#
        let rest = try Self.bucketFindings(broad + "," + partial).findings
        #expect(rest.map(\.actions) == [["s3:GetObject"]])
        #expect(rest.first?.source == "statement 0")
    }

    @Test("a KMS grant to an account outside the organization is a finding with the grant's ID")
    func grant() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        #expect(try zone.world.externalAccess(of: key.arn, zone: zone.world.defaultZone(of: zone.prod)).isEmpty)
        let grant = try zone.world.createGrant(
            keyID: key.keyID, granteePrincipal: "arn:aws:iam::111122223333:role/Reader", operations: [.decrypt],
            as: admin)
        let findings = try zone.world.externalAccess(of: key.arn, zone: zone.world.defaultZone(of: zone.prod))
        #expect(findings.map(\.source) == ["grant \(grant.grantID)"])
        #expect(findings.first?.actions == ["kms:Decrypt"])
        #expect(findings.first?.resourceType == "AWS::KMS::Key")
    }

    @Test("a role trusting an account outside the zone is external; the zone's own accounts are not")
    func roleTrust() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let outside = try zone.world.createRole(
            roleName: "partner", assumeRolePolicyDocument: Fixture.trust(principal: "111122223333"), as: admin)
        let inside = try zone.world.createRole(
            roleName: "dev", assumeRolePolicyDocument: Fixture.trust(principal: "arn:aws:iam::\(zone.dev):root"),
            as: admin)
        let organization = ZoneOfTrust.organization(try #require(zone.world.organization).id)
        let findings = try zone.world.externalAccess(of: outside.arn, zone: organization)
        #expect(findings.first?.actions == ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"])
        #expect(try zone.world.externalAccess(of: inside.arn, zone: organization).isEmpty)
        #expect(try zone.world.externalAccess(of: inside.arn, zone: .account(zone.prod)).count == 1)
        #expect(zone.world.externalAccess(in: organization).map(\.resourceARN).contains(outside.arn))
        let unknown = #expect(throws: AWSError.self) {
            try zone.world.externalAccess(of: "arn:aws:s3:::nothing", zone: organization)
        }
        #expect(unknown?.code == .resourceNotFound)
    }
}
