import Crypto
public import Foundation
import LZPolicy
import _CryptoExtras

/// What `Encrypt` returns.
public struct EncryptResult: Sendable, Hashable {
    /// The ciphertext.
    public var ciphertextBlob: Data
    /// The ARN of the key that encrypted it.
    public var keyID: String
    /// The algorithm used.
    public var encryptionAlgorithm: EncryptionAlgorithmSpec
}

/// What `Decrypt` returns.
public struct DecryptResult: Sendable, Hashable {
    /// The plaintext.
    public var plaintext: Data
    /// The ARN of the key that decrypted it.
    public var keyID: String
    /// The algorithm used.
    public var encryptionAlgorithm: EncryptionAlgorithmSpec
}

/// What `ReEncrypt` returns.
public struct ReEncryptResult: Sendable, Hashable {
    /// The new ciphertext.
    public var ciphertextBlob: Data
    /// The ARN of the key that had encrypted the data.
    public var sourceKeyID: String
    /// The ARN of the key that encrypts it now.
    public var keyID: String
    /// The algorithms.
    public var sourceEncryptionAlgorithm: EncryptionAlgorithmSpec
    public var destinationEncryptionAlgorithm: EncryptionAlgorithmSpec
}

/// What `GenerateDataKey` and `GenerateDataKeyWithoutPlaintext` return.
public struct GenerateDataKeyResult: Sendable, Hashable {
    /// The data key encrypted under the KMS key.
    public var ciphertextBlob: Data
    /// The data key; `nil` from `GenerateDataKeyWithoutPlaintext`.
    public var plaintext: Data?
    /// The KMS key's ARN.
    public var keyID: String
}

/// What `GenerateDataKeyPair` and `GenerateDataKeyPairWithoutPlaintext` return.
public struct GenerateDataKeyPairResult: Sendable, Hashable {
    /// The private key (PKCS #8 DER) encrypted under the KMS key.
    public var privateKeyCiphertextBlob: Data
    /// The private key, PKCS #8 DER; `nil` from the `WithoutPlaintext` form.
    public var privateKeyPlaintext: Data?
    /// The public key, DER `SubjectPublicKeyInfo`.
    public var publicKey: Data
    /// The KMS key's ARN.
    public var keyID: String
    /// The pair's spec.
    public var keyPairSpec: DataKeyPairSpec
}

extension World {
    /// The largest plaintext `Encrypt` takes (https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html).
    public static let maximumPlaintextLength = 4_096

    // MARK: - Encrypt

