import Crypto
import Foundation
import LZPolicy
import Testing

@testable import LZSim

/// KMS's cryptography: ciphertexts bound to their key and context, rotation, multi-Region
/// replicas, data keys, signatures, MACs and public keys.
@Suite struct KMSCryptoTests {
    static let data = Data("production data".utf8)

    static func setUp() throws -> (LandingZone, Session) {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        return (zone, admin)
    }

    @Test("a ciphertext opens only with the exact encryption context, and not once changed")
    func contextAndTampering() throws {
        var (zone, admin) = try Self.setUp()
        let key = try zone.world.createKey(as: admin)
        let context = ["app": "app1", "table": "orders"]
        let sealed = try zone.world.encrypt(
            keyID: key.keyID, plaintext: Self.data, encryptionContext: context, as: admin)
        #expect(sealed.ciphertextBlob != Self.data)
        let opened = try zone.world.decrypt(
            ciphertextBlob: sealed.ciphertextBlob, encryptionContext: context, as: admin)
        #expect(opened.plaintext == Self.data)
        #expect(opened.keyID == key.arn)
        for wrong in [
            [:], ["app": "app1"], ["app": "app1", "table": "Orders"], context.merging(["x": "y"]) { a, _ in a },
        ] {
            let error = #expect(throws: AWSError.self) {
                try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, encryptionContext: wrong, as: admin)
            }
            #expect(error?.code == .invalidCiphertext)
        }
        var tampered = sealed.ciphertextBlob
        tampered[tampered.count - 20] ^= 0x01
        let error = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: tampered, encryptionContext: context, as: admin)
        }
        #expect(error?.code == .invalidCiphertext)
        let garbage = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: Data("not a ciphertext".utf8), as: admin)
        }
        #expect(garbage?.code == .invalidCiphertext)
        // Naming another key than the one that encrypted it.
        let other = try zone.world.createKey(as: admin)
        let wrongKey = #expect(throws: AWSError.self) {
            try zone.world.decrypt(
                ciphertextBlob: sealed.ciphertextBlob, keyID: other.keyID, encryptionContext: context, as: admin)
        }
        #expect(wrongKey?.code == .incorrectKey)
    }

    @Test("rotation happens as the clock passes each period, and old ciphertexts still decrypt")
    func rotationOnTheClock() throws {
        var (zone, admin) = try Self.setUp()
        let key = try zone.world.createKey(as: admin)
        for period in [89, 2_561] {
            let error = #expect(throws: AWSError.self) {
                try zone.world.enableKeyRotation(keyID: key.keyID, rotationPeriodInDays: period, as: admin)
            }
            #expect(error?.code == .kmsValidation)
            #expect(error?.message.contains("\(period)") == true)
        }
        let original = try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: admin)
        try zone.world.enableKeyRotation(keyID: key.keyID, rotationPeriodInDays: 90, as: admin)
        var status = try zone.world.getKeyRotationStatus(keyID: key.keyID, as: admin)
        #expect(status.keyRotationEnabled && status.rotationPeriodInDays == 90)
        #expect(status.nextRotationDate == zone.world.now + 90 * 86_400)
        try zone.world.advanceClock(by: 200 * 86_400)
        let later = try zone.administrator(of: zone.prod)
        let rotations = try zone.world.listKeyRotations(keyID: key.keyID, as: later).entries
        #expect(rotations.map(\.rotationType) == [.automatic, .automatic])
        status = try zone.world.getKeyRotationStatus(keyID: key.keyID, as: later)
        #expect(status.nextRotationDate == rotations[1].rotationDate + 90 * 86_400)
        let rotated = try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: later)
        #expect(try zone.world.decrypt(ciphertextBlob: original.ciphertextBlob, as: later).plaintext == Self.data)
        #expect(try zone.world.decrypt(ciphertextBlob: rotated.ciphertextBlob, as: later).plaintext == Self.data)
        // The material really changed: the version in the blob differs.
        #expect(CiphertextBlob.parse([UInt8](original.ciphertextBlob))?.0.version == 0)
        #expect(CiphertextBlob.parse([UInt8](rotated.ciphertextBlob))?.0.version == 2)
        try zone.world.rotateKeyOnDemand(keyID: key.keyID, as: later)
        #expect(try zone.world.listKeyRotations(keyID: key.keyID, as: later).entries.last?.rotationType == .onDemand)
        // A disabled key does not rotate; enabled again after a missed rotation, it rotates at once.
        try zone.world.disableKey(keyID: key.keyID, as: later)
        try zone.world.advanceClock(by: 100 * 86_400)
        let after = try zone.administrator(of: zone.prod)
        try zone.world.enableKey(keyID: key.keyID, as: after)
        let all = try zone.world.listKeyRotations(keyID: key.keyID, as: after).entries
        #expect(all.count == 4)
        #expect(all.last?.rotationDate == zone.world.now)
        #expect(try zone.world.decrypt(ciphertextBlob: original.ciphertextBlob, as: after).plaintext == Self.data)
    }

    @Test("rotation is only for symmetric keys with KMS material")
    func rotationUnsupported() throws {
        var (zone, admin) = try Self.setUp()
        let hmac = try zone.world.createKey(keyUsage: .generateVerifyMAC, keySpec: .hmac256, as: admin)
        let error = #expect(throws: AWSError.self) {
            try zone.world.enableKeyRotation(keyID: hmac.keyID, as: admin)
        }
        #expect(error?.code == .unsupportedOperation)
    }

    @Test("the same world seed derives the same symmetric material")
    func deterministicMaterial() throws {
        var (first, firstAdmin) = try Self.setUp()
        var (second, secondAdmin) = try Self.setUp()
        let key = try first.world.createKey(as: firstAdmin)
        let same = try second.world.createKey(as: secondAdmin)
        #expect(key.keyID == same.keyID)
        let sealed = try first.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: firstAdmin)
        #expect(try second.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: secondAdmin).plaintext == Self.data)
    }

    @Test("a multi-Region replica shares the material, has its own policy, and holds the primary's deletion")
    func replicas() throws {
        var (zone, admin) = try Self.setUp()
        let primary = try zone.world.createKey(multiRegion: true, as: admin)
        #expect(primary.keyID.hasPrefix("mrk-"))
        #expect(primary.multiRegionConfiguration?.multiRegionKeyType == .primary)
        try zone.world.enableKeyRotation(keyID: primary.keyID, as: admin)
        let reader = try zone.roleSession(
            in: zone.prod, named: "reader",
            policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}"#)
        let adminRole = "arn:aws:iam::\(zone.prod):role/OrganizationAccountAccessRole"
        let replicaPolicy = KMSKeyTests.keyPolicy(
            account: zone.prod, rootDelegation: false, KMSKeyTests.allow(adminRole, #""kms:*""#))
        let replica = try zone.world.replicateKey(
            keyID: primary.keyID, replicaRegion: "eu-west-1", policy: replicaPolicy, as: admin)
        #expect(replica.arn == "arn:aws:kms:eu-west-1:\(zone.prod):key/\(primary.keyID)")
        #expect(replica.multiRegionConfiguration?.multiRegionKeyType == .replica)
        #expect(replica.multiRegionConfiguration?.primaryKey.region == "us-east-1")
        #expect(
            try zone.world.describeKey(keyID: primary.keyID, as: admin).multiRegionConfiguration?.replicaKeys.map(
                \.region) == ["eu-west-1"])
        let again = #expect(throws: AWSError.self) {
            try zone.world.replicateKey(keyID: primary.keyID, replicaRegion: "eu-west-1", as: admin)
        }
        #expect(again?.code == .alreadyExists)
        // A ciphertext of the primary decrypts with the replica in the other Region.
        let sealed = try zone.world.encrypt(
            keyID: primary.keyID, plaintext: Self.data, encryptionContext: ["a": "b"], as: reader)
        let adminInEU = admin.with { $0.region = "eu-west-1" }
        #expect(
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, encryptionContext: ["a": "b"], as: adminInEU)
                .plaintext == Self.data)
        // The replica's own policy does not delegate to IAM: the reader is refused there.
        let readerInEU = reader.with { $0.region = "eu-west-1" }
        let refused = #expect(throws: AWSError.self) {
            try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, encryptionContext: ["a": "b"], as: readerInEU)
        }
        #expect(refused?.code == .accessDeniedException)
        // Rotation is managed on the primary.
        let replicaRotation = #expect(throws: AWSError.self) {
            try zone.world.enableKeyRotation(keyID: primary.keyID, as: adminInEU)
        }
        #expect(replicaRotation?.code == .unsupportedOperation)
        // Deleting the primary waits for its replica.
        let scheduled = try zone.world.scheduleKeyDeletion(keyID: primary.keyID, pendingWindowInDays: 7, as: admin)
        #expect(scheduled.keyState == .pendingReplicaDeletion)
        #expect(scheduled.deletionDate == nil)
        try zone.world.scheduleKeyDeletion(keyID: primary.keyID, pendingWindowInDays: 7, as: adminInEU)
        try zone.world.advanceClock(by: 8 * 86_400)
        let later = try zone.administrator(of: zone.prod)
        #expect(try zone.world.describeKey(keyID: primary.keyID, as: later).keyState == .pendingDeletion)
        let replicaGone = #expect(throws: AWSError.self) {
            try zone.world.describeKey(keyID: primary.keyID, as: later.with { $0.region = "eu-west-1" })
        }
        #expect(replicaGone?.code == .notFound)
        try zone.world.advanceClock(by: 7 * 86_400)
        let last = try zone.administrator(of: zone.prod)
        #expect(throws: AWSError.self) { try zone.world.describeKey(keyID: primary.keyID, as: last) }
    }

    @Test("UpdatePrimaryRegion swaps primary and replica")
    func updatePrimary() throws {
        var (zone, admin) = try Self.setUp()
        let primary = try zone.world.createKey(multiRegion: true, as: admin)
        try zone.world.replicateKey(keyID: primary.keyID, replicaRegion: "eu-west-1", as: admin)
        try zone.world.updatePrimaryRegion(keyID: primary.keyID, primaryRegion: "eu-west-1", as: admin)
        let old = try zone.world.describeKey(keyID: primary.keyID, as: admin)
        #expect(old.multiRegionConfiguration?.multiRegionKeyType == .replica)
        #expect(old.multiRegionConfiguration?.primaryKey.region == "eu-west-1")
    }

    @Test("data keys, re-encryption and random bytes")
    func dataKeys() throws {
        var (zone, admin) = try Self.setUp()
        let key = try zone.world.createKey(as: admin)
        let other = try zone.world.createKey(as: admin)
        let dataKey = try zone.world.generateDataKey(
            keyID: key.keyID, keySpec: .aes256, encryptionContext: ["bucket": "b"], as: admin)
        #expect(dataKey.plaintext?.count == 32)
        let opened = try zone.world.decrypt(
            ciphertextBlob: dataKey.ciphertextBlob, encryptionContext: ["bucket": "b"], as: admin)
        #expect(opened.plaintext == dataKey.plaintext)
        let withoutPlaintext = try zone.world.generateDataKeyWithoutPlaintext(
            keyID: key.keyID, numberOfBytes: 64, as: admin)
        #expect(withoutPlaintext.plaintext == nil)
        #expect(
            try zone.world.decrypt(ciphertextBlob: withoutPlaintext.ciphertextBlob, as: admin).plaintext.count == 64)
        let neither = #expect(throws: AWSError.self) { try zone.world.generateDataKey(keyID: key.keyID, as: admin) }
        #expect(neither?.code == .kmsValidation)
        let reEncrypted = try zone.world.reEncrypt(
            ciphertextBlob: dataKey.ciphertextBlob, sourceEncryptionContext: ["bucket": "b"],
            destinationKeyID: other.keyID, as: admin)
        #expect(reEncrypted.sourceKeyID == key.arn && reEncrypted.keyID == other.arn)
        #expect(
            try zone.world.decrypt(ciphertextBlob: reEncrypted.ciphertextBlob, as: admin).plaintext == dataKey.plaintext
        )
        let pair = try zone.world.generateDataKeyPair(keyID: key.keyID, keyPairSpec: .eccNISTP256, as: admin)
        let privateKey = try P256.Signing.PrivateKey(derRepresentation: pair.privateKeyPlaintext!)
        #expect(privateKey.publicKey.derRepresentation == pair.publicKey)
        #expect(
            try zone.world.decrypt(ciphertextBlob: pair.privateKeyCiphertextBlob, as: admin).plaintext
                == pair.privateKeyPlaintext)
        #expect(try zone.world.generateRandom(numberOfBytes: 32, as: admin).count == 32)
        let tooMany = #expect(throws: AWSError.self) { try zone.world.generateRandom(numberOfBytes: 1_025, as: admin) }
        #expect(tooMany?.code == .kmsValidation)
    }

    @Test("RSA keys encrypt with OAEP within their size limit; asymmetric ciphertexts need the KeyId")
    func rsaEncryption() throws {
        var (zone, admin) = try Self.setUp()
        let key = try zone.world.createKey(keyUsage: .encryptDecrypt, keySpec: .rsa2048, as: admin)
        let sealed = try zone.world.encrypt(
            keyID: key.keyID, plaintext: Self.data, encryptionAlgorithm: .rsaesOAEPSHA256, as: admin)
        let opened = try zone.world.decrypt(
            ciphertextBlob: sealed.ciphertextBlob, keyID: key.keyID, encryptionAlgorithm: .rsaesOAEPSHA256, as: admin)
        #expect(opened.plaintext == Self.data)
        let noKey = #expect(throws: AWSError.self) {
            try zone.world.decrypt(
                ciphertextBlob: sealed.ciphertextBlob, encryptionAlgorithm: .rsaesOAEPSHA256, as: admin)
        }
        #expect(noKey?.code == .invalidCiphertext)
        let tooLong = #expect(throws: AWSError.self) {
            try zone.world.encrypt(
                keyID: key.keyID, plaintext: Data(count: 191), encryptionAlgorithm: .rsaesOAEPSHA256, as: admin)
        }
        #expect(tooLong?.code == .kmsValidation)
        let symmetricAlgorithm = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: admin)
        }
        #expect(symmetricAlgorithm?.code == .invalidKeyUsage)
        // The public key works outside KMS too.
        let publicKey = try zone.world.getPublicKey(keyID: key.keyID, as: admin)
        #expect(publicKey.encryptionAlgorithms == [.rsaesOAEPSHA1, .rsaesOAEPSHA256])
    }

    @Test("Sign and Verify with RSA and ECC keys; the public key verifies outside KMS")
    func signatures() throws {
        var (zone, admin) = try Self.setUp()
        let cases: [(KeySpec, SigningAlgorithmSpec)] = [
            (.rsa2048, .rsassaPSSSHA256), (.rsa2048, .rsassaPKCS1v15SHA512), (.eccNISTP256, .ecdsaSHA256),
            (.eccNISTP384, .ecdsaSHA384), (.eccNISTP521, .ecdsaSHA512),
        ]
        for (spec, algorithm) in cases {
            let key = try zone.world.createKey(keyUsage: .signVerify, keySpec: spec, as: admin)
            let signed = try zone.world.sign(
                keyID: key.keyID, message: Self.data, signingAlgorithm: algorithm, as: admin)
            #expect(
                try zone.world.verify(
                    keyID: key.keyID, message: Self.data, signature: signed.signature, signingAlgorithm: algorithm,
                    as: admin))
            let bad = #expect(throws: AWSError.self) {
                try zone.world.verify(
                    keyID: key.keyID, message: Data("other".utf8), signature: signed.signature,
                    signingAlgorithm: algorithm, as: admin)
            }
            #expect(bad?.code == .kmsInvalidSignature)
        }
        // ECDSA over a digest, verified with swift-crypto from the public key KMS returns.
        let key = try zone.world.createKey(keyUsage: .signVerify, keySpec: .eccNISTP256, as: admin)
        let digest = Data(SHA256.hash(data: Self.data))
        let signed = try zone.world.sign(
            keyID: key.keyID, message: digest, messageType: .digest, signingAlgorithm: .ecdsaSHA256, as: admin)
        let publicKey = try P256.Signing.PublicKey(
            derRepresentation: zone.world.getPublicKey(keyID: key.keyID, as: admin).publicKey)
        #expect(
            publicKey.isValidSignature(
                try P256.Signing.ECDSASignature(derRepresentation: signed.signature), for: Self.data))
        let shortDigest = #expect(throws: AWSError.self) {
            try zone.world.sign(
                keyID: key.keyID, message: Data(count: 20), messageType: .digest, signingAlgorithm: .ecdsaSHA256,
                as: admin)
        }
        #expect(shortDigest?.code == .kmsValidation)
        let wrongAlgorithm = #expect(throws: AWSError.self) {
            try zone.world.sign(keyID: key.keyID, message: Self.data, signingAlgorithm: .ecdsaSHA384, as: admin)
        }
        #expect(wrongAlgorithm?.code == .invalidKeyUsage)
        let symmetric = try zone.world.createKey(as: admin)
        let notSigning = #expect(throws: AWSError.self) {
            try zone.world.sign(keyID: symmetric.keyID, message: Self.data, signingAlgorithm: .ecdsaSHA256, as: admin)
        }
        #expect(notSigning?.code == .invalidKeyUsage)
    }

    @Test("HMAC keys generate and verify MACs, HMAC_224 included")
    func macs() throws {
        var (zone, admin) = try Self.setUp()
        for (spec, algorithm, length) in [
            (KeySpec.hmac224, MacAlgorithmSpec.hmacSHA224, 28), (.hmac256, .hmacSHA256, 32),
            (.hmac384, .hmacSHA384, 48),
            (.hmac512, .hmacSHA512, 64),
        ] {
            let key = try zone.world.createKey(keyUsage: .generateVerifyMAC, keySpec: spec, as: admin)
            let mac = try zone.world.generateMac(
                keyID: key.keyID, message: Self.data, macAlgorithm: algorithm, as: admin)
            #expect(mac.mac.count == length)
            #expect(
                try zone.world.verifyMac(
                    keyID: key.keyID, message: Self.data, mac: mac.mac, macAlgorithm: algorithm, as: admin))
            let bad = #expect(throws: AWSError.self) {
                try zone.world.verifyMac(
                    keyID: key.keyID, message: Data("x".utf8), mac: mac.mac, macAlgorithm: algorithm, as: admin)
            }
            #expect(bad?.code == .kmsInvalidMAC)
        }
    }

    @Test("SHA-224 and HMAC-SHA-224 match the published test vectors")
    func sha224Vectors() {
        let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA224.hash(Array("abc".utf8))) == "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")
        #expect(hex(SHA224.hash([])) == "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hex(SHA224.hash(long)) == "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525")
        // RFC 4231 test case 2.
        let mac = SHA224.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(hex(mac) == "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44")
    }

    @Test("digests given as bytes are swift-crypto's own digests")
    func digestBytes() {
        let sha256 = SHA256.hash(data: Self.data)
        #expect(DigestBytes.sha256(Array(sha256)) == sha256)
        let sha384 = SHA384.hash(data: Self.data)
        #expect(DigestBytes.sha384(Array(sha384)) == sha384)
        let sha512 = SHA512.hash(data: Self.data)
        #expect(DigestBytes.sha512(Array(sha512)) == sha512)
    }

    @Test("ECDH key agreement derives the same secret on both sides")
    func keyAgreement() throws {
        var (zone, admin) = try Self.setUp()
        let key = try zone.world.createKey(keyUsage: .keyAgreement, keySpec: .eccNISTP256, as: admin)
        let peer = P256.KeyAgreement.PrivateKey()
        let secret = try zone.world.deriveSharedSecret(
            keyID: key.keyID, publicKey: peer.publicKey.derRepresentation, as: admin)
        let kmsPublic = try P256.KeyAgreement.PublicKey(
            derRepresentation: zone.world.getPublicKey(keyID: key.keyID, as: admin).publicKey)
        let expected = try peer.sharedSecretFromKeyAgreement(with: kmsPublic).withUnsafeBytes { Data($0) }
        #expect(secret == expected)
    }

    @Test("imported material: PendingImport until imported, expiring on the clock, only the same material again")
    func importedMaterial() throws {
        var (zone, admin) = try Self.setUp()
        let key = try zone.world.createKey(origin: .external, as: admin)
        #expect(key.keyState == .pendingImport)
        let notYet = #expect(throws: AWSError.self) {
            try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: admin)
        }
        #expect(notYet?.code == .kmsInvalidState)
        let material = Data(repeating: 7, count: 32)
        try zone.world.importKeyMaterial(
            keyID: key.keyID, keyMaterial: material, validTo: zone.world.now + 86_400, as: admin)
        let sealed = try zone.world.encrypt(keyID: key.keyID, plaintext: Self.data, as: admin)
        // The ciphertext is plain AES-GCM under the imported material.
        let otherMaterial = #expect(throws: AWSError.self) {
            try zone.world.importKeyMaterial(keyID: key.keyID, keyMaterial: Data(count: 32), as: admin)
        }
        #expect(otherMaterial?.code == .incorrectKeyMaterial)
        try zone.world.advanceClock(by: 86_400)
        let later = try zone.administrator(of: zone.prod)
        #expect(try zone.world.describeKey(keyID: key.keyID, as: later).keyState == .pendingImport)
        try zone.world.importKeyMaterial(keyID: key.keyID, keyMaterial: material, as: later)
        #expect(try zone.world.decrypt(ciphertextBlob: sealed.ciphertextBlob, as: later).plaintext == Self.data)
    }
}
