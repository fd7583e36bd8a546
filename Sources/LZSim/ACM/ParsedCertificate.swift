import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// An X.509 certificate read with swift-certificates, with the facts ACM records about it.
///
/// swift-certificates refuses RSA keys below 2,048 bits, but ACM imports RSA 1,024 certificates
/// (https://docs.aws.amazon.com/acm/latest/userguide/import-certificate-prerequisites.html), and
/// a landing zone must be able to hold one for its controls to flag. For such a certificate the
/// fields are read from a stand-in with the key replaced, and the key and signature are checked
/// from the original bytes with swift-crypto's explicitly unsafe RSA entry points.
struct ParsedCertificate: Sendable {
    /// The certificate's fields (names, dates, extensions).
    let certificate: Certificate
    /// The certificate's real public key.
    let publicKey: Certificate.PublicKey
    /// The algorithm and size of that key, or `nil` when ACM does not support it.
    let keyAlgorithm: KeyAlgorithm?
    /// A description of an unsupported key, for messages.
    let keyDescription: String
    /// The signed part, the signature and its algorithm, as in the document.
    let tbsBytes: ArraySlice<UInt8>
    let signatureBytes: [UInt8]
    let signatureAlgorithm: Certificate.SignatureAlgorithm
    /// The DER document.
    let der: [UInt8]

    static let rsaEncryption: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 1, 1]

    init(der: [UInt8]) throws {
        self.der = der
        let root = try DER.parse(der)
        guard case .constructed(let outer) = root.content else { throw CertificateParseError("not a SEQUENCE") }
        let parts = Array(outer)
        guard parts.count == 3, case .constructed(let tbsChildren) = parts[0].content else {
            throw CertificateParseError("not a certificate")
        }
        tbsBytes = parts[0].encodedBytes
        let bits = try ASN1BitString(derEncoded: parts[2])
        signatureBytes = Array(bits.bytes)
        let tbs = Array(tbsChildren)
        let hasVersion = tbs.first?.identifier.tagClass == .contextSpecific
        guard tbs.count > (hasVersion ? 6 : 5) else { throw CertificateParseError("incomplete TBSCertificate") }
        let spkiNode = tbs[hasVersion ? 6 : 5]
        do {
            certificate = try Certificate(derEncoded: der)
            publicKey = certificate.publicKey
        } catch {
            // Only an RSA key swift-crypto calls too small gets the stand-in treatment.
            guard case .constructed(let spki) = spkiNode.content, let algorithm = Array(spki).first,
                case .constructed(let algorithmParts) = algorithm.content, let oidNode = Array(algorithmParts).first,
                try ASN1ObjectIdentifier(derEncoded: oidNode) == Self.rsaEncryption
            else { throw error }
            let rsa = try _RSA.Signing.PublicKey(unsafeDERRepresentation: spkiNode.encodedBytes)
            publicKey = Certificate.PublicKey(rsa)
            certificate = try Certificate(
                derEncoded: Self.standIn(tbs: tbs, spkiIndex: hasVersion ? 6 : 5, parts: parts))
        }
        signatureAlgorithm = certificate.signatureAlgorithm
        (keyAlgorithm, keyDescription) = Self.algorithm(of: publicKey)
    }

    /// The same document with a fixed P-256 key in place of the subject's key.
    private static func standIn(tbs: [ASN1Node], spkiIndex: Int, parts: [ASN1Node]) throws -> [UInt8] {
        let placeholder = try P256.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: 7, count: 32)).publicKey
            .derRepresentation
        var serializer = DER.Serializer()
        serializer.appendConstructedNode(identifier: .sequence) { outer in
            outer.appendConstructedNode(identifier: .sequence) { coder in
                for (index, node) in tbs.enumerated() {
                    coder.serializeRawBytes(index == spkiIndex ? ArraySlice(placeholder) : node.encodedBytes)
                }
            }
            outer.serializeRawBytes(parts[1].encodedBytes)
            outer.serializeRawBytes(parts[2].encodedBytes)
        }
        return serializer.serializedBytes
    }

    private static func algorithm(of key: Certificate.PublicKey) -> (KeyAlgorithm?, String) {
        if P256.Signing.PublicKey(key) != nil { return (.ecPrime256v1, "EC prime256v1") }
        if P384.Signing.PublicKey(key) != nil { return (.ecSecp384r1, "EC secp384r1") }
        if P521.Signing.PublicKey(key) != nil { return (.ecSecp521r1, "EC secp521r1") }
        if let rsa = _RSA.Signing.PublicKey(key) {
            let bits = rsa.keySizeInBits
            return (KeyAlgorithm(rawValue: "RSA_\(bits)"), "RSA \(bits)")
        }
        return (nil, "\(key)")
    }

    /// Whether `issuer`'s key signed this certificate.
    func isSigned(by issuer: ParsedCertificate) -> Bool {
        issuer.publicKey.isValidSignature(signatureBytes, for: tbsBytes, signatureAlgorithm: signatureAlgorithm)
    }

    /// The DNS names of the subject alternative names extension, else the common name.
    var dnsNames: [String] {
        let names =
            ((try? certificate.extensions.subjectAlternativeNames) ?? nil).map { sans in
                sans.compactMap { name -> String? in
                    if case .dnsName(let dns) = name { return dns }
                    return nil
                }
            } ?? []
        return names.isEmpty ? commonName.map { [$0] } ?? [] : names
    }

    /// The subject's common name.
    var commonName: String? {
        for rdn in certificate.subject {
            for attribute in rdn where attribute.type == .RDNAttributeType.commonName {
                return String(describing: attribute.value)
            }
        }
        return nil
    }

    /// `SHA256WITHRSA`, `SHA384WITHECDSA`..., as ACM spells signature algorithms.
    var signatureAlgorithmName: String {
        switch signatureAlgorithm {
        case .sha256WithRSAEncryption: "SHA256WITHRSA"
        case .sha384WithRSAEncryption: "SHA384WITHRSA"
        case .sha512WithRSAEncryption: "SHA512WITHRSA"
        case .sha1WithRSAEncryption: "SHA1WITHRSA"
        case .ecdsaWithSHA256: "SHA256WITHECDSA"
        case .ecdsaWithSHA384: "SHA384WITHECDSA"
        case .ecdsaWithSHA512: "SHA512WITHECDSA"
        default: "\(signatureAlgorithm)".uppercased()
        }
    }
}

/// A document that is not a certificate.
struct CertificateParseError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reading several PEM blocks from one text.
enum PEMBundle {
    /// Every `CERTIFICATE` block of a text, in order.
    static func certificates(_ text: String) throws -> [Certificate] {
        try PEMDocument.parseMultiple(pemString: text).map { try Certificate(derEncoded: $0.derBytes) }
    }
}
