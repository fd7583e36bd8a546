import Crypto
public import Foundation
import LZPolicy
import _CryptoExtras

/// What `Sign` returns.
public struct SignResult: Sendable, Hashable {
    /// The key's ARN.
    public var keyID: String
    /// The signature: raw for RSA, DER for ECDSA, as KMS returns them.
    public var signature: Data
    /// The algorithm.
    public var signingAlgorithm: SigningAlgorithmSpec
}

/// What `GetPublicKey` returns.
public struct GetPublicKeyResult: Sendable, Hashable {
    /// The key's ARN.
    public var keyID: String
    /// DER `SubjectPublicKeyInfo`.
    public var publicKey: Data
    /// The key's spec and usage.
    public var keySpec: KeySpec
    public var keyUsage: KeyUsage
    /// The algorithms it supports.
    public var encryptionAlgorithms: [EncryptionAlgorithmSpec]
    public var signingAlgorithms: [SigningAlgorithmSpec]
    public var keyAgreementAlgorithms: [KeyAgreementAlgorithmSpec]
}

extension World {
    /// `Sign` with an asymmetric `SIGN_VERIFY` key: RSASSA-PSS and PKCS #1 v1.5 with RSA keys,
    /// ECDSA with NIST-curve and secp256k1 keys. With `messageType` `DIGEST`, `message` is the
    /// digest itself.
    ///
    /// ECDSA signatures are DER `ECDSA-Sig-Value`s, as KMS returns them. secp256k1 signatures use
    /// the deterministic nonces of RFC 6979, so they repeat for the same key and message (AWS's do
    /// not, and NIST-curve signatures here do not), and keep s as computed, as KMS does.
    /// - Throws: `ValidationException` (message size, digest length), `InvalidKeyUsageException`
    ///   (key usage or an algorithm the key does not support), state, lookup and access errors.
    public func sign(
        keyID: String,
        message: Data,
        messageType: MessageType = .raw,
        signingAlgorithm: SigningAlgorithmSpec,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> SignResult {
        let (key, digest) = try prepareSignature(
            keyID: keyID, message: message, messageType: messageType, algorithm: signingAlgorithm,
            grantTokens: grantTokens, action: "kms:Sign", as: session)
        do {
            let signature: Data
            if key.keySpec.isRSA {
                let padding: _RSA.Signing.Padding =
                    signingAlgorithm.rawValue.contains("PSS") ? .PSS : .insecurePKCS1v1_5
                let rsa = try key.material.rsaSigningKey()
                switch digest.count {
                case 32:
                    signature = try rsa.signature(for: DigestBytes.sha256(digest), padding: padding).rawRepresentation
                case 48:
                    signature = try rsa.signature(for: DigestBytes.sha384(digest), padding: padding).rawRepresentation
                default:
                    signature = try rsa.signature(for: DigestBytes.sha512(digest), padding: padding).rawRepresentation
                }
            } else {
                switch try key.material.eccKey() {
                case .p256(let ecc): signature = try ecc.signature(for: DigestBytes.sha256(digest)).derRepresentation
                case .p384(let ecc): signature = try ecc.signature(for: DigestBytes.sha384(digest)).derRepresentation
                case .p521(let ecc): signature = try ecc.signature(for: DigestBytes.sha512(digest)).derRepresentation
                case .secp256k1(let ecc): signature = Data(ecc.signature(forDigest: digest).derRepresentation)
                }
            }
            return SignResult(keyID: key.arn, signature: signature, signingAlgorithm: signingAlgorithm)
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(.kmsInternal, "signing with \(key.arn) failed: \(error)")
        }
    }

    /// `Verify`: returns `true`, or throws `KMSInvalidSignatureException` for a signature that
    /// does not verify, as KMS does.
    @discardableResult
    public func verify(
        keyID: String,
        message: Data,
        messageType: MessageType = .raw,
        signature: Data,
        signingAlgorithm: SigningAlgorithmSpec,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> Bool {
        let (key, digest) = try prepareSignature(
            keyID: keyID, message: message, messageType: messageType, algorithm: signingAlgorithm,
            grantTokens: grantTokens, action: "kms:Verify", as: session)
        var valid = false
        if key.keySpec.isRSA {
            let padding: _RSA.Signing.Padding = signingAlgorithm.rawValue.contains("PSS") ? .PSS : .insecurePKCS1v1_5
            let publicKey = try key.material.rsaSigningKey().publicKey
            let rsaSignature = _RSA.Signing.RSASignature(rawRepresentation: signature)
            switch digest.count {
            case 32: valid = publicKey.isValidSignature(rsaSignature, for: DigestBytes.sha256(digest), padding: padding)
            case 48: valid = publicKey.isValidSignature(rsaSignature, for: DigestBytes.sha384(digest), padding: padding)
            default: valid = publicKey.isValidSignature(rsaSignature, for: DigestBytes.sha512(digest), padding: padding)
            }
        } else {
            switch try key.material.eccKey() {
            case .p256(let ecc):
                valid =
                    (try? P256.Signing.ECDSASignature(derRepresentation: signature)).map {
                        ecc.publicKey.isValidSignature($0, for: DigestBytes.sha256(digest))
                    } ?? false
            case .p384(let ecc):
                valid =
                    (try? P384.Signing.ECDSASignature(derRepresentation: signature)).map {
                        ecc.publicKey.isValidSignature($0, for: DigestBytes.sha384(digest))
                    } ?? false
            case .p521(let ecc):
                valid =
                    (try? P521.Signing.ECDSASignature(derRepresentation: signature)).map {
                        ecc.publicKey.isValidSignature($0, for: DigestBytes.sha512(digest))
                    } ?? false
            case .secp256k1(let ecc):
                valid =
                    Secp256k1Signature(derRepresentation: [UInt8](signature)).map {
                        ecc.publicKey.isValidSignature($0, forDigest: digest)
                    } ?? false
            }
        }
        guard valid else {
            throw AWSError(
                .kmsInvalidSignature, "the signature does not verify with \(key.arn) and \(signingAlgorithm)")
        }
        return true
    }

    /// The checks `Sign` and `Verify` share; returns the key and the digest to sign.
    private func prepareSignature(
        keyID: String,
        message: Data,
        messageType: MessageType,
        algorithm: SigningAlgorithmSpec,
        grantTokens: [String],
        action: String,
        as session: Session
    ) throws(AWSError) -> (KMSKey, [UInt8]) {
        let operation = action.dropFirst(4)
        guard !message.isEmpty, message.count <= Self.maximumPlaintextLength else {
            throw AWSError(.kmsValidation, "\(operation): Message must be 1 to 4096 bytes, not \(message.count)")
        }
        let (key, alias) = try resolveKey(keyID, for: session, operation: String(operation), rules: .cryptographic)
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess(
            action, on: key, as: session, alias: alias,
            context: ["kms:SigningAlgorithm": [algorithm.rawValue], "kms:MessageType": [messageType.rawValue]])
        try requireUsable(key, usage: .signVerify, operation: String(operation))
        guard key.keySpec.algorithms(for: key.keyUsage).signing.contains(algorithm) else {
            throw AWSError(
                .invalidKeyUsage,
                "\(key.arn) (\(key.keySpec)) does not support \(algorithm); it supports "
                    + key.keySpec.algorithms(for: key.keyUsage).signing.map(\.rawValue).joined(separator: ", "))
        }
        switch messageType {
        case .raw:
            let bytes = [UInt8](message)
            switch algorithm.digestLength {
            case 32: return (key, Array(SHA256.hash(data: bytes)))
            case 48: return (key, Array(SHA384.hash(data: bytes)))
            default: return (key, Array(SHA512.hash(data: bytes)))
            }
        case .digest:
            guard message.count == algorithm.digestLength else {
                throw AWSError(
                    .kmsValidation,
                    "\(operation): a \(algorithm) digest is \(algorithm.digestLength) bytes, not \(message.count)")
            }
            return (key, [UInt8](message))
        }
    }

    // MARK: - MACs

    /// `GenerateMac` with an HMAC key.
    public func generateMac(
        keyID: String,
        message: Data,
        macAlgorithm: MacAlgorithmSpec,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> (keyID: String, mac: Data, macAlgorithm: MacAlgorithmSpec) {
        let key = try prepareMac(
            keyID: keyID, message: message, algorithm: macAlgorithm, grantTokens: grantTokens,
            action: "kms:GenerateMac", as: session)
        return (key.arn, Self.hmac(macAlgorithm, key: key.material.hmacKey(), message: message), macAlgorithm)
    }

    /// `VerifyMac`: returns `true`, or throws `KMSInvalidMacException`.
    @discardableResult
    public func verifyMac(
        keyID: String,
        message: Data,
        mac: Data,
        macAlgorithm: MacAlgorithmSpec,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> Bool {
        let key = try prepareMac(
            keyID: keyID, message: message, algorithm: macAlgorithm, grantTokens: grantTokens,
            action: "kms:VerifyMac", as: session)
        let expected = Self.hmac(macAlgorithm, key: key.material.hmacKey(), message: message)
        // Constant time, as a MAC check should be.
        guard expected.count == mac.count, zip(expected, mac).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else {
            throw AWSError(.kmsInvalidMAC, "the MAC does not verify with \(key.arn) and \(macAlgorithm)")
        }
        return true
    }

    private func prepareMac(
        keyID: String,
        message: Data,
        algorithm: MacAlgorithmSpec,
        grantTokens: [String],
        action: String,
        as session: Session
    ) throws(AWSError) -> KMSKey {
        let operation = String(action.dropFirst(4))
        guard !message.isEmpty, message.count <= Self.maximumPlaintextLength else {
            throw AWSError(.kmsValidation, "\(operation): Message must be 1 to 4096 bytes, not \(message.count)")
        }
        let (key, alias) = try resolveKey(keyID, for: session, operation: operation, rules: .cryptographic)
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess(
            action, on: key, as: session, alias: alias, context: ["kms:MacAlgorithm": [algorithm.rawValue]])
        try requireUsable(key, usage: .generateVerifyMAC, operation: operation)
        guard key.keySpec.algorithms(for: key.keyUsage).mac.contains(algorithm) else {
            throw AWSError(.invalidKeyUsage, "\(key.arn) (\(key.keySpec)) does not support \(algorithm)")
        }
        return key
    }

    static func hmac(_ algorithm: MacAlgorithmSpec, key: SymmetricKey, message: Data) -> Data {
        switch algorithm {
        case .hmacSHA224:
            return Data(SHA224.hmac(key: key.withUnsafeBytes { [UInt8]($0) }, message: [UInt8](message)))
        case .hmacSHA256: return Data(HMAC<SHA256>.authenticationCode(for: message, using: key))
        case .hmacSHA384: return Data(HMAC<SHA384>.authenticationCode(for: message, using: key))
        case .hmacSHA512: return Data(HMAC<SHA512>.authenticationCode(for: message, using: key))
        }
    }

    // MARK: - Public keys and key agreement

    /// `GetPublicKey` of an asymmetric key, as DER `SubjectPublicKeyInfo`.
    public func getPublicKey(keyID: String, grantTokens: [String] = [], as session: Session) throws(AWSError)
        -> GetPublicKeyResult
    {
        let (key, alias) = try resolveKey(keyID, for: session, operation: "GetPublicKey", rules: .cryptographic)
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess("kms:GetPublicKey", on: key, as: session, alias: alias)
        try requireState(of: key, in: [.enabled], operation: "GetPublicKey")
        guard key.keySpec.isAsymmetric else {
            throw AWSError(
                .unsupportedOperation, "GetPublicKey: \(key.arn) is a \(key.keySpec) key, which has no public key")
        }
        let der: Data
        if key.keySpec.isRSA {
            der =
                key.keyUsage == .signVerify
                ? try key.material.rsaSigningKey().publicKey.derRepresentation
                : try key.material.rsaEncryptionKey().publicKey.derRepresentation
        } else {
            der = try key.material.eccKey().publicKeyDER
        }
        let algorithms = key.keySpec.algorithms(for: key.keyUsage)
        return GetPublicKeyResult(
            keyID: key.arn, publicKey: der, keySpec: key.keySpec, keyUsage: key.keyUsage,
            encryptionAlgorithms: algorithms.encryption, signingAlgorithms: algorithms.signing,
            keyAgreementAlgorithms: algorithms.agreement)
    }

    /// `DeriveSharedSecret`: ECDH between a `KEY_AGREEMENT` key and a peer's public key (DER
    /// `SubjectPublicKeyInfo` on the same curve); returns the raw shared secret.
    public func deriveSharedSecret(
        keyID: String,
        keyAgreementAlgorithm: KeyAgreementAlgorithmSpec = .ecdh,
        publicKey: Data,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> Data {
        let (key, alias) = try resolveKey(keyID, for: session, operation: "DeriveSharedSecret", rules: .cryptographic)
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess(
            "kms:DeriveSharedSecret", on: key, as: session, alias: alias,
            context: ["kms:KeyAgreementAlgorithm": [keyAgreementAlgorithm.rawValue]])
        try requireUsable(key, usage: .keyAgreement, operation: "DeriveSharedSecret")
        do {
            switch try key.material.eccKey() {
            case .p256(let signing):
                let own = try P256.KeyAgreement.PrivateKey(rawRepresentation: signing.rawRepresentation)
                let peer = try P256.KeyAgreement.PublicKey(derRepresentation: publicKey)
                return try own.sharedSecretFromKeyAgreement(with: peer).withUnsafeBytes { Data($0) }
            case .p384(let signing):
                let own = try P384.KeyAgreement.PrivateKey(rawRepresentation: signing.rawRepresentation)
                let peer = try P384.KeyAgreement.PublicKey(derRepresentation: publicKey)
                return try own.sharedSecretFromKeyAgreement(with: peer).withUnsafeBytes { Data($0) }
            case .p521(let signing):
                let own = try P521.KeyAgreement.PrivateKey(rawRepresentation: signing.rawRepresentation)
                let peer = try P521.KeyAgreement.PublicKey(derRepresentation: publicKey)
                return try own.sharedSecretFromKeyAgreement(with: peer).withUnsafeBytes { Data($0) }
            case .secp256k1:
                // KMS offers ECC_SECG_P256K1 for SIGN_VERIFY only, so `requireUsable` refused already.
                throw AWSError(.invalidKeyUsage, "DeriveSharedSecret: \(key.arn) is not a KEY_AGREEMENT key")
            }
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(
                .kmsValidation, "DeriveSharedSecret: the public key is not a \(key.keySpec) public key in DER: \(error)"
            )
        }
    }
}
