import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// Certificates, keys and chains made for tests with swift-certificates, dated against the
/// simulated clock; never keys of real systems.
enum CertificateFixtures {
    /// A certificate, its private key and the chain that issued it, as PEM.
    struct Material {
        var certificate: String
        var privateKey: String
        var chain: String
    }

    enum Key {
        case rsa(Int)
        case p256
        case p384

        func make() throws -> Certificate.PrivateKey {
            switch self {
            case .rsa(let bits) where bits < 2_048:
                Certificate.PrivateKey(try _RSA.Signing.PrivateKey(unsafeKeySize: .init(bitCount: bits)))
            case .rsa(let bits): Certificate.PrivateKey(try _RSA.Signing.PrivateKey(keySize: .init(bitCount: bits)))
            case .p256: Certificate.PrivateKey(P256.Signing.PrivateKey())
            case .p384: Certificate.PrivateKey(P384.Signing.PrivateKey())
            }
        }

        func pem(_ key: Certificate.PrivateKey) throws -> String {
            try key.serializeAsPEM().pemString
        }
    }

    static func name(_ commonName: String) throws -> DistinguishedName {
        try DistinguishedName {
            CountryName("US")
            OrganizationName("lzsim tests")
            CommonName(commonName)
        }
    }

    static func signatureAlgorithm(_ key: Certificate.PrivateKey) -> Certificate.SignatureAlgorithm {
        _RSA.Signing.PublicKey(key.publicKey) != nil ? .sha256WithRSAEncryption : .ecdsaWithSHA256
    }

    /// A self-signed TLS certificate for `names`.
    static func selfSigned(
        _ names: [String],
        key: Key = .p256,
        notBefore: Date,
        notAfter: Date
    ) throws -> Material {
        let privateKey = try key.make()
        let subject = try name(names[0])
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: privateKey.publicKey,
            notValidBefore: notBefore, notValidAfter: notAfter, issuer: subject, subject: subject,
            signatureAlgorithm: signatureAlgorithm(privateKey),
            extensions: Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                SubjectAlternativeNames(names.map { GeneralName.dnsName($0) })
            },
            issuerPrivateKey: privateKey)
        return Material(
            certificate: try certificate.serializeAsPEM().pemString, privateKey: try key.pem(privateKey), chain: "")
    }

    /// A root CA, an intermediate CA and a leaf for `names`, with the chain intermediate then root.
    static func chained(
        _ names: [String],
        key: Key = .p256,
        notBefore: Date,
        notAfter: Date
    ) throws -> Material {
        let rootKey = Certificate.PrivateKey(P256.Signing.PrivateKey())
        let intermediateKey = Certificate.PrivateKey(P256.Signing.PrivateKey())
        let rootName = try name("Test Root CA")
        let intermediateName = try name("Test Issuing CA")
        let caStart = notBefore - 86_400
        let caEnd = notAfter + 365 * 86_400
        let root = try authority(rootName, issuer: rootName, key: rootKey, signer: rootKey, from: caStart, to: caEnd)
        let intermediate = try authority(
            intermediateName, issuer: rootName, key: intermediateKey, signer: rootKey, from: caStart, to: caEnd)
        let leafKey = try key.make()
        let leaf = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: leafKey.publicKey,
            notValidBefore: notBefore, notValidAfter: notAfter, issuer: intermediateName, subject: try name(names[0]),
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                SubjectAlternativeNames(names.map { GeneralName.dnsName($0) })
            },
            issuerPrivateKey: intermediateKey)
        return Material(
            certificate: try leaf.serializeAsPEM().pemString, privateKey: try key.pem(leafKey),
            chain: try intermediate.serializeAsPEM().pemString + "\n" + root.serializeAsPEM().pemString)
    }

    static func authority(
        _ subject: DistinguishedName,
        issuer: DistinguishedName,
        key: Certificate.PrivateKey,
        signer: Certificate.PrivateKey,
        from start: Date,
        to end: Date
    ) throws -> Certificate {
        try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey, notValidBefore: start,
            notValidAfter: end, issuer: issuer, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: signer)
    }

    /// A CSR for `commonName` with a new P-256 key.
    static func csr(_ commonName: String, names: [String] = []) throws -> (csr: String, key: Certificate.PrivateKey) {
        let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
        let attributes = try CertificateSigningRequest.Attributes([
            .init(
                ExtensionRequest(
                    extensions: Certificate.Extensions {
                        SubjectAlternativeNames((names.isEmpty ? [commonName] : names).map { GeneralName.dnsName($0) })
                    }))
        ])
        let request = try CertificateSigningRequest(
            version: .v1, subject: try name(commonName), privateKey: key, attributes: attributes,
            signatureAlgorithm: .ecdsaWithSHA256)
        return (try request.serializeAsPEM().pemString, key)
    }
}
