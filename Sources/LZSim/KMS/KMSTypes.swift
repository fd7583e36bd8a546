/// The vocabulary of AWS KMS, spelled as the API spells it
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html).

/// The type of key material: symmetric, RSA, elliptic curve or HMAC
/// (https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html).
public enum KeySpec: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case symmetricDefault = "SYMMETRIC_DEFAULT"
    case rsa2048 = "RSA_2048"
    case rsa3072 = "RSA_3072"
    case rsa4096 = "RSA_4096"
    case eccNISTP256 = "ECC_NIST_P256"
    case eccNISTP384 = "ECC_NIST_P384"
    case eccNISTP521 = "ECC_NIST_P521"
    /// secp256k1 (SEC 2), offered by KMS for signing only, mostly for cryptocurrency; swift-crypto
    /// lacks the curve, so lzsim signs and verifies with its own arithmetic.
    case eccSECGP256K1 = "ECC_SECG_P256K1"
    case hmac224 = "HMAC_224"
    case hmac256 = "HMAC_256"
    case hmac384 = "HMAC_384"
    case hmac512 = "HMAC_512"
    /// SM2, offered only in the China Regions, which the simulated `aws` partition does not have.
    case sm2 = "SM2"

    /// Whether the spec is RSA.
    public var isRSA: Bool { self == .rsa2048 || self == .rsa3072 || self == .rsa4096 }
    /// Whether the spec is an elliptic curve.
    public var isECC: Bool {
        self == .eccNISTP256 || self == .eccNISTP384 || self == .eccNISTP521 || self == .eccSECGP256K1
    }
    /// Whether the spec is HMAC.
    public var isHMAC: Bool { self == .hmac224 || self == .hmac256 || self == .hmac384 || self == .hmac512 }
    /// Whether the key is asymmetric (has a public key).
    public var isAsymmetric: Bool { isRSA || isECC || self == .sm2 }

    /// The key usages AWS accepts for the spec
    /// (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html#KMS-CreateKey-request-KeyUsage).
    public var allowedUsages: [KeyUsage] {
        switch self {
        case .symmetricDefault: [.encryptDecrypt]
        case .rsa2048, .rsa3072, .rsa4096: [.encryptDecrypt, .signVerify]
        case .eccNISTP256, .eccNISTP384, .eccNISTP521: [.signVerify, .keyAgreement]
        case .eccSECGP256K1: [.signVerify]
        case .hmac224, .hmac256, .hmac384, .hmac512: [.generateVerifyMAC]
        case .sm2: [.encryptDecrypt, .signVerify, .keyAgreement]
        }
    }

    /// The RSA modulus size in bits.
    var rsaBits: Int {
        switch self {
        case .rsa2048: 2_048
        case .rsa3072: 3_072
        case .rsa4096: 4_096
        default: 0
        }
    }
}

/// What a key is for.
public enum KeyUsage: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case encryptDecrypt = "ENCRYPT_DECRYPT"
    case signVerify = "SIGN_VERIFY"
    case generateVerifyMAC = "GENERATE_VERIFY_MAC"
    case keyAgreement = "KEY_AGREEMENT"
}

/// Where the key material comes from.
public enum KeyOrigin: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    /// KMS makes the material.
    case awsKMS = "AWS_KMS"
    /// The customer imports it (`ImportKeyMaterial`); the key waits in `PendingImport` until then.
    case external = "EXTERNAL"
    /// A CloudHSM custom key store, which the world does not simulate.
    case awsCloudHSM = "AWS_CLOUDHSM"
    /// An external key store, which the world does not simulate.
    case externalKeyStore = "EXTERNAL_KEY_STORE"
}

/// The state of a key, derived from its settings and the simulated clock
/// (https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
public enum KeyState: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case creating = "Creating"
    case enabled = "Enabled"
    case disabled = "Disabled"
    case pendingDeletion = "PendingDeletion"
    case pendingImport = "PendingImport"
    case pendingReplicaDeletion = "PendingReplicaDeletion"
    case unavailable = "Unavailable"
    case updating = "Updating"
}

/// Who manages a key: the customer, or AWS (the `aws/SERVICE` keys).
public enum KeyManagerType: String, Sendable, Hashable, AWSEnumeration {
    case aws = "AWS"
    case customer = "CUSTOMER"
}

/// Encryption algorithms.
public enum EncryptionAlgorithmSpec: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case symmetricDefault = "SYMMETRIC_DEFAULT"
    case rsaesOAEPSHA1 = "RSAES_OAEP_SHA_1"
    case rsaesOAEPSHA256 = "RSAES_OAEP_SHA_256"
    case sm2PKE = "SM2PKE"
}

/// Signing algorithms.
public enum SigningAlgorithmSpec: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case rsassaPSSSHA256 = "RSASSA_PSS_SHA_256"
    case rsassaPSSSHA384 = "RSASSA_PSS_SHA_384"
    case rsassaPSSSHA512 = "RSASSA_PSS_SHA_512"
    case rsassaPKCS1v15SHA256 = "RSASSA_PKCS1_V1_5_SHA_256"
    case rsassaPKCS1v15SHA384 = "RSASSA_PKCS1_V1_5_SHA_384"
    case rsassaPKCS1v15SHA512 = "RSASSA_PKCS1_V1_5_SHA_512"
    case ecdsaSHA256 = "ECDSA_SHA_256"
    case ecdsaSHA384 = "ECDSA_SHA_384"
    case ecdsaSHA512 = "ECDSA_SHA_512"
    case sm2DSA = "SM2DSA"

    /// The digest length in bytes the algorithm signs.
    var digestLength: Int {
        switch self {
        case .rsassaPSSSHA256, .rsassaPKCS1v15SHA256, .ecdsaSHA256, .sm2DSA: 32
        case .rsassaPSSSHA384, .rsassaPKCS1v15SHA384, .ecdsaSHA384: 48
        case .rsassaPSSSHA512, .rsassaPKCS1v15SHA512, .ecdsaSHA512: 64
        }
    }
}