    /// `Encrypt`: at most 4,096 bytes under a symmetric key (AES-256-GCM, the encryption
    /// context bound as authenticated data) or an RSA key (OAEP).
    ///
    /// ```swift
    /// let sealed = try world.encrypt(keyID: "alias/app1/prod/data", plaintext: Data("secret".utf8),
    ///                                encryptionContext: ["app": "app1"], as: runtime)
    /// ```
    /// - Throws: `ValidationException` (empty or too large plaintext, bad context),
    ///   `NotFoundException`, `AccessDeniedException`, `DisabledException`,
    ///   `KMSInvalidStateException`, `InvalidKeyUsageException` (a key or algorithm that does not encrypt).
    public func encrypt(
        keyID: String,
        plaintext: Data,
        encryptionContext: EncryptionContext = [:],
        encryptionAlgorithm: EncryptionAlgorithmSpec = .symmetricDefault,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> EncryptResult {
        try encrypt(
            keyID: keyID, plaintext: plaintext, encryptionContext: encryptionContext,
            encryptionAlgorithm: encryptionAlgorithm, grantTokens: grantTokens,
            as: prepare(session, memoizingDecisions: false))
    }

    /// `Encrypt` for a caller prepared once with ``prepare(_:)``, for many requests.
    public func encrypt(
        keyID: String,
        plaintext: Data,
        encryptionContext: EncryptionContext = [:],
        encryptionAlgorithm: EncryptionAlgorithmSpec = .symmetricDefault,
        grantTokens: [String] = [],
        as caller: PreparedCaller
    ) throws(AWSError) -> EncryptResult {
        try Self.validate(plaintext: plaintext, operation: "Encrypt")
        try Self.validate(encryptionContext: encryptionContext, operation: "Encrypt")
        let (key, alias) = try resolveKey(keyID, for: caller.session, operation: "Encrypt", rules: .cryptographic)
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess(
            "kms:Encrypt", on: key, as: caller, alias: alias, encryptionContext: encryptionContext,
            algorithm: encryptionAlgorithm)
        try requireUsable(key, usage: .encryptDecrypt, operation: "Encrypt")
        let blob = try seal(plaintext, with: key, algorithm: encryptionAlgorithm, context: encryptionContext)
        return EncryptResult(ciphertextBlob: blob, keyID: key.arn, encryptionAlgorithm: encryptionAlgorithm)
    }

    /// Encrypts with a key that is known to be usable and authorized.
    func seal(
        _ plaintext: Data,
        with key: KMSKey,
        algorithm: EncryptionAlgorithmSpec,
        context: EncryptionContext
    ) throws(AWSError) -> Data {
        if key.keySpec == .symmetricDefault {
            guard algorithm == .symmetricDefault else {
                throw AWSError(
                    .invalidKeyUsage,
                    "\(key.arn) is a symmetric key; it encrypts with SYMMETRIC_DEFAULT, not \(algorithm)")
            }
            let version = key.rotation.versionCount(at: now) - 1
            let blob = CiphertextBlob(accountID: key.accountID, keyID: key.keyID, version: version)
            return try blob.seal(plaintext, key: symmetricMaterial(of: key, version: version), context: context)
        }
        guard key.keySpec.isRSA, algorithm == .rsaesOAEPSHA1 || algorithm == .rsaesOAEPSHA256 else {
            throw AWSError(
                .invalidKeyUsage, "\(key.arn) (\(key.keySpec)) does not encrypt with \(algorithm)")
        }
        guard context.isEmpty else {
            throw AWSError(.kmsValidation, "an encryption context is not supported with the asymmetric key \(key.arn)")
        }
        let limit = Self.rsaPlaintextLimit(key.keySpec, algorithm)
        guard plaintext.count <= limit else {
            throw AWSError(
                .kmsValidation,
                "\(key.keySpec) with \(algorithm) encrypts at most \(limit) bytes; the plaintext is \(plaintext.count)")
        }
        do {
            let publicKey = try key.material.rsaEncryptionKey().publicKey
            return try publicKey.encrypt(
                plaintext, padding: algorithm == .rsaesOAEPSHA1 ? .PKCS1_OAEP : .PKCS1_OAEP_SHA256)
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(.kmsInternal, "RSA encryption with \(key.arn) failed: \(error)")
        }
    }

    /// The largest RSA-OAEP plaintext: the modulus less twice the hash and two bytes.
    static func rsaPlaintextLimit(_ spec: KeySpec, _ algorithm: EncryptionAlgorithmSpec) -> Int {
        spec.rsaBits / 8 - 2 * (algorithm == .rsaesOAEPSHA1 ? 20 : 32) - 2
    }

    /// The AES key of one material version: imported material, or material derived on first use.
    func symmetricMaterial(of key: KMSKey, version: Int) throws(AWSError) -> SymmetricKey {
        if key.origin == .external {
            guard let imported = key.importedMaterial else {
                throw AWSError(.kmsInvalidState, "\(key.arn) has no key material; import it first")
            }
            return SymmetricKey(data: imported.bytes)
        }
        return key.material.symmetricKey(version: version)
    }

    // MARK: - Decrypt

    /// `Decrypt`. A symmetric ciphertext names its key, so `keyID` may be left out; when given, it
    /// must be the key that encrypted the data. RSA ciphertexts need `keyID` and the algorithm.
    /// - Throws: `InvalidCiphertextException` (a changed blob, or an encryption context other
    ///   than the one it was encrypted with), `IncorrectKeyException`, `NotFoundException`,
    ///   `AccessDeniedException`, `DisabledException`, `KMSInvalidStateException`, `InvalidKeyUsageException`.
    public func decrypt(
        ciphertextBlob: Data,
        keyID: String? = nil,
        encryptionContext: EncryptionContext = [:],
        encryptionAlgorithm: EncryptionAlgorithmSpec = .symmetricDefault,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> DecryptResult {
        try decrypt(
            ciphertextBlob: ciphertextBlob, keyID: keyID, encryptionContext: encryptionContext,
            encryptionAlgorithm: encryptionAlgorithm, grantTokens: grantTokens,
            as: prepare(session, memoizingDecisions: false))
    }

    /// `Decrypt` for a caller prepared once with ``prepare(_:)``.
    public func decrypt(
        ciphertextBlob: Data,
        keyID: String? = nil,
        encryptionContext: EncryptionContext = [:],
        encryptionAlgorithm: EncryptionAlgorithmSpec = .symmetricDefault,
        grantTokens: [String] = [],
        as caller: PreparedCaller
    ) throws(AWSError) -> DecryptResult {
        let (plaintext, key) = try open(
            ciphertextBlob, keyID: keyID, context: encryptionContext, algorithm: encryptionAlgorithm,
            grantTokens: grantTokens, action: "kms:Decrypt", operation: "Decrypt", as: caller)
        return DecryptResult(plaintext: plaintext, keyID: key.arn, encryptionAlgorithm: encryptionAlgorithm)
    }

    /// Finds the key of a ciphertext, authorizes `action` on it and opens the ciphertext.
    func open(
        _ ciphertext: Data,
        keyID: String?,
        context: EncryptionContext,
        algorithm: EncryptionAlgorithmSpec,
        grantTokens: [String],
        action: String,
        operation: String,
        as caller: PreparedCaller,
        extraContext: [String: [String]] = [:]
    ) throws(AWSError) -> (Data, KMSKey) {
        guard !ciphertext.isEmpty, ciphertext.count <= 6_144 else {
            throw AWSError(
                .kmsValidation, "\(operation): CiphertextBlob must be 1 to 6144 bytes, not \(ciphertext.count)")
        }
        try Self.validate(encryptionContext: context, operation: operation)
        let bytes = [UInt8](ciphertext)
        let parsed = CiphertextBlob.parse(bytes)
        var key: KMSKey
        var alias: String?
        if let keyID {
            (key, alias) = try resolveKey(keyID, for: caller.session, operation: operation, rules: .cryptographic)
            if let (blob, _) = parsed, key.keySpec == .symmetricDefault,
                blob.keyID != key.keyID || blob.accountID != key.accountID
            {
                throw AWSError(
                    .incorrectKey,
                    "\(operation): the ciphertext was encrypted under \(blob.keyID) of account \(blob.accountID),"
                        + " not under \(key.arn)")
            }
        } else {
            guard let (blob, _) = parsed else {
                throw AWSError(
                    .invalidCiphertext,
                    "\(operation): the ciphertext is not a symmetric KMS ciphertext; give the KeyId for an asymmetric one"
                )
            }
            let region = requestRegion(of: caller.session)
            guard let found = liveKey(blob.accountID, region, blob.keyID) else {
                throw AWSError(
                    .notFound,
                    "\(operation): the key that encrypted the ciphertext, \(keyARN(blob.accountID, region, blob.keyID)),"
                        + " does not exist")
            }
            key = found
        }
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess(
            action, on: key, as: caller, alias: alias, context: extraContext, encryptionContext: context,
            algorithm: algorithm)
        try requireUsable(key, usage: .encryptDecrypt, operation: operation)
        if key.keySpec == .symmetricDefault {
            guard algorithm == .symmetricDefault else {
                throw AWSError(
                    .invalidKeyUsage, "\(key.arn) is symmetric; it decrypts with SYMMETRIC_DEFAULT, not \(algorithm)")
            }
            guard let (blob, headerLength) = parsed else {
                throw AWSError(.invalidCiphertext, "\(operation): the ciphertext is not one of \(key.arn)")
            }
            guard blob.version < key.rotation.versionCount(at: now) else {
                throw AWSError(
                    .invalidCiphertext, "\(operation): the ciphertext names material \(key.arn) does not have")
            }
            let material = try symmetricMaterial(of: key, version: blob.version)
            return (try CiphertextBlob.open(bytes, headerLength: headerLength, key: material, context: context), key)
        }
        guard key.keySpec.isRSA, algorithm == .rsaesOAEPSHA1 || algorithm == .rsaesOAEPSHA256 else {
            throw AWSError(.invalidKeyUsage, "\(key.arn) (\(key.keySpec)) does not decrypt with \(algorithm)")
        }
        guard context.isEmpty else {
            throw AWSError(.kmsValidation, "an encryption context is not supported with the asymmetric key \(key.arn)")
        }
        do {
            let plaintext = try key.material.rsaEncryptionKey().decrypt(
                ciphertext, padding: algorithm == .rsaesOAEPSHA1 ? .PKCS1_OAEP : .PKCS1_OAEP_SHA256)
            return (plaintext, key)
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(
                .invalidCiphertext, "\(operation): the ciphertext does not decrypt with \(key.arn) and \(algorithm)")
        }
    }

    // MARK: - ReEncrypt

    /// `ReEncrypt`: decrypts under the source key and encrypts under the destination key, inside
    /// KMS; needs `kms:ReEncryptFrom` on the source and `kms:ReEncryptTo` on the destination
    /// (`kms:ReEncryptOnSameKey` tells policies whether they are the same key).
    public func reEncrypt(
        ciphertextBlob: Data,
        sourceEncryptionContext: EncryptionContext = [:],
        sourceKeyID: String? = nil,
        destinationKeyID: String,
        destinationEncryptionContext: EncryptionContext = [:],
        sourceEncryptionAlgorithm: EncryptionAlgorithmSpec = .symmetricDefault,
        destinationEncryptionAlgorithm: EncryptionAlgorithmSpec = .symmetricDefault,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> ReEncryptResult {
        let caller = prepare(session, memoizingDecisions: false)
        try Self.validate(encryptionContext: destinationEncryptionContext, operation: "ReEncrypt")
        let (destination, destinationAlias) = try resolveKey(
            destinationKeyID, for: session, operation: "ReEncrypt", rules: .cryptographic)
        let sourceID =
            sourceKeyID.flatMap {
                try? resolveKey($0, for: session, operation: "ReEncrypt", rules: .cryptographic).key.keyID
            }
            ?? CiphertextBlob.parse([UInt8](ciphertextBlob))?.0.keyID
        let sameKey = ["kms:ReEncryptOnSameKey": [sourceID == destination.keyID ? "true" : "false"]]
        let (plaintext, source) = try open(
            ciphertextBlob, keyID: sourceKeyID, context: sourceEncryptionContext, algorithm: sourceEncryptionAlgorithm,
            grantTokens: grantTokens, action: "kms:ReEncryptFrom", operation: "ReEncrypt", as: caller,
            extraContext: sameKey)
        try requireKeyAccess(
            "kms:ReEncryptTo", on: destination, as: caller, alias: destinationAlias, context: sameKey,
            encryptionContext: destinationEncryptionContext, algorithm: destinationEncryptionAlgorithm)
        try requireUsable(destination, usage: .encryptDecrypt, operation: "ReEncrypt")
        let blob = try seal(
            plaintext, with: destination, algorithm: destinationEncryptionAlgorithm,
            context: destinationEncryptionContext)
        return ReEncryptResult(
            ciphertextBlob: blob, sourceKeyID: source.arn, keyID: destination.arn,
            sourceEncryptionAlgorithm: sourceEncryptionAlgorithm,
            destinationEncryptionAlgorithm: destinationEncryptionAlgorithm)
    }

    // MARK: - Data keys

    /// `GenerateDataKey`: a fresh random data key, in plaintext and encrypted under a symmetric KMS key.
    /// - Parameters:
    ///   - keySpec: `AES_256` or `AES_128`; give this or `numberOfBytes`.
    ///   - numberOfBytes: 1 to 1,024.
    public func generateDataKey(
        keyID: String,
        keySpec: DataKeySpec? = nil,
        numberOfBytes: Int? = nil,
        encryptionContext: EncryptionContext = [:],
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> GenerateDataKeyResult {
        try generateDataKey(
            keyID: keyID, keySpec: keySpec, numberOfBytes: numberOfBytes, encryptionContext: encryptionContext,
            grantTokens: grantTokens, withPlaintext: true, as: prepare(session, memoizingDecisions: false))
    }

    /// `GenerateDataKeyWithoutPlaintext`: only the encrypted data key.
    public func generateDataKeyWithoutPlaintext(
        keyID: String,
        keySpec: DataKeySpec? = nil,
        numberOfBytes: Int? = nil,
        encryptionContext: EncryptionContext = [:],
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> GenerateDataKeyResult {
        try generateDataKey(
            keyID: keyID, keySpec: keySpec, numberOfBytes: numberOfBytes, encryptionContext: encryptionContext,
            grantTokens: grantTokens, withPlaintext: false, as: prepare(session, memoizingDecisions: false))
    }

    func generateDataKey(
        keyID: String,
        keySpec: DataKeySpec?,
        numberOfBytes: Int?,
        encryptionContext: EncryptionContext,
        grantTokens: [String],
        withPlaintext: Bool,
        as caller: PreparedCaller
    ) throws(AWSError) -> GenerateDataKeyResult {
        let operation = withPlaintext ? "GenerateDataKey" : "GenerateDataKeyWithoutPlaintext"
        let length: Int
        switch (keySpec, numberOfBytes) {
        case (let spec?, nil): length = spec.byteCount
        case (nil, let count?):
            guard (1...1_024).contains(count) else {
                throw AWSError(.kmsValidation, "\(operation): NumberOfBytes must be 1 to 1024, not \(count)")
            }
            length = count
        case (nil, nil):
            throw AWSError(.kmsValidation, "\(operation): give KeySpec or NumberOfBytes")
        case (_?, _?):
            throw AWSError(.kmsValidation, "\(operation): give KeySpec or NumberOfBytes, not both")
        }
        try Self.validate(encryptionContext: encryptionContext, operation: operation)
        let (key, alias) = try resolveKey(keyID, for: caller.session, operation: operation, rules: .cryptographic)
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess(
            "kms:\(operation)", on: key, as: caller, alias: alias, encryptionContext: encryptionContext)
        try requireUsable(key, usage: .encryptDecrypt, operation: operation)
        guard key.keySpec == .symmetricDefault else {
            throw AWSError(.invalidKeyUsage, "\(operation) needs a symmetric key; \(key.arn) is \(key.keySpec)")
        }
        let dataKey = SymmetricKey(size: SymmetricKeySize(bitCount: length * 8)).withUnsafeBytes { Data($0) }
        let blob = try seal(dataKey, with: key, algorithm: .symmetricDefault, context: encryptionContext)
        return GenerateDataKeyResult(ciphertextBlob: blob, plaintext: withPlaintext ? dataKey : nil, keyID: key.arn)
    }

    /// `GenerateDataKeyPair`: a fresh asymmetric key pair whose private key is encrypted under a
    /// symmetric KMS key. `SM2` pairs are not offered (China Regions only, see ``KeySpec``).
    public func generateDataKeyPair(
        keyID: String,
        keyPairSpec: DataKeyPairSpec,
        encryptionContext: EncryptionContext = [:],
        withPlaintext: Bool = true,
        grantTokens: [String] = [],
        as session: Session
    ) throws(AWSError) -> GenerateDataKeyPairResult {
        let operation = withPlaintext ? "GenerateDataKeyPair" : "GenerateDataKeyPairWithoutPlaintext"
        try Self.validate(encryptionContext: encryptionContext, operation: operation)
        let caller = prepare(session, memoizingDecisions: false)
        let (key, alias) = try resolveKey(keyID, for: session, operation: operation, rules: .cryptographic)
        try Self.validate(grantTokens: grantTokens, for: key)
        try requireKeyAccess(
            "kms:\(operation)", on: key, as: caller, alias: alias,
            context: ["kms:DataKeyPairSpec": [keyPairSpec.rawValue]], encryptionContext: encryptionContext)
        try requireUsable(key, usage: .encryptDecrypt, operation: operation)
        guard key.keySpec == .symmetricDefault else {
            throw AWSError(.invalidKeyUsage, "\(operation) needs a symmetric key; \(key.arn) is \(key.keySpec)")
        }
        let (privateKey, publicKey) = try Self.makeKeyPair(keyPairSpec)
        let blob = try seal(privateKey, with: key, algorithm: .symmetricDefault, context: encryptionContext)
        return GenerateDataKeyPairResult(
            privateKeyCiphertextBlob: blob, privateKeyPlaintext: withPlaintext ? privateKey : nil,
            publicKey: publicKey, keyID: key.arn, keyPairSpec: keyPairSpec)
    }

    /// A new key pair: the private key as PKCS #8 DER, the public key as `SubjectPublicKeyInfo` DER.
    static func makeKeyPair(_ spec: DataKeyPairSpec) throws(AWSError) -> (Data, Data) {
        do {
            switch spec {
            case .rsa2048, .rsa3072, .rsa4096:
                let bits = spec == .rsa2048 ? 2_048 : spec == .rsa3072 ? 3_072 : 4_096
                let key = try _RSA.Signing.PrivateKey(keySize: .init(bitCount: bits))
                return (key.pkcs8DERRepresentation, key.publicKey.derRepresentation)
            case .eccNISTP256:
                let key = P256.Signing.PrivateKey()
                return (key.derRepresentation, key.publicKey.derRepresentation)
            case .eccNISTP384:
                let key = P384.Signing.PrivateKey()
                return (key.derRepresentation, key.publicKey.derRepresentation)
            case .eccNISTP521:
                let key = P521.Signing.PrivateKey()
                return (key.derRepresentation, key.publicKey.derRepresentation)
            case .eccSECGP256K1:
                // A data key pair is fresh each time, like the NIST pairs: 32 random bytes, drawn
                // again in the rare case they are not a valid scalar.
                while true {
                    let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { [UInt8]($0) }
                    if let key = Secp256k1PrivateKey(rawRepresentation: bytes) {
                        return (Data(key.pkcs8DERRepresentation), Data(key.publicKey.derRepresentation))
                    }
                }
            case .sm2:
                throw AWSError(.kmsValidation, "KeyPairSpec SM2 is offered only in the China Regions")
            }
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(.kmsInternal, "could not make a \(spec) key pair: \(error)")
        }
    }

    /// `GenerateRandom`: 1 to 1,024 random bytes; needs `kms:GenerateRandom` in an IAM policy.
    public func generateRandom(numberOfBytes: Int, as session: Session) throws(AWSError) -> Data {
        guard (1...1_024).contains(numberOfBytes) else {
            throw AWSError(.kmsValidation, "NumberOfBytes must be 1 to 1024, not \(numberOfBytes)")
        }
        try requireKMSAccess("kms:GenerateRandom", as: session)
        return SymmetricKey(size: SymmetricKeySize(bitCount: numberOfBytes * 8)).withUnsafeBytes { Data($0) }
    }

    // MARK: - Checks shared by the cryptographic operations

    /// The key must be enabled and of the usage the operation needs.
    func requireUsable(_ key: KMSKey, usage: KeyUsage, operation: String) throws(AWSError) {
        // The common case, an enabled key with KMS material, needs no state derivation.
        if !(key.isEnabled && key.deletionScheduledAt == nil && key.origin == .awsKMS) {
            try requireState(of: key, in: [.enabled], operation: operation)
        }
        guard key.keyUsage == usage else {
            throw AWSError(
                .invalidKeyUsage,
                "\(operation) needs a key whose KeyUsage is \(usage); \(key.arn) is \(key.keyUsage) (\(key.keySpec))")
        }
    }

    static func validate(plaintext: Data, operation: String) throws(AWSError) {
        guard !plaintext.isEmpty, plaintext.count <= maximumPlaintextLength else {
            throw AWSError(
                .kmsValidation,
                "\(operation): Plaintext must be 1 to \(maximumPlaintextLength) bytes, not \(plaintext.count)")
        }
    }

    /// Grant tokens must be tokens of the key's grants. Grants take effect at once in the world,
    /// so a valid token changes nothing else.
    static func validate(grantTokens: [String], for key: KMSKey) throws(AWSError) {
        guard !grantTokens.isEmpty else { return }
        guard grantTokens.count <= 10 else {
            throw AWSError(.kmsValidation, "at most 10 grant tokens may be given, not \(grantTokens.count)")
        }
        for token in grantTokens where !key.grants.contains(where: { $0.grantToken == token }) {
            throw AWSError(.invalidGrantToken, "the grant token '\(token.prefix(24))...' is not a token of \(key.arn)")
        }
    }

    // MARK: - Authorization of a prepared caller

    /// Authorizes a KMS action on a key for a prepared caller, explaining a denial.
    func requireKeyAccess(
        _ action: String,
        on key: KMSKey,
        as caller: PreparedCaller,
        alias: String? = nil,
        context: [String: [String]] = [:],
        encryptionContext: EncryptionContext? = nil,
        algorithm: EncryptionAlgorithmSpec? = nil
    ) throws(AWSError) {
        if let problem = caller.problem { throw problem }
        let memoKey = caller.memo.map { _ in
            DecisionMemo.Key(
                action: action, revision: key.revision, encryptionContext: encryptionContext, algorithm: algorithm,
                alias: alias, extra: context)
        }
        if let memoKey, caller.memo?.decision(for: memoKey) == true { return }
        let inputs = keyRequest(
            action, on: key, as: caller, alias: alias, context: context, encryptionContext: encryptionContext,
            algorithm: algorithm)
        let allowed = Authorizer.evaluate(inputs.0, against: inputs.1).isAllowed
        if let memoKey { caller.memo?.remember(allowed, for: memoKey) }
        guard allowed else {
            let decision = Authorizer.evaluate(inputs.0, against: inputs.1, options: Authorizer.Options(explain: true))
            let request = AccessRequest(
                session: caller.session, action: action, resource: key.resource, region: key.region)
            throw AWSError(.accessDeniedException, Self.denialMessage(request, decision), decision: decision)
        }
    }

    /// `kms:EncryptionAlgorithm`, typed once per algorithm.
    static let algorithmContexts: [EncryptionAlgorithmSpec: RequestContext] = Dictionary(
        uniqueKeysWithValues: EncryptionAlgorithmSpec.allCases.map { algorithm in
            var context = RequestContext(minimumCapacity: 1)
            context["kms:EncryptionAlgorithm"] = [algorithm.rawValue]
            return (algorithm, context)
        })

    /// The engine's inputs for a request on a key, built without the general gateway's
    /// conversions: the caller's prepared context under the key's own typed keys, the caller's
    /// KMS keys, the algorithm's shared entry, and only the request's own keys made anew. The
    /// result is what ``engineInputs(for:as:)`` would give for the same request.
    func keyRequest(
        _ action: String,
        on key: KMSKey,
        as caller: PreparedCaller,
        alias: String?,
        context extra: [String: [String]],
        encryptionContext: EncryptionContext?,
        algorithm: EncryptionAlgorithmSpec?
    ) -> (AuthorizationRequest, PolicySet) {
        let side =
            key.accountID == caller.ownAccountResource.accountID
            ? caller.ownAccountResource : resourceAccountSide(key.accountID)
        var policies = caller.policies
        policies.resourcePolicy = key.resource.policy
        policies.resourceAccount = key.accountID
        policies.grants = key.resource.grants
        policies.isAWSManagedKey = key.resource.isAWSManagedKey
        policies.resourceControlPolicies = side.resourceControlPolicies
        var context = caller.context
        Self.applyResourceSide(side, to: &context)
        context.share(key.resource.context)
        context.merge(caller.kmsContext)
        if let algorithm, let typed = Self.algorithmContexts[algorithm] { context.merge(typed) }
        if let encryptionContext, !encryptionContext.isEmpty {
            for (name, value) in encryptionContext {
                context.set(
                    "kms:EncryptionContext:" + name, lowercasedKey: "kms:encryptioncontext:" + name.lowercased(),
                    values: [value], multivalued: false)
            }
            context.set(
                "kms:EncryptionContextKeys", lowercasedKey: "kms:encryptioncontextkeys",
                values: encryptionContext.count == 1 ? Array(encryptionContext.keys) : encryptionContext.keys.sorted(),
                multivalued: true)
        }
        if let alias { context["kms:RequestAlias"] = [alias] }
        for (name, values) in extra {
            context.set(
                name, values: values, multivalued: values.count != 1 || Self.multivaluedKeys.contains(name.lowercased())
            )
        }
        // The caller's context says the session's Region; a key elsewhere (a replica) says its own.
        if (caller.session.attributes.region ?? regions[0]) != key.region {
            context["aws:RequestedRegion"] = [key.region]
        }
        var request = key.material.requestTemplate(action: action, arn: key.arn)
        request.principal = caller.principal
        request.context = context
        return (request, policies)
    }
}
