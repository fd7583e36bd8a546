import Foundation
import LZPolicy

extension World {
    /// A session of an AWS service acting as its own service principal (`ec2.amazonaws.com`,
    /// `cloudtrail.amazonaws.com`), for what a service does with grants or resource policies.
    func serviceSession(_ service: String, region: String) -> Session {
        Session(principal: Principal(arn: service)!, issuedAt: now, attributes: RequestAttributes(region: region))
    }

    /// The caller's session as a service sees it when it calls another on the caller's behalf.
    func session(_ session: Session, via service: String, region: String) -> Session {
        session.with {
            $0.calledVia.append(service)
            $0.region = region
        }
    }

    /// Authorizes an EC2 action; EC2 spells a denial `UnauthorizedOperation`.
    func requireEC2Access(
        _ action: String,
        resource: String,
        as session: Session,
        context: [String: [String]] = [:]
    ) throws(AWSError) {
        try requireAccess(
            AccessRequest(
                session: session, action: action,
                resource: ResourceReference(arn: resource, accountID: session.accountID),
                context: context),
            deniedCode: .unauthorizedOperation)
    }

    mutating func updateEBSDefaults(of session: Session, _ change: (inout EBSEncryptionDefaults) -> Void) {
        let slot = "\(session.accountID)/\(requestRegion(of: session))"
        var defaults = ec2.encryptionDefaults[slot] ?? EBSEncryptionDefaults()
        change(&defaults)
        ec2.encryptionDefaults[slot] = defaults
    }

    /// `EnableEbsEncryptionByDefault` for the caller's account in its Region.
    public mutating func enableEbsEncryptionByDefault(as session: Session) throws(AWSError) {
        try requireEC2Access("ec2:EnableEbsEncryptionByDefault", resource: "*", as: session)
        updateEBSDefaults(of: session) { $0.encryptionByDefault = true }
    }

    /// `DisableEbsEncryptionByDefault`.
    public mutating func disableEbsEncryptionByDefault(as session: Session) throws(AWSError) {
        try requireEC2Access("ec2:DisableEbsEncryptionByDefault", resource: "*", as: session)
        updateEBSDefaults(of: session) { $0.encryptionByDefault = false }
    }

    /// `GetEbsEncryptionByDefault`.
    public func getEbsEncryptionByDefault(as session: Session) throws(AWSError) -> Bool {
        try requireEC2Access("ec2:GetEbsEncryptionByDefault", resource: "*", as: session)
        return ec2.encryptionDefaults(account: session.accountID, region: requestRegion(of: session))
            .encryptionByDefault
    }

    /// `ModifyEbsDefaultKmsKeyId`: the key new encrypted volumes use by default. The key must be a
    /// symmetric encryption key; EC2 does not check the caller may use it until a volume is made.
    /// - Returns: The key's ARN.
    @discardableResult
    public mutating func modifyEbsDefaultKmsKeyId(kmsKeyID: String, as session: Session) throws(AWSError) -> String {
        try requireEC2Access("ec2:ModifyEbsDefaultKmsKeyId", resource: "*", as: session)
        let key: KMSKey
        do {
            key = try resolveKey(kmsKeyID, for: session, operation: "ModifyEbsDefaultKmsKeyId", rules: .cryptographic)
                .key
        } catch {
            throw AWSError(.invalidParameterValue, "KmsKeyId \(kmsKeyID) is not a key EC2 can find: \(error.message)")
        }
        guard key.keySpec == .symmetricDefault, key.keyUsage == .encryptDecrypt else {
            throw AWSError(
                .invalidParameterValue, "EBS encrypts with symmetric keys only; \(key.arn) is \(key.keySpec)")
        }
        updateEBSDefaults(of: session) { $0.defaultKMSKeyID = key.arn }
        return key.arn
    }

    /// `GetEbsDefaultKmsKeyId`: the key's ARN, or the ARN of the alias `aws/ebs` when none is set.
    public func getEbsDefaultKmsKeyId(as session: Session) throws(AWSError) -> String {
        try requireEC2Access("ec2:GetEbsDefaultKmsKeyId", resource: "*", as: session)
        let region = requestRegion(of: session)
        return ec2.encryptionDefaults(account: session.accountID, region: region).defaultKMSKeyID
            ?? aliasARN(session.accountID, region, "alias/aws/ebs")
    }

    /// `ResetEbsDefaultKmsKeyId`: back to `aws/ebs`.
    public mutating func resetEbsDefaultKmsKeyId(as session: Session) throws(AWSError) {
        try requireEC2Access("ec2:ResetEbsDefaultKmsKeyId", resource: "*", as: session)
        updateEBSDefaults(of: session) { $0.defaultKMSKeyID = nil }
    }

