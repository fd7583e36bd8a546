import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// Everything that determines one issued certificate, and so the key its material is stored under.
struct LeafSpec: Hashable, Sendable {
    var seed: UInt64
    var generation: Int
    var commonName: String
    var names: [String]
    var keyAlgorithm: KeyAlgorithm
    var notBefore: Date
    var notAfter: Date
    /// Who signs it: ``IssuerIdentity``.
    var issuer: IssuerIdentity
}

/// The signer of an issued certificate: the world's stand-in for Amazon's public CAs, or a private CA.
enum IssuerIdentity: Hashable, Sendable {
    case amazon
    case privateCA(CASpec)
}

/// Everything that determines a private CA's key and self-signed (or imported) certificate.
struct CASpec: Hashable, Sendable {
    var seed: UInt64
    var subject: CertificateAuthoritySubject
    var keyAlgorithm: KeyAlgorithm
    var signingAlgorithm: String
    var notBefore: Date
    var notAfter: Date
    /// The PEM of an imported CA certificate (subordinates, or roots installed by hand).
    var importedCertificatePEM: String?
    var importedChainPEM: String?
}

/// A signed certificate with its private key and the chain up to its root.
struct IssuedMaterial: Sendable {
    var certificate: Certificate
    var privateKey: Certificate.PrivateKey?
    var chain: [Certificate]
}

/// Makes keys and X.509 certificates with swift-certificates.
enum CertificateFactory {
    /// A private key for `algorithm`: elliptic-curve keys derived from the seed and label; RSA
    /// keys random, made once per process for each seed, label and size (see ``RSAKeyPool``).
    static func privateKey(_ algorithm: KeyAlgorithm, seed: UInt64, label: String) throws -> Certificate.PrivateKey {
        switch algorithm {
        case .ecPrime256v1:
            return try derived(seed, label, length: 32) {
                Certificate.PrivateKey(try P256.Signing.PrivateKey(rawRepresentation: $0))
            }
        case .ecSecp384r1:
            return try derived(seed, label, length: 48) {
                Certificate.PrivateKey(try P384.Signing.PrivateKey(rawRepresentation: $0))
            }
        case .ecSecp521r1:
            return try derived(seed, label, length: 66) {
                Certificate.PrivateKey(try P521.Signing.PrivateKey(rawRepresentation: $0))
            }
        case .rsa1024, .rsa2048, .rsa3072, .rsa4096:
            return Certificate.PrivateKey(try RSAKeyPool.shared.key(bits: algorithm.keySize, seed: seed, label: label))
        }
    }

    /// A scalar from SHA-512 of the seed, label and a counter; a value outside the curve's
    /// order (vanishingly rare) moves on to the next counter.
    private static func derived(
        _ seed: UInt64, _ label: String, length: Int, _ make: ([UInt8]) throws -> Certificate.PrivateKey
    ) throws -> Certificate.PrivateKey {
        var counter: UInt32 = 0
        while true {
            var bytes: [UInt8] = []
            var block: UInt8 = 0
            while bytes.count < length {
                var hasher = SHA512()
                withUnsafeBytes(of: seed.bigEndian) { hasher.update(bufferPointer: $0) }
                withUnsafeBytes(of: counter.bigEndian) { hasher.update(bufferPointer: $0) }
                hasher.update(data: Array(label.utf8) + [block])
                bytes += hasher.finalize()
                block += 1
            }
            bytes = Array(bytes.prefix(length))
            if length == 66 { bytes[0] &= 0x01 }
            if let key = try? make(bytes) { return key }
            counter += 1
        }
    }

