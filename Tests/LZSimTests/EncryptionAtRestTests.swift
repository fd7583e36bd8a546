import Foundation
import LZPolicy
import LZSim
import Testing

/// Encryption at rest through the services that use KMS: S3, EBS, RDS and CloudTrail.
@Suite struct EncryptionAtRestTests {
    static let body = Data("customer records".utf8)

    static func policy(_ statements: String...) -> String {
        #"{"Version":"2012-10-17","Statement":[\#(statements.joined(separator: ","))]}"#
    }

    static func allow(_ actions: String, _ resource: String = "*") -> String {
        #"{"Effect":"Allow","Action":\#(actions),"Resource":"\#(resource)"}"#
    }

    @Test("an S3 PutObject with SSE-KMS fails for a principal who lacks kms:GenerateDataKey")
    func putObjectNeedsGenerateDataKey() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        try zone.world.createBucket(bucket: "prod-app1-data", as: admin)
        try zone.world.putBucketEncryption(
            bucket: "prod-app1-data",
            configuration: ServerSideEncryptionConfiguration(sseAlgorithm: .awsKMS, kmsMasterKeyID: key.keyID),
            as: admin)
        let s3Only = try zone.roleSession(
            in: zone.prod, named: "uploader", policy: Self.policy(Self.allow(#"["s3:PutObject","s3:GetObject"]"#)))
        let error = #expect(throws: AWSError.self) {
            try zone.world.putObject(bucket: "prod-app1-data", key: "a.csv", body: Self.body, as: s3Only)
        }
        #expect(error?.code == .accessDenied)
        #expect(error?.message.contains("kms:GenerateDataKey") == true)
        #expect(error?.decision?.implicitDenyIn == [.identity])

        let writer = try zone.roleSession(
            in: zone.prod, named: "writer",
            policy: Self.policy(Self.allow(#"["s3:PutObject","s3:GetObject","kms:GenerateDataKey"]"#)))
        let put = try zone.world.putObject(bucket: "prod-app1-data", key: "a.csv", body: Self.body, as: writer)
        #expect(put.serverSideEncryption == .awsKMS)
        #expect(put.sseKMSKeyID == key.arn)
        // Reading needs kms:Decrypt as well.
        let read = #expect(throws: AWSError.self) {
            try zone.world.getObject(bucket: "prod-app1-data", key: "a.csv", as: writer)
        }
        #expect(read?.message.contains("kms:Decrypt") == true)
        #expect(try zone.world.getObject(bucket: "prod-app1-data", key: "a.csv", as: admin).body == Self.body)
        let encryption = try zone.world.encryption(of: "arn:aws:s3:::prod-app1-data/a.csv")
        #expect(encryption.isEncrypted(withCustomerManagedKeyOf: zone.prod))
        #expect(!encryption.isEncrypted(withCustomerManagedKeyOf: zone.dev))
    }

    @Test("a key policy can allow use only through S3, with kms:ViaService and aws:CalledVia")
    func viaService() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let appSession = try zone.roleSession(in: zone.prod, named: "app", policy: Self.policy(Self.allow(#""s3:*""#)))
        let appARN = "arn:aws:iam::\(zone.prod):role/app"
        let keyPolicy = KMSKeyTests.keyPolicy(
            account: zone.prod,
            KMSKeyTests.allow(
                appARN, #"["kms:GenerateDataKey","kms:Decrypt"]"#,
                condition: #"{"StringEquals":{"kms:ViaService":"s3.us-east-1.amazonaws.com"}}"#))
        let key = try zone.world.createKey(policy: keyPolicy, as: admin)
        try zone.world.createBucket(bucket: "via-s3", as: admin)
        try zone.world.putObject(
            bucket: "via-s3", key: "k", body: Self.body, serverSideEncryption: .awsKMS, sseKMSKeyID: key.arn,
            as: appSession)
        #expect(try zone.world.getObject(bucket: "via-s3", key: "k", as: appSession).body == Self.body)
        let direct = #expect(throws: AWSError.self) {
            try zone.world.generateDataKey(keyID: key.arn, keySpec: .aes256, as: appSession)
        }
        #expect(direct?.code == .accessDeniedException)
    }

    @Test("SSE-S3 by default; a bucket key makes the bucket's ARN the encryption context")
    func defaultsAndBucketKeys() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        try zone.world.createBucket(bucket: "plain", as: admin)
        let plain = try zone.world.putObject(bucket: "plain", key: "k", body: Self.body, as: admin)
        #expect(plain.serverSideEncryption == .aes256)
        #expect(try zone.world.getObject(bucket: "plain", key: "k", as: admin).body == Self.body)
        #expect(try zone.world.encryption(of: "arn:aws:s3:::plain").encryptedWithKMS == false)

        let key = try zone.world.createKey(as: admin)
        try zone.world.createBucket(bucket: "bucket-keys", as: admin)
        try zone.world.putBucketEncryption(
            bucket: "bucket-keys",
            configuration: ServerSideEncryptionConfiguration(
                sseAlgorithm: .awsKMS, kmsMasterKeyID: key.arn, bucketKeyEnabled: true),
            as: admin)
        let contextBound = try zone.roleSession(
            in: zone.prod, named: "bucket-scoped",
            policy: Self.policy(
                Self.allow(#""s3:*""#),
                #"{"Effect":"Allow","Action":["kms:GenerateDataKey","kms:Decrypt"],"Resource":"*","Condition":{"StringEquals":{"kms:EncryptionContext:aws:s3:arn":"arn:aws:s3:::bucket-keys"}}}"#
            ))
        for name in ["a", "b"] {
            let put = try zone.world.putObject(bucket: "bucket-keys", key: name, body: Self.body, as: contextBound)
            #expect(put.bucketKeyEnabled)
        }
        #expect(try zone.world.getObject(bucket: "bucket-keys", key: "b", as: contextBound).body == Self.body)
        // The AWS managed key aws/s3 is made on first use.
        try zone.world.createBucket(bucket: "managed", as: admin)
        let managed = try zone.world.putObject(
            bucket: "managed", key: "k", body: Self.body, serverSideEncryption: .awsKMS, as: admin)
        let awsKey = try zone.world.key("alias/aws/s3", account: zone.prod)
        #expect(managed.sseKMSKeyID == awsKey.arn)
        #expect(awsKey.keyManager == .aws)
        #expect(try zone.world.getKeyRotationStatus(keyID: awsKey.keyID, as: admin).keyRotationEnabled)
    }

    @Test("a TLS-only bucket policy denies requests without TLS")
    func tlsOnly() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        try zone.world.createBucket(bucket: "logs", as: admin)
        try zone.world.putBucketPolicy(
            bucket: "logs",
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::logs","arn:aws:s3:::logs/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
            as: admin)
        try zone.world.putObject(bucket: "logs", key: "k", body: Self.body, as: admin)
        let insecure = admin.with { $0.secureTransport = false }
        let error = #expect(throws: AWSError.self) {
            try zone.world.getObject(bucket: "logs", key: "k", as: insecure)
        }
        #expect(error?.code == .accessDenied)
        #expect(error?.decision?.explicitDenyIn == [.resource])
    }

    @Test("Block Public Access refuses public bucket policies, at bucket and account level")
    func blockPublicAccess() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        try zone.world.createBucket(bucket: "site", as: admin)
        let publicPolicy =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::site/*"}]}"#
        let orgOnly =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::site/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-example"}}}]}"#
        let blocked = #expect(throws: AWSError.self) {
            try zone.world.putBucketPolicy(bucket: "site", policy: publicPolicy, as: admin)
        }
        #expect(blocked?.code == .accessDenied)
        #expect(blocked?.message.contains("BlockPublicPolicy") == true)
        try zone.world.putBucketPolicy(bucket: "site", policy: orgOnly, as: admin)
        let off = PublicAccessBlockConfiguration(
            blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false)
        try zone.world.putPublicAccessBlock(bucket: "site", configuration: off, as: admin)
        try zone.world.putBucketPolicy(bucket: "site", policy: publicPolicy, as: admin)
        try zone.world.putAccountPublicAccessBlock(configuration: .allBlocked, as: admin)
        let accountLevel = #expect(throws: AWSError.self) {
            try zone.world.putBucketPolicy(bucket: "site", policy: publicPolicy, as: admin)
        }
        #expect(accountLevel?.code == .accessDenied)
        // RestrictPublicBuckets: the public statement no longer grants to other accounts.
        try zone.world.putObject(bucket: "site", key: "index.html", body: Self.body, as: admin)
        let outsider = try zone.roleSession(in: zone.dev, named: "reader", policy: Self.policy(Self.allow(#""s3:*""#)))
        let restricted = #expect(throws: AWSError.self) {
            try zone.world.getObject(bucket: "site", key: "index.html", as: outsider)
        }
        #expect(restricted?.code == .accessDenied)
    }

    @Test("the EBS default key is used through a grant EC2 makes on the caller's behalf")
    func ebsDefaultKeyThroughGrant() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let builderARN = "arn:aws:iam::\(zone.prod):role/builder"
        _ = try zone.roleSession(in: zone.prod, named: "builder", policy: Self.policy(Self.allow(#""ec2:*""#)))
        // The builder may describe the key, make data keys and create grants for AWS resources only: no Decrypt.
        let keyPolicy = KMSKeyTests.keyPolicy(
            account: zone.prod,
            KMSKeyTests.allow(builderARN, #"["kms:DescribeKey","kms:GenerateDataKeyWithoutPlaintext"]"#),
            KMSKeyTests.allow(
                builderARN, #""kms:CreateGrant""#,
                condition: #"{"Bool":{"kms:GrantIsForAWSResource":"true"}}"#))
        let key = try zone.world.createKey(policy: keyPolicy, as: admin)
        try zone.world.createAlias(aliasName: "alias/app1/prod/ebs", targetKeyID: key.keyID, as: admin)
        try zone.world.enableEbsEncryptionByDefault(as: admin)
        try zone.world.modifyEbsDefaultKmsKeyId(kmsKeyID: "alias/app1/prod/ebs", as: admin)
        #expect(try zone.world.getEbsDefaultKmsKeyId(as: admin) == key.arn)
        let builder = try zone.world.assumeRole(
            AssumeRoleRequest(roleARN: builderARN, roleSessionName: "builder"),
            as: zone.world.createUserIfMissing(in: zone.prod, named: "signin"))
        let instance = try zone.world.runInstances(as: builder)
        let volume = try #require(zone.world.ec2.volumes[instance.rootVolumeID])
        #expect(volume.encrypted && volume.kmsKeyID == key.arn && volume.state == "in-use")
        let grants = try zone.world.listGrants(keyID: key.keyID, as: admin).entries
        #expect(grants.count == 1)
        #expect(grants[0].granteePrincipal == "ec2.amazonaws.com")
        #expect(grants[0].operations == [.decrypt])
        #expect(grants[0].constraints == .encryptionContextSubset(["aws:ebs:id": volume.volumeID]))
        // The builder itself cannot decrypt with the key.
        let direct = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.arn, plaintext: Self.body, as: builder)
        }
        #expect(direct?.code == .accessDeniedException)
        // Without the grant EC2 can no longer attach the volume.
        try zone.world.revokeGrant(keyID: key.keyID, grantID: grants[0].grantID, as: admin)
        let second = try zone.world.createVolume(size: 10, as: builder)
        let secondGrant = try #require(second.grantID)
        try zone.world.revokeGrant(keyID: key.keyID, grantID: secondGrant, as: admin)
        let attach = #expect(throws: AWSError.self) {
            try zone.world.attachVolume(volumeID: second.volumeID, instanceID: instance.instanceID, as: builder)
        }
        #expect(attach?.code == .accessDeniedException)
        #expect(try zone.world.encryption(of: volume.arn).isEncrypted(withCustomerManagedKeyOf: zone.prod))
    }

    @Test("without a default key, encrypted volumes use aws/ebs; CreateGrant must be allowed")
    func ebsManagedKey() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let volume = try zone.world.createVolume(size: 8, encrypted: true, as: admin)
        let managed = try zone.world.key("alias/aws/ebs", account: zone.prod)
        #expect(volume.kmsKeyID == managed.arn)
        #expect(try zone.world.encryption(of: volume.arn).keyManager == .aws)
        #expect(try zone.world.createVolume(size: 8, as: admin).encrypted == false)
        // A customer key whose policy refuses CreateGrant: the volume cannot be made.
        let noGrants = KMSKeyTests.keyPolicy(
            account: zone.prod,
            #"{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:CreateGrant","Resource":"*"}"#)
        let key = try zone.world.createKey(policy: noGrants, as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.createVolume(size: 8, kmsKeyID: key.arn, as: admin)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(error?.message.contains("kms:CreateGrant") == true)
    }

    @Test("RDS encrypts storage with the given key, or aws/rds; an unusable key is KMSKeyNotAccessibleFault")
    func rds() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(as: admin)
        let db = try zone.world.createDBInstance(
            dbInstanceIdentifier: "orders", storageEncrypted: true, kmsKeyID: key.keyID, as: admin)
        #expect(db.storageEncrypted && db.kmsKeyID == key.arn)
        #expect(
            try zone.world.listGrants(keyID: key.keyID, as: admin).entries.first?.granteePrincipal
                == "rds.amazonaws.com")
        let managed = try zone.world.createDBInstance(dbInstanceIdentifier: "cache", storageEncrypted: true, as: admin)
        #expect(try zone.world.encryption(of: managed.arn).keyManager == .aws)
        let combination = #expect(throws: AWSError.self) {
            try zone.world.createDBInstance(dbInstanceIdentifier: "x", kmsKeyID: key.keyID, as: admin)
        }
        #expect(combination?.code == .invalidParameterCombinationRDS)
        try zone.world.disableKey(keyID: key.keyID, as: admin)
        let disabled = #expect(throws: AWSError.self) {
            try zone.world.createDBInstance(
                dbInstanceIdentifier: "later", storageEncrypted: true, kmsKeyID: key.keyID, as: admin)
        }
        #expect(disabled?.code == .kmsKeyNotAccessible)
        let duplicate = #expect(throws: AWSError.self) {
            try zone.world.createDBInstance(dbInstanceIdentifier: "orders", as: admin)
        }
        #expect(duplicate?.code == .dbInstanceAlreadyExists)
        #expect(try zone.world.describeDBInstances(as: admin).map(\.dbInstanceIdentifier) == ["cache", "orders"])
    }

    @Test("a CloudTrail trail delivers KMS-encrypted logs when the key and bucket policies allow its ARN")
    func cloudTrail() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let account = zone.prod
        let trailARN = "arn:aws:cloudtrail:us-east-1:\(account):trail/org-trail"
        try zone.world.createBucket(bucket: "lz-logs", as: admin)
        let keyPolicy = { (sourceArn: String) in
            KMSKeyTests.keyPolicy(
                account: account,
                #"{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"kms:GenerateDataKey*","Resource":"*","Condition":{"StringEquals":{"aws:SourceArn":"\#(sourceArn)"},"StringLike":{"kms:EncryptionContext:aws:cloudtrail:arn":"arn:aws:cloudtrail:*:\#(account):trail/*"}}}"#
            )
        }
        let key = try zone.world.createKey(policy: keyPolicy(trailARN), as: admin)
        let wrongKey = try zone.world.createKey(
            policy: keyPolicy("arn:aws:cloudtrail:us-east-1:\(account):trail/other"), as: admin)
        let missingPolicy = #expect(throws: AWSError.self) {
            try zone.world.createTrail(name: "org-trail", s3BucketName: "lz-logs", kmsKeyID: key.arn, as: admin)
        }
        #expect(missingPolicy?.code == .insufficientS3BucketPolicy)
        try zone.world.putBucketPolicy(
            bucket: "lz-logs",
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::lz-logs","Condition":{"StringEquals":{"aws:SourceArn":"\#(trailARN)"}}},{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::lz-logs/AWSLogs/\#(account)/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control","aws:SourceArn":"\#(trailARN)"}}}]}"#,
            as: admin)
        let wrongSource = #expect(throws: AWSError.self) {
            try zone.world.createTrail(name: "org-trail", s3BucketName: "lz-logs", kmsKeyID: wrongKey.arn, as: admin)
        }
        #expect(wrongSource?.code == .insufficientEncryptionPolicy)
        let noKey = #expect(throws: AWSError.self) {
            try zone.world.createTrail(
                name: "org-trail", s3BucketName: "lz-logs", kmsKeyID: "alias/missing", as: admin)
        }
        #expect(noKey?.code == .kmsKeyNotFound)
        let trail = try zone.world.createTrail(
            name: "org-trail", s3BucketName: "lz-logs", isMultiRegionTrail: true, enableLogFileValidation: true,
            kmsKeyID: key.arn, as: admin)
        #expect(trail.kmsKeyID == key.arn && trail.isMultiRegionTrail && trail.logFileValidationEnabled)
        let logKey = try zone.world.deliverLogFile(
            trailARN: trail.trailARN, events: #"{"Records":[{"eventName":"x"}]}"#)
        let object = try #require(zone.world.bucket("lz-logs").objects[logKey])
        #expect(object.serverSideEncryption == .awsKMS && object.sseKMSKeyID == key.arn)
        #expect(try zone.world.bucket("lz-logs").objects.keys.contains { $0.contains("CloudTrail-Digest") })
        #expect(try zone.world.encryption(of: trail.trailARN).isEncrypted(withCustomerManagedKeyOf: account))
    }
}
