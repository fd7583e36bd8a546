import Crypto
import Foundation
import LZPolicy
import SwiftASN1
import Testing

@testable import LZSim

/// `ECC_SECG_P256K1` keys through the world: Sign, Verify, GetPublicKey and data key pairs, with
/// KMS's authorization and its spec and usage errors.
@Suite struct KMSSecp256k1Tests {
    static let message = Data("transfer 10 to treasury".utf8)

    static func setUp(seed: UInt64 = 7) throws -> (LandingZone, Session, KeyMetadata) {
        var zone = try LandingZone(seed: seed)
        let admin = try zone.administrator(of: zone.prod)
        let key = try zone.world.createKey(keyUsage: .signVerify, keySpec: .eccSECGP256K1, as: admin)
        return (zone, admin, key)
    }

    @Test("a secp256k1 key signs RAW and DIGEST messages, and Verify accepts both")
    func signAndVerify() throws {
        let (zone, admin, key) = try Self.setUp()
        let raw = try zone.world.sign(
            keyID: key.keyID, message: Self.message, signingAlgorithm: .ecdsaSHA256, as: admin)
        #expect(raw.keyID == key.arn)
        #expect(raw.signingAlgorithm == .ecdsaSHA256)
        #expect(raw.signature.first == 0x30)
        let digest = Data(SHA256.hash(data: Self.message))
        let digested = try zone.world.sign(
            keyID: key.keyID, message: digest, messageType: .digest, signingAlgorithm: .ecdsaSHA256, as: admin)
        // RAW hashes with SHA-256, so both sign the same digest; RFC 6979 nonces make them equal.
        #expect(digested.signature == raw.signature)
        #expect(
            try zone.world.verify(
                keyID: key.keyID, message: Self.message, signature: raw.signature, signingAlgorithm: .ecdsaSHA256,
                as: admin))
        #expect(
            try zone.world.verify(
                keyID: key.keyID, message: digest, messageType: .digest, signature: raw.signature,
                signingAlgorithm: .ecdsaSHA256, as: admin))
    }

    @Test("a changed message or signature fails Verify with KMSInvalidSignatureException")
    func tampering() throws {
        let (zone, admin, key) = try Self.setUp()
        let signed = try zone.world.sign(
            keyID: key.keyID, message: Self.message, signingAlgorithm: .ecdsaSHA256, as: admin)
        var flipped = signed.signature
        flipped[flipped.count - 1] ^= 0x01
        let cases: [(Data, Data)] = [
            (Data("transfer 99 to treasury".utf8), signed.signature),
            (Self.message, flipped),
            (Self.message, Data("not DER".utf8)),
            (Self.message, signed.signature + [0]),
        ]
        for (message, signature) in cases {
            let error = #expect(throws: AWSError.self) {
                try zone.world.verify(
                    keyID: key.keyID, message: message, signature: signature, signingAlgorithm: .ecdsaSHA256,
                    as: admin)
            }
            #expect(error?.code == .kmsInvalidSignature)
            #expect(error?.message == "the signature does not verify with \(key.arn) and ECDSA_SHA_256")
        }
    }

    @Test("GetPublicKey returns id-ecPublicKey on secp256k1, and the key verifies KMS's signature outside the world")
    func publicKey() throws {
        let (zone, admin, key) = try Self.setUp()
        let result = try zone.world.getPublicKey(keyID: key.keyID, as: admin)
        #expect(result.keySpec == .eccSECGP256K1)
        #expect(result.keyUsage == .signVerify)
        #expect(result.signingAlgorithms == [.ecdsaSHA256])
        #expect(result.encryptionAlgorithms.isEmpty)
        let (algorithm, curve) = try DER.sequence(DER.parse([UInt8](result.publicKey)), identifier: .sequence) {
            nodes in
            let identifiers = try DER.sequence(nodes.next()!, identifier: .sequence) { inner in
                (try ASN1ObjectIdentifier(derEncoded: &inner), try ASN1ObjectIdentifier(derEncoded: &inner))
            }
            let point = try ASN1BitString(derEncoded: &nodes)
            #expect(point.bytes.count == 65)
            #expect(point.bytes.first == 0x04)
            return identifiers
        }
        #expect(algorithm == ASN1ObjectIdentifier.AlgorithmIdentifier.idEcPublicKey)
        #expect(curve == [1, 3, 132, 0, 10])

        let signed = try zone.world.sign(
            keyID: key.keyID, message: Self.message, signingAlgorithm: .ecdsaSHA256, as: admin)
        let outside = try #require(Secp256k1PublicKey(derRepresentation: [UInt8](result.publicKey)))
        let signature = try #require(Secp256k1Signature(derRepresentation: [UInt8](signed.signature)))
        #expect(outside.isValidSignature(signature, forDigest: Array(SHA256.hash(data: Self.message))))
        #expect(!outside.isValidSignature(signature, forDigest: Array(SHA256.hash(data: Data("other".utf8)))))
    }

    @Test("the key's material comes from the world's seed: the same seed gives the same key, another seed another")
    func deterministicMaterial() throws {
        let (first, firstAdmin, firstKey) = try Self.setUp(seed: 11)
        let (second, secondAdmin, secondKey) = try Self.setUp(seed: 11)
        let (other, otherAdmin, otherKey) = try Self.setUp(seed: 12)
        let a = try first.world.getPublicKey(keyID: firstKey.keyID, as: firstAdmin).publicKey
        let b = try second.world.getPublicKey(keyID: secondKey.keyID, as: secondAdmin).publicKey
        let c = try other.world.getPublicKey(keyID: otherKey.keyID, as: otherAdmin).publicKey
        #expect(firstKey.keyID == secondKey.keyID)
        #expect(a == b)
        #expect(a != c)
    }

    @Test("only ECDSA_SHA_256 is offered, and a DIGEST must be 32 bytes")
    func algorithmAndDigest() throws {
        let (zone, admin, key) = try Self.setUp()
        let wrongAlgorithm = #expect(throws: AWSError.self) {
            try zone.world.sign(keyID: key.keyID, message: Self.message, signingAlgorithm: .ecdsaSHA384, as: admin)
        }
        #expect(wrongAlgorithm?.code == .invalidKeyUsage)
        #expect(
            wrongAlgorithm?.message
                == "\(key.arn) (ECC_SECG_P256K1) does not support ECDSA_SHA_384; it supports ECDSA_SHA_256")
        let shortDigest = #expect(throws: AWSError.self) {
            try zone.world.sign(
                keyID: key.keyID, message: Data(count: 20), messageType: .digest, signingAlgorithm: .ecdsaSHA256,
                as: admin)
        }
        #expect(shortDigest?.code == .kmsValidation)
        #expect(shortDigest?.message == "Sign: a ECDSA_SHA_256 digest is 32 bytes, not 20")
    }

    @Test(
        "CreateKey refuses ECC_SECG_P256K1 for any usage but SIGN_VERIFY",
        arguments: [KeyUsage.encryptDecrypt, .keyAgreement])
    func usages(usage: KeyUsage) throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let error = #expect(throws: AWSError.self) {
            try zone.world.createKey(keyUsage: usage, keySpec: .eccSECGP256K1, as: admin)
        }
        #expect(error?.code == .kmsValidation)
        #expect(
            error?.message
                == "KeyUsage \(usage.rawValue) is not compatible with KeySpec ECC_SECG_P256K1; it allows SIGN_VERIFY")
    }

    @Test("a caller allowed kms:Verify but not kms:Sign verifies and is denied Sign")
    func authorization() throws {
        var (zone, admin, key) = try Self.setUp()
        let signed = try zone.world.sign(
            keyID: key.keyID, message: Self.message, signingAlgorithm: .ecdsaSHA256, as: admin)
        let verifier = try zone.roleSession(
            in: zone.prod, named: "verifier",
            policy: Fixture.allow("kms:Verify", "arn:aws:kms:*:\(zone.prod):key/*"))
        #expect(
            try zone.world.verify(
                keyID: key.keyID, message: Self.message, signature: signed.signature,
                signingAlgorithm: .ecdsaSHA256, as: verifier))
        let denied = #expect(throws: AWSError.self) {
            try zone.world.sign(
                keyID: key.keyID, message: Self.message, signingAlgorithm: .ecdsaSHA256, as: verifier)
        }
        #expect(denied?.code == .accessDeniedException)
        #expect(denied?.decision?.implicitDenyIn == [.identity])
        let noPublicKey = #expect(throws: AWSError.self) {
            try zone.world.getPublicKey(keyID: key.keyID, as: verifier)
        }
        #expect(noPublicKey?.code == .accessDeniedException)
    }

    @Test("GenerateDataKeyPair gives a PKCS #8 secp256k1 private key whose public half is the returned public key")
    func dataKeyPair() throws {
        var (zone, admin, _) = try Self.setUp()
        let wrapping = try zone.world.createKey(as: admin)
        let context = ["purpose": "wallet"]
        let pair = try zone.world.generateDataKeyPair(
            keyID: wrapping.keyID, keyPairSpec: .eccSECGP256K1, encryptionContext: context, as: admin)
        #expect(pair.keyPairSpec == .eccSECGP256K1)
        let pkcs8 = try #require(pair.privateKeyPlaintext)
        let privateKey = try #require(Secp256k1PrivateKey(pkcs8DERRepresentation: [UInt8](pkcs8)))
        #expect(Data(privateKey.publicKey.derRepresentation) == pair.publicKey)
        let opened = try zone.world.decrypt(
            ciphertextBlob: pair.privateKeyCiphertextBlob, encryptionContext: context, as: admin)
        #expect(opened.plaintext == pkcs8)
        let digest = Array(SHA256.hash(data: Self.message))
        let publicKey = try #require(Secp256k1PublicKey(derRepresentation: [UInt8](pair.publicKey)))
        #expect(publicKey.isValidSignature(privateKey.signature(forDigest: digest), forDigest: digest))

        let withoutPlaintext = try zone.world.generateDataKeyPair(
            keyID: wrapping.keyID, keyPairSpec: .eccSECGP256K1, encryptionContext: context, withPlaintext: false,
            as: admin)
        #expect(withoutPlaintext.privateKeyPlaintext == nil)
        #expect(withoutPlaintext.publicKey != pair.publicKey)
        let later = try zone.world.decrypt(
            ciphertextBlob: withoutPlaintext.privateKeyCiphertextBlob, encryptionContext: context, as: admin)
        let laterKey = try #require(Secp256k1PrivateKey(pkcs8DERRepresentation: [UInt8](later.plaintext)))
        #expect(Data(laterKey.publicKey.derRepresentation) == withoutPlaintext.publicKey)
    }
}
