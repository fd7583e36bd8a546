import BigInt
import Crypto
import Foundation
import SwiftASN1
import Testing

@testable import LZSim

/// ECDSA on secp256k1: RFC 6979 nonces and signatures against published vectors, verification,
/// DER signatures, and the DER key encodings KMS returns.
@Suite struct Secp256k1ECDSATests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let privateKey: String
        let message: String
        let nonce: String
        let r: String
        let s: String
        var testDescription: String { "\"\(message.prefix(24))\"" }
    }

    /// The widely published secp256k1 / SHA-256 RFC 6979 vectors (private key, message, k, r).
    /// Bitcoin software publishes s after low-S normalisation; here s is as ECDSA computes it,
    /// n − s of the published value for all four, which is what KMS would return.
    static let vectors: [Vector] = [
        Vector(
            privateKey: "0000000000000000000000000000000000000000000000000000000000000001",
            message: "Satoshi Nakamoto",
            nonce: "8f8a276c19f4149656b280621e358cce24f5f52542772691ee69063b74f15d15",
            r: "934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8",
            s: "dbbd3162d46e9f9bef7feb87c16dc13b4f6568a87f4e83f728e2443ba586675c"),
        Vector(
            privateKey: "0000000000000000000000000000000000000000000000000000000000000001",
            message: "All those moments will be lost in time, like tears in rain. Time to die...",
            nonce: "38aa22d72376b4dbc472e06c3ba403ee0a394da63fc58d88686c611aba98d6b3",
            r: "8600dbd41e348fe5c9465ab92d23e3db8b98b873beecd930736488696438cb6b",
            s: "ab8019bbd8b6924cc4099fe625340ffb1eaac34bf4477daa39d0835429094520"),
        Vector(
            privateKey: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140",
            message: "Satoshi Nakamoto",
            nonce: "33a19b60e25fb6f4435af53a3d42d493644827367e6453928554f43e49aa6f90",
            r: "fd567d121db66e382991534ada77a6bd3106f0a1098c231e47993447cd6af2d0",
            s: "94c632f14e4379fc1ea610a3df5a375152549736425ee17cebe10abbc2a2826c"),
        Vector(
            privateKey: "f8b8af8ce3c7cca5e300d33939540c10d45ce001b8f252bfbc57ba0342904181",
            message: "Alan Turing",
            nonce: "525a82b70e67874398067543fd84c83d30c175fdc45fdeee082fe13b1d7cfdf1",
            r: "7063ae83e7f62bbb171798131b4a0564b956930092b33b07b395615d9ec7e15c",
            s: "a72033e1ff5ca1ea8d0c99001cb45f0272d3be7525d3049c0d9e98dc7582b857"),
    ]

    static func digest(_ message: String) -> [UInt8] {
        Array(SHA256.hash(data: Data(message.utf8)))
    }

    @Test("RFC 6979 gives the published nonce", arguments: vectors)
    func nonce(vector: Vector) {
        var nonces = Secp256k1NonceGenerator(
            privateKey: Hex.integer(vector.privateKey), digest: Self.digest(vector.message))
        #expect(Hex.string(Secp256k1.bytes(nonces.next())) == vector.nonce)
    }

    @Test("signing gives the published r, and s not normalised to the lower half", arguments: vectors)
    func signature(vector: Vector) throws {
        let key = try #require(Secp256k1PrivateKey(rawRepresentation: Hex.bytes(vector.privateKey)))
        let signature = key.signature(forDigest: Self.digest(vector.message))
        #expect(Hex.string(Secp256k1.bytes(signature.r)) == vector.r)
        #expect(Hex.string(Secp256k1.bytes(signature.s)) == vector.s)
        #expect(signature.s > Secp256k1.n / 2)
        #expect(key.publicKey.isValidSignature(signature, forDigest: Self.digest(vector.message)))
        // The low-S twin verifies too: ECDSA accepts both, and so does KMS.
        let twin = try #require(Secp256k1Signature(r: signature.r, s: Secp256k1.n - signature.s))
        #expect(key.publicKey.isValidSignature(twin, forDigest: Self.digest(vector.message)))
    }

    @Test("a signature does not verify for another digest, another key, or a changed r or s")
    func verificationFailures() throws {
        let vector = Self.vectors[3]
        let key = try #require(Secp256k1PrivateKey(rawRepresentation: Hex.bytes(vector.privateKey)))
        let digest = Self.digest(vector.message)
        let signature = key.signature(forDigest: digest)
        let other = try #require(Secp256k1PrivateKey(scalar: 2))
        #expect(!key.publicKey.isValidSignature(signature, forDigest: Self.digest("Alan TurinG")))
        #expect(!other.publicKey.isValidSignature(signature, forDigest: digest))
        let changedR = try #require(Secp256k1Signature(r: signature.r + 1, s: signature.s))
        let changedS = try #require(Secp256k1Signature(r: signature.r, s: signature.s - 1))
        #expect(!key.publicKey.isValidSignature(changedR, forDigest: digest))
        #expect(!key.publicKey.isValidSignature(changedS, forDigest: digest))
        #expect(!key.publicKey.isValidSignature(signature, forDigest: Array(digest.prefix(31))))
    }

    @Test("signatures are DER ECDSA-Sig-Values, and anything else is refused")
    func derSignatures() throws {
        let vector = Self.vectors[0]
        let signature = try #require(Secp256k1Signature(r: Hex.integer(vector.r), s: Hex.integer(vector.s)))
        let der = signature.derRepresentation
        // Both integers have their top bit set, so each takes a leading zero: 2 + 2 × (2 + 33).
        #expect(der.count == 72)
        #expect(Hex.string(der.prefix(5)) == "3046022100")
        #expect(Secp256k1Signature(derRepresentation: der) == signature)
        #expect(Secp256k1Signature(derRepresentation: der + [0]) == nil)
        #expect(Secp256k1Signature(derRepresentation: Array(der.dropLast())) == nil)
        // r = 0 and s = n are outside [1, n − 1].
        #expect(Secp256k1Signature(derRepresentation: Hex.bytes("3006020100020101")) == nil)
        let sIsN = ([0x30, 0x26, 0x02, 0x01, 0x01, 0x02, 0x21, 0x00] as [UInt8]) + Secp256k1.bytes(Secp256k1.n)
        #expect(Secp256k1Signature(derRepresentation: sIsN) == nil)
        // A negative integer (top bit set without the leading zero).
        #expect(Secp256k1Signature(derRepresentation: Hex.bytes("3006020180020101")) == nil)
    }

    @Test("the public key is a SubjectPublicKeyInfo with id-ecPublicKey and secp256k1, and reads back")
    func subjectPublicKeyInfo() throws {
        let key = try #require(Secp256k1PrivateKey(scalar: 1))
        let der = key.publicKey.derRepresentation
        let identifiers = try DER.sequence(DER.parse(der), identifier: .sequence) { nodes in
            let algorithm = try DER.sequence(nodes.next()!, identifier: .sequence) { inner in
                (try ASN1ObjectIdentifier(derEncoded: &inner), try ASN1ObjectIdentifier(derEncoded: &inner))
            }
            let bits = try ASN1BitString(derEncoded: &nodes)
            #expect([UInt8](bits.bytes) == Secp256k1.generator.uncompressedRepresentation)
            return algorithm
        }
        #expect(identifiers.0 == [1, 2, 840, 10_045, 2, 1])
        #expect(identifiers.1 == [1, 3, 132, 0, 10])
        #expect(der.count == 88)
        #expect(Secp256k1PublicKey(derRepresentation: der) == key.publicKey)
        // A P-256 key's SubjectPublicKeyInfo names another curve.
        let p256 = P256.Signing.PrivateKey().publicKey.derRepresentation
        #expect(Secp256k1PublicKey(derRepresentation: [UInt8](p256)) == nil)
    }

    @Test("the private key is PKCS #8 holding an ECPrivateKey with its public key, and reads back")
    func pkcs8() throws {
        let key = try #require(Secp256k1PrivateKey(rawRepresentation: Hex.bytes(Self.vectors[3].privateKey)))
        let der = key.pkcs8DERRepresentation
        let read = try #require(Secp256k1PrivateKey(pkcs8DERRepresentation: der))
        #expect(read.scalar == key.scalar)
        #expect(read.publicKey == key.publicKey)
        // After the 3-byte header: version 0, the SubjectPublicKeyInfo's algorithm identifier,
        // then the inner key.
        let algorithm = Array(key.publicKey.derRepresentation[2..<20])
        #expect(der.count == 135)
        #expect(Array(der[3..<6]) == [0x02, 0x01, 0x00])
        #expect(Array(der[6..<24]) == algorithm)
        #expect(Secp256k1PrivateKey(pkcs8DERRepresentation: Array(der.dropLast())) == nil)
    }
}