/// MAC algorithms.
public enum MacAlgorithmSpec: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case hmacSHA224 = "HMAC_SHA_224"
    case hmacSHA256 = "HMAC_SHA_256"
    case hmacSHA384 = "HMAC_SHA_384"
    case hmacSHA512 = "HMAC_SHA_512"
}

/// Key agreement algorithms.
public enum KeyAgreementAlgorithmSpec: String, Sendable, Hashable, AWSEnumeration {
    case ecdh = "ECDH"
}

/// Whether `Sign` and `Verify` get the message or its digest.
public enum MessageType: String, Sendable, Hashable, AWSEnumeration {
    case raw = "RAW"
    case digest = "DIGEST"
}

/// Data key lengths for `GenerateDataKey`.
public enum DataKeySpec: String, Sendable, Hashable, AWSEnumeration {
    case aes256 = "AES_256"
    case aes128 = "AES_128"

    var byteCount: Int { self == .aes256 ? 32 : 16 }
}

/// Key pair specs for `GenerateDataKeyPair`.
public enum DataKeyPairSpec: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case rsa2048 = "RSA_2048"
    case rsa3072 = "RSA_3072"
    case rsa4096 = "RSA_4096"
    case eccNISTP256 = "ECC_NIST_P256"
    case eccNISTP384 = "ECC_NIST_P384"
    case eccNISTP521 = "ECC_NIST_P521"
    case eccSECGP256K1 = "ECC_SECG_P256K1"
    case sm2 = "SM2"
}

/// The role of a key in a set of multi-Region keys.
public enum MultiRegionKeyType: String, Sendable, Hashable, AWSEnumeration {
    case primary = "PRIMARY"
    case replica = "REPLICA"
}

/// How a key's material was rotated.
public enum RotationType: String, Sendable, Hashable, AWSEnumeration {
    case automatic = "AUTOMATIC"
    case onDemand = "ON_DEMAND"
}

/// An operation a grant can allow
/// (https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations).
public enum GrantOperation: String, Sendable, Hashable, CaseIterable, AWSEnumeration {
    case decrypt = "Decrypt"
    case encrypt = "Encrypt"
    case generateDataKey = "GenerateDataKey"
    case generateDataKeyWithoutPlaintext = "GenerateDataKeyWithoutPlaintext"
    case reEncryptFrom = "ReEncryptFrom"
    case reEncryptTo = "ReEncryptTo"
    case sign = "Sign"
    case verify = "Verify"
    case getPublicKey = "GetPublicKey"
    case createGrant = "CreateGrant"
    case retireGrant = "RetireGrant"
    case describeKey = "DescribeKey"
    case generateDataKeyPair = "GenerateDataKeyPair"
    case generateDataKeyPairWithoutPlaintext = "GenerateDataKeyPairWithoutPlaintext"
    case generateMac = "GenerateMac"
    case verifyMac = "VerifyMac"
    case deriveSharedSecret = "DeriveSharedSecret"

    /// Whether a grant with an encryption-context constraint may include the operation: the
    /// cryptographic operations of symmetric keys, which take an encryption context, and
    /// `DescribeKey`, `RetireGrant` and `CreateGrant`, to which the constraint does not apply (for
    /// `CreateGrant` it asks grants made with it to be as strict); not the operations of
    /// asymmetric and HMAC keys (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html).
    var allowsConstraint: Bool {
        switch self {
        case .sign, .verify, .getPublicKey, .generateMac, .verifyMac, .deriveSharedSecret: false
        default: true
        }
    }

    /// Whether a key of this spec and usage supports the operation.
    func isSupported(by spec: KeySpec, usage: KeyUsage) -> Bool {
        switch self {
        case .describeKey, .createGrant, .retireGrant: true
        case .encrypt, .decrypt, .reEncryptFrom, .reEncryptTo: usage == .encryptDecrypt
        case .generateDataKey, .generateDataKeyWithoutPlaintext, .generateDataKeyPair,
            .generateDataKeyPairWithoutPlaintext:
            spec == .symmetricDefault
        case .sign, .verify: usage == .signVerify
        case .getPublicKey: spec.isAsymmetric
        case .generateMac, .verifyMac: usage == .generateVerifyMAC
        case .deriveSharedSecret: usage == .keyAgreement
        }
    }
}

/// A KMS encryption context: non-secret pairs bound to a ciphertext as authenticated data
/// (https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html).
public typealias EncryptionContext = [String: String]

extension Dictionary where Key == String, Value == String {
    /// Reads an encryption context from JSON, as a scenario file or a CLI passes it: an object
    /// whose values are all strings.
    /// - Throws: ``AWSError`` (`ValidationException`) naming a value that is not a string.
    public init(encryptionContextJSON object: [String: Any]) throws(AWSError) {
        var pairs: [String: String] = [:]
        for (key, value) in object {
            guard let text = value as? String else {
                throw AWSError(
                    .kmsValidation,
                    "encryption context value for key '\(key)' must be a string, not \(type(of: value)) \(value)")
            }
            pairs[key] = text
        }
        self = pairs
    }
}