    /// A positive 16-byte serial number derived from the seed and the renewal generation.
    static func serialNumber(seed: UInt64, generation: Int) -> Certificate.SerialNumber {
        var hasher = SHA256()
        withUnsafeBytes(of: seed.bigEndian) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: Int64(generation).bigEndian) { hasher.update(bufferPointer: $0) }
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[0] = (bytes[0] & 0x7F) | 0x01
        return Certificate.SerialNumber(bytes: bytes)
    }

    /// The signature algorithm a key signs with: SHA-256 for RSA and P-256, SHA-384 for P-384,
    /// SHA-512 for P-521, or the named one (`SHA384WITHRSA`...) when it suits the key.
    static func signatureAlgorithm(for key: Certificate.PrivateKey, named name: String? = nil)
        -> Certificate.SignatureAlgorithm
    {
        let isRSA = _RSA.Signing.PublicKey(key.publicKey) != nil
        switch (name, isRSA) {
        case ("SHA384WITHRSA", true): return .sha384WithRSAEncryption
        case ("SHA512WITHRSA", true): return .sha512WithRSAEncryption
        case (_, true): return .sha256WithRSAEncryption
        case ("SHA256WITHECDSA", false): return .ecdsaWithSHA256
        case ("SHA384WITHECDSA", false): return .ecdsaWithSHA384
        case ("SHA512WITHECDSA", false): return .ecdsaWithSHA512
        default:
            if P384.Signing.PublicKey(key.publicKey) != nil { return .ecdsaWithSHA384 }
            if P521.Signing.PublicKey(key.publicKey) != nil { return .ecdsaWithSHA512 }
            return .ecdsaWithSHA256
        }
    }

    /// A CA certificate signed by `issuerKey` (itself, for a root).
    static func authorityCertificate(
        subject: DistinguishedName,
        issuer: DistinguishedName,
        publicKey: Certificate.PublicKey,
        issuerKey: Certificate.PrivateKey,
        serial: Certificate.SerialNumber,
        notBefore: Date,
        notAfter: Date,
        pathLength: Int?,
        signingAlgorithm: String? = nil
    ) throws -> Certificate {
        try Certificate(
            version: .v3, serialNumber: serial, publicKey: publicKey, notValidBefore: notBefore,
            notValidAfter: notAfter, issuer: issuer, subject: subject,
            signatureAlgorithm: signatureAlgorithm(for: issuerKey, named: signingAlgorithm),
            extensions: Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: pathLength))
                Critical(X509.KeyUsage(digitalSignature: true, keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(hash: publicKey)
            },
            issuerPrivateKey: issuerKey)
    }

    /// A TLS server certificate for `names`, signed by `issuer`.
    static func leafCertificate(
        _ spec: LeafSpec,
        publicKey: Certificate.PublicKey,
        issuer: IssuedMaterial,
        issuerKey: Certificate.PrivateKey,
        signingAlgorithm: String? = nil
    ) throws -> Certificate {
        let subject = try DistinguishedName { CommonName(spec.commonName) }
        let names = spec.names.map { GeneralName.dnsName($0) }
        return try Certificate(
            version: .v3, serialNumber: serialNumber(seed: spec.seed, generation: spec.generation),
            publicKey: publicKey, notValidBefore: spec.notBefore, notValidAfter: spec.notAfter,
            issuer: issuer.certificate.subject, subject: subject,
            signatureAlgorithm: signatureAlgorithm(for: issuerKey, named: signingAlgorithm),
            extensions: Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(X509.KeyUsage(digitalSignature: true, keyEncipherment: spec.keyAlgorithm.isRSA))
                try ExtendedKeyUsage([.serverAuth, .clientAuth])
                SubjectAlternativeNames(names)
                SubjectKeyIdentifier(hash: publicKey)
                AuthorityKeyIdentifier(keyIdentifier: issuer.certificate.subjectKeyIdentifierBytes)
            },
            issuerPrivateKey: issuerKey)
    }

    /// PEM text of certificates, one after the other.
    static func pem(_ certificates: [Certificate]) throws -> String {
        try certificates.map { try $0.serializeAsPEM().pemString }.joined(separator: "\n")
    }
}

extension Certificate {
    /// The subject key identifier, when the certificate has one.
    var subjectKeyIdentifierBytes: ArraySlice<UInt8>? {
        (try? extensions.subjectKeyIdentifier)?.keyIdentifier
    }
}

/// RSA keys by seed, label and size, shared by every world in the process. RSA keys cannot be
/// derived from a seed the way elliptic-curve keys are, and making one takes tens of
/// milliseconds, so two builds of the same seeded foundation (a suite and a file that adds to
/// it) would otherwise make each CA's key twice. Elliptic-curve keys are the same in both by
/// derivation; with the pool RSA keys are too. The pool keeps a bounded number of keys, so a
/// process making worlds with ever new seeds only stops reusing, never grows without end.
final class RSAKeyPool: @unchecked Sendable {
    static let shared = RSAKeyPool()

    /// How many keys the pool keeps.
    static let capacity = 256

    private struct Index: Hashable {
        var bits: Int
        var seed: UInt64
        var label: String
    }

    /// One key's place: its own lock, so builds running in parallel make each key once (the
    /// second waits for the first) while different keys are still made side by side.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var key: _RSA.Signing.PrivateKey?
    }

    private let lock = NSLock()
    private var slots: [Index: Slot] = [:]

    /// The key for a seed, label and size, made on first use.
    func key(bits: Int, seed: UInt64, label: String) throws -> _RSA.Signing.PrivateKey {
        let index = Index(bits: bits, seed: seed, label: label)
        lock.lock()
        let slot = slots[index] ?? Slot()
        if slots[index] == nil, slots.count < Self.capacity { slots[index] = slot }
        lock.unlock()
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let key = slot.key { return key }
        let made =
            bits < 2_048
            ? try _RSA.Signing.PrivateKey(unsafeKeySize: .init(bitCount: bits))
            : try _RSA.Signing.PrivateKey(keySize: .init(bitCount: bits))
        slot.key = made
        return made
    }
}