    /// `CreateVolume`. An encrypted volume (asked for, or by the account's encryption by default)
    /// uses the key given, else the account's default key, else `aws/ebs` (made on first use).
    /// EC2 then calls KMS as the caller (`kms:ViaService` `ec2.REGION.amazonaws.com`):
    /// `DescribeKey`, `GenerateDataKeyWithoutPlaintext` with the context `aws:ebs:id`, and
    /// `CreateGrant` (`kms:GrantIsForAWSResource` true) letting `ec2.amazonaws.com` decrypt the
    /// volume's data key when it is attached
    /// (https://docs.aws.amazon.com/kms/latest/developerguide/services-ebs.html).
    /// - Throws: `UnauthorizedOperation` (EC2), `InvalidParameterValue`, and KMS's errors as KMS reports them.
    @discardableResult
    public mutating func createVolume(
        size: Int,
        availabilityZone: String? = nil,
        encrypted: Bool? = nil,
        kmsKeyID: String? = nil,
        as session: Session
    ) throws(AWSError) -> EBSVolume {
        guard (1...65_536).contains(size) else {
            throw AWSError(.invalidParameterValue, "Size must be 1 to 65536 GiB, not \(size)")
        }
        if encrypted == false, kmsKeyID != nil {
            throw AWSError(.invalidParameterCombination, "KmsKeyId \(kmsKeyID!) needs Encrypted true")
        }
        let region = requestRegion(of: session)
        let defaults = ec2.encryptionDefaults(account: session.accountID, region: region)
        let isEncrypted = encrypted == true || kmsKeyID != nil || defaults.encryptionByDefault
        let volumeID = "vol-" + ids.hexadecimal(17)
        let arn = "arn:\(partition):ec2:\(region):\(session.accountID):volume/\(volumeID)"
        try requireEC2Access(
            "ec2:CreateVolume", resource: arn, as: session,
            context: ["ec2:Encrypted": [isEncrypted ? "true" : "false"], "ec2:VolumeSize": [String(size)]])
        var keyARN: String?
        var dataKey: Data?
        var grantID: String?
        if isEncrypted {
            let requested = kmsKeyID ?? defaults.defaultKMSKeyID
            var keyIdentifier = requested ?? ""
            if requested == nil {
                keyIdentifier = try awsManagedKey(service: "ebs", accountID: session.accountID, region: region).arn
            }
            let viaEC2 = self.session(session, via: "ec2.amazonaws.com", region: region)
            let key = try describeKey(keyID: keyIdentifier, as: viaEC2)
            let context = ["aws:ebs:id": volumeID]
            dataKey =
                try generateDataKeyWithoutPlaintext(
                    keyID: key.arn, keySpec: .aes256, encryptionContext: context, as: viaEC2
                ).ciphertextBlob
            grantID =
                try createGrant(
                    keyID: key.arn, granteePrincipal: "ec2.amazonaws.com", operations: [.decrypt],
                    constraints: .encryptionContextSubset(context), as: viaEC2
                ).grantID
            keyARN = key.arn
        }
        let volume = EBSVolume(
            volumeID: volumeID, arn: arn, accountID: session.accountID, region: region,
            availabilityZone: availabilityZone ?? "\(region)a", size: size, encrypted: isEncrypted, kmsKeyID: keyARN,
            encryptedDataKey: dataKey, grantID: grantID, state: "available", attachedInstanceID: nil, createTime: now)
        ec2.volumes[volumeID] = volume
        return volume
    }

    /// `RunInstances` of one instance, with a root volume made as `CreateVolume` makes it and
    /// attached: EC2, as `ec2.amazonaws.com`, decrypts the volume's data key through the grant it
    /// made, so an instance with an encrypted root volume starts only while that grant exists and
    /// the key is usable.
    @discardableResult
    public mutating func runInstances(
        instanceType: String = "t3.micro",
        rootVolumeSize: Int = 8,
        encrypted: Bool? = nil,
        kmsKeyID: String? = nil,
        as session: Session
    ) throws(AWSError) -> EC2Instance {
        let region = requestRegion(of: session)
        let instanceID = "i-" + ids.hexadecimal(17)
        try requireEC2Access(
            "ec2:RunInstances", resource: "arn:\(partition):ec2:\(region):\(session.accountID):instance/\(instanceID)",
            as: session)
        let volume = try createVolume(size: rootVolumeSize, encrypted: encrypted, kmsKeyID: kmsKeyID, as: session)
        try attach(volume, to: instanceID)
        let instance = EC2Instance(
            instanceID: instanceID, accountID: session.accountID, region: region, instanceType: instanceType,
            rootVolumeID: volume.volumeID)
        ec2.instances[instanceID] = instance
        return instance
    }

    /// `AttachVolume`.
    public mutating func attachVolume(volumeID: String, instanceID: String, as session: Session) throws(AWSError) {
        guard let volume = ec2.volumes[volumeID], volume.accountID == session.accountID else {
            throw AWSError(.invalidVolumeNotFound, "The volume '\(volumeID)' does not exist.")
        }
        try requireEC2Access("ec2:AttachVolume", resource: volume.arn, as: session)
        try attach(volume, to: instanceID)
    }

    /// EC2 decrypting a volume's data key through its grant, as the volume is attached.
    private mutating func attach(_ volume: EBSVolume, to instanceID: String) throws(AWSError) {
        if let blob = volume.encryptedDataKey {
            let ec2Service = serviceSession("ec2.amazonaws.com", region: volume.region)
            _ = try decrypt(ciphertextBlob: blob, encryptionContext: ["aws:ebs:id": volume.volumeID], as: ec2Service)
        }
        ec2.volumes[volume.volumeID]?.state = "in-use"
        ec2.volumes[volume.volumeID]?.attachedInstanceID = instanceID
    }
}
