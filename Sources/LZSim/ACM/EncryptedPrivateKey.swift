import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// PKCS #8 `EncryptedPrivateKeyInfo` with PBES2 (PBKDF2 with HMAC-SHA-256, AES-256-CBC), the form
/// `ExportCertificate` returns a private key in (`-----BEGIN ENCRYPTED PRIVATE KEY-----`), which
/// `openssl pkey -passin` reads.
public enum EncryptedPrivateKey {
    static let pbes2: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 5, 13]
    static let pbkdf2: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 5, 12]
    static let hmacWithSHA256: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 2, 9]
    static let aes256CBC: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 1, 42]
    static let iterations = 2_048

    /// Encrypts a PKCS #8 private key with a passphrase; salt and IV are derived from `nonce`.
    static func encrypt(pkcs8 der: [UInt8], passphrase: [UInt8], nonce: UInt64) throws -> String {
        let salt = Array(SHA256.hash(data: Array("salt".utf8) + bytes(of: nonce)).prefix(16))
        let iv = Array(SHA256.hash(data: Array("iv".utf8) + bytes(of: nonce)).prefix(16))
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: passphrase, salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: iterations)
        let ciphertext = try AES._CBC.encrypt(der, using: key, iv: AES._CBC.IV(ivBytes: iv))
        var serializer = DER.Serializer()
        try serializer.appendConstructedNode(identifier: .sequence) { info in
            try info.appendConstructedNode(identifier: .sequence) { algorithm in
                try algorithm.serialize(pbes2)
                try algorithm.appendConstructedNode(identifier: .sequence) { parameters in
                    try parameters.appendConstructedNode(identifier: .sequence) { kdf in
                        try kdf.serialize(pbkdf2)
                        try kdf.appendConstructedNode(identifier: .sequence) { kdfParameters in
                            try kdfParameters.serialize(ASN1OctetString(contentBytes: salt[...]))
                            try kdfParameters.serialize(iterations)
                            try kdfParameters.appendConstructedNode(identifier: .sequence) { prf in
                                try prf.serialize(hmacWithSHA256)
                                try prf.serialize(ASN1Null())
                            }
                        }
                    }
                    try parameters.appendConstructedNode(identifier: .sequence) { scheme in
                        try scheme.serialize(aes256CBC)
                        try scheme.serialize(ASN1OctetString(contentBytes: iv[...]))
                    }
                }
            }
            try info.serialize(ASN1OctetString(contentBytes: ArraySlice(ciphertext)))
        }
        return PEMDocument(type: "ENCRYPTED PRIVATE KEY", derBytes: serializer.serializedBytes).pemString
    }

    /// Decrypts an `ENCRYPTED PRIVATE KEY` that `ExportCertificate` returned.
    ///
    /// ```swift
    /// let exported = try world.exportCertificate(certificateARN: arn, passphrase: Array("s3cret".utf8), as: admin)
    /// let keyPEM = try EncryptedPrivateKey.decrypt(exported.privateKey, passphrase: Array("s3cret".utf8))
    /// ```
    /// - Returns: The unencrypted PKCS #8 key (`-----BEGIN PRIVATE KEY-----`).
    /// - Throws: When the text is not such a key, or the passphrase is wrong.
    public static func decrypt(_ pem: String, passphrase: [UInt8]) throws -> String {
        let document = try PEMDocument(pemString: pem)
        let root = try DER.parse(document.derBytes)
        guard case .constructed(let info) = root.content, case .constructed(let algorithm) = Array(info)[0].content,
            case .constructed(let parameters) = Array(algorithm)[1].content,
            case .constructed(let kdf) = Array(parameters)[0].content,
            case .constructed(let kdfParameters) = Array(kdf)[1].content,
            case .constructed(let scheme) = Array(parameters)[1].content
        else { throw CertificateParseError("not a PBES2 encrypted private key") }
        let salt = try ASN1OctetString(derEncoded: Array(kdfParameters)[0]).bytes
        let rounds = try Int(derEncoded: Array(kdfParameters)[1])
        let iv = try ASN1OctetString(derEncoded: Array(scheme)[1]).bytes
        let ciphertext = try ASN1OctetString(derEncoded: Array(info)[1]).bytes
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: passphrase, salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: rounds)
        let plaintext = try AES._CBC.decrypt(ciphertext, using: key, iv: AES._CBC.IV(ivBytes: iv))
        return PEMDocument(type: "PRIVATE KEY", derBytes: Array(plaintext)).pemString
    }

    private static func bytes(of value: UInt64) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}

/// PKCS #8 `PrivateKeyInfo` bytes of any private key swift-certificates holds.
enum PKCS8 {
    /// swift-crypto writes elliptic-curve keys as PKCS #8 already and RSA keys as PKCS #1, which
    /// is wrapped here.
    static func der(of key: X509.Certificate.PrivateKey) throws -> [UInt8] {
        let document = try key.serializeAsPEM()
        guard document.discriminator == "RSA PRIVATE KEY" else { return document.derBytes }
        var serializer = DER.Serializer()
        try serializer.appendConstructedNode(identifier: .sequence) { info in
            try info.serialize(0)
            try info.appendConstructedNode(identifier: .sequence) { algorithm in
                try algorithm.serialize(ParsedCertificate.rsaEncryption)
                try algorithm.serialize(ASN1Null())
            }
            try info.serialize(ASN1OctetString(contentBytes: document.derBytes[...]))
        }
        return serializer.serializedBytes
    }
}
