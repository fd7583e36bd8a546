import Crypto
import Foundation
import LZPolicy
import _CryptoExtras

/// A key's material, made the first time the key is used and then kept.
///
/// A world is a value, but making key material is expensive (an RSA 4,096 key takes about a
/// second), so the material is not part of the value: each key holds a reference to one
/// `KeyMaterial`, which every copy of the world shares, and which fills itself in under a lock the
/// first time an operation needs it. Creating 10,000 keys therefore makes no material at all.
///
/// - Symmetric, HMAC and elliptic-curve material (secp256k1 included) is derived with HKDF-SHA256
///   from the world's seed and the key ID (and, for symmetric keys, the material version), so the
///   same world built twice has the same keys, and a copy of a world can never see material another copy lacks.
/// - RSA material cannot be derived that way (swift-crypto makes RSA keys from the system's random
///   generator only), so it is generated on first use and cached here: it is the same for every
///   copy of the world that holds this key, but differs between two runs of the same seed.
///   Ciphertexts and signatures are never reproducible anyway (AWS's are not either).
/// - Multi-Region replicas share their primary's `KeyMaterial`, as KMS shares material across Regions.
final class KeyMaterial: @unchecked Sendable {
    private let seed: UInt64
    private let materialID: String
    private let spec: KeySpec
    private let usage: KeyUsage
    private let lock = NSLock()
    // Guarded by `lock`.
    private var secret: SymmetricKey?
    private var symmetric: [Int: SymmetricKey] = [:]
    private var hmac: SymmetricKey?
    private var rsaSigning: _RSA.Signing.PrivateKey?
    private var rsaEncryption: _RSA.Encryption.PrivateKey?
    private var ecc: ECCPrivateKey?
    private var requestTemplates: [String: AuthorizationRequest] = [:]

    init(seed: UInt64, materialID: String, spec: KeySpec, usage: KeyUsage) {
        self.seed = seed
        self.materialID = materialID
        self.spec = spec
        self.usage = usage
    }

    private func withLock<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The per-key secret every derived material comes from. Call with the lock held.
    private func keySecret() -> SymmetricKey {
        if let secret { return secret }
        var seedBytes = seed.bigEndian
        let ikm = withUnsafeBytes(of: &seedBytes) { SymmetricKey(data: Data("lzsim-kms-world".utf8) + Data($0)) }
        let made = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: ikm, salt: Data(materialID.utf8), info: Data("lzsim kms key secret".utf8),
            outputByteCount: 32)
        secret = made
        return made
    }

    private func derive(_ info: String, _ count: Int) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: keySecret(), info: Data(info.utf8), outputByteCount: count)
    }

    /// The engine's request for `action` on the key `arn`, with the ARN read once; each request
    /// fills in its caller and context. Made on first use, like the material, so that creating
    /// keys stays cheap. (Replicas share this object but not their ARN, hence the ARN in the check.)
    func requestTemplate(action: String, arn: String) -> AuthorizationRequest {
        withLock {
            if let template = requestTemplates[action], template.resource == arn { return template }
            let template = AuthorizationRequest(principal: .anonymous, action: action, resource: arn)
            requestTemplates[action] = template
            return template
        }
    }

    /// The AES-256 key of one material version of a symmetric key.
    func symmetricKey(version: Int) -> SymmetricKey {
        withLock {
            if let key = symmetric[version] { return key }
            let key = derive("symmetric v\(version)", 32)
            symmetric[version] = key
            return key
        }
    }

    /// The HMAC key, of the length the spec says.
    func hmacKey() -> SymmetricKey {
        withLock {
            if let hmac { return hmac }
            let length =
                switch spec {
                case .hmac224: 28
                case .hmac384: 48
                case .hmac512: 64
                default: 32
                }
            let key = derive("hmac", length)
            hmac = key
            return key
        }
    }

    /// The RSA key for signing, generated on first use.
    func rsaSigningKey() throws(AWSError) -> _RSA.Signing.PrivateKey {
        try withLock { () throws(AWSError) -> _RSA.Signing.PrivateKey in
            if let rsaSigning { return rsaSigning }
            do {
                let key = try _RSA.Signing.PrivateKey(keySize: .init(bitCount: spec.rsaBits))
                rsaSigning = key
                return key
            } catch {
                throw AWSError(.kmsInternal, "could not make RSA material for \(materialID): \(error)")
            }
        }
    }

    /// The RSA key for encryption, generated on first use.
    func rsaEncryptionKey() throws(AWSError) -> _RSA.Encryption.PrivateKey {
        try withLock { () throws(AWSError) -> _RSA.Encryption.PrivateKey in
            if let rsaEncryption { return rsaEncryption }
            do {
                let key = try _RSA.Encryption.PrivateKey(keySize: .init(bitCount: spec.rsaBits))
                rsaEncryption = key
                return key
            } catch {
                throw AWSError(.kmsInternal, "could not make RSA material for \(materialID): \(error)")
            }
        }
    }

    /// The elliptic-curve key, derived on first use.
    func eccKey() throws(AWSError) -> ECCPrivateKey {
        try withLock { () throws(AWSError) -> ECCPrivateKey in
            if let ecc { return ecc }
            // A derived scalar out of its curve's range (rare) is replaced by the next derivation,
            // so the result stays deterministic.
            for attempt in 0..<64 {
                let scalarLength =
                    switch spec {
                    case .eccNISTP384: 48
                    case .eccNISTP521: 66
                    default: 32
                    }
                var bytes = derive("ecc \(attempt)", scalarLength).withUnsafeBytes { [UInt8]($0) }
                if spec == .eccNISTP521 { bytes[0] &= 0x01 }
                let made: ECCPrivateKey? =
                    switch spec {
                    case .eccNISTP256: (try? P256.Signing.PrivateKey(rawRepresentation: bytes)).map { .p256($0) }
                    case .eccNISTP384: (try? P384.Signing.PrivateKey(rawRepresentation: bytes)).map { .p384($0) }
                    case .eccNISTP521: (try? P521.Signing.PrivateKey(rawRepresentation: bytes)).map { .p521($0) }
                    case .eccSECGP256K1: Secp256k1PrivateKey(rawRepresentation: bytes).map { .secp256k1($0) }
                    default: nil
                    }
                if let made {
                    ecc = made
                    return made
                }
            }
            throw AWSError(.kmsInternal, "could not derive \(spec.rawValue) material for \(materialID)")
        }
    }
}

/// An elliptic-curve private key on one of the curves KMS offers: the three NIST curves
/// (swift-crypto) and secp256k1 (lzsim's own arithmetic).
enum ECCPrivateKey: Sendable {
    case p256(P256.Signing.PrivateKey)
    case p384(P384.Signing.PrivateKey)
    case p521(P521.Signing.PrivateKey)
    case secp256k1(Secp256k1PrivateKey)

    /// The public key as DER `SubjectPublicKeyInfo`, as `GetPublicKey` returns it.
    var publicKeyDER: Data {
        switch self {
        case .p256(let key): key.publicKey.derRepresentation
        case .p384(let key): key.publicKey.derRepresentation
        case .p521(let key): key.publicKey.derRepresentation
        case .secp256k1(let key): Data(key.publicKey.derRepresentation)
        }
    }
}

/// Digests given as bytes (`MessageType` `DIGEST`), as swift-crypto's digest types.
///
/// swift-crypto makes its digest values only by hashing; a `SHA256Digest` is exactly its 32 bytes
/// (four `UInt64`s), so a digest the caller computed is reinterpreted as one. The sizes are
/// checked before the cast, and a test hashes, casts back and compares.
enum DigestBytes {
    static func sha256(_ bytes: [UInt8]) -> SHA256Digest {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        precondition(bytes.count == 32 && MemoryLayout<SHA256Digest>.size == MemoryLayout.size(ofValue: words))
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        return unsafeBitCast(words, to: SHA256Digest.self)
    }

    static func sha384(_ bytes: [UInt8]) -> SHA384Digest {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        precondition(bytes.count == 48 && MemoryLayout<SHA384Digest>.size == MemoryLayout.size(ofValue: words))
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        return unsafeBitCast(words, to: SHA384Digest.self)
    }

    static func sha512(_ bytes: [UInt8]) -> SHA512Digest {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        precondition(bytes.count == 64 && MemoryLayout<SHA512Digest>.size == MemoryLayout.size(ofValue: words))
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        return unsafeBitCast(words, to: SHA512Digest.self)
    }
}

/// SHA-224 (FIPS 180-4), which `HMAC_224` keys need and swift-crypto does not offer: SHA-256 with
/// other initial values, truncated to 28 bytes.
enum SHA224 {
    private static let initial: [UInt32] = [
        0xc105_9ed8, 0x367c_d507, 0x3070_dd17, 0xf70e_5939, 0xffc0_0b31, 0x6858_1511, 0x64f9_8fa7, 0xbefa_4fa4,
    ]
    private static let rounds: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    static func hash(_ message: [UInt8]) -> [UInt8] {
        var state = initial
        var padded = message
        padded.append(0x80)
        while padded.count % 64 != 56 { padded.append(0) }
        let bitLength = UInt64(message.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
            padded.append(UInt8(truncatingIfNeeded: bitLength >> shift))
        }
        var words = [UInt32](repeating: 0, count: 64)
        for block in stride(from: 0, to: padded.count, by: 64) {
            for index in 0..<16 {
                let base = block + index * 4
                words[index] =
                    UInt32(padded[base]) << 24 | UInt32(padded[base + 1]) << 16 | UInt32(padded[base + 2]) << 8
                    | UInt32(padded[base + 3])
            }
            for index in 16..<64 {
                let w15 = words[index - 15]
                let w2 = words[index - 2]
                let s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >> 3)
                let s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >> 10)
                words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (
                state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
            )
            for index in 0..<64 {
                let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ choice &+ rounds[index] &+ words[index]
                let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            state[0] &+= a
            state[1] &+= b
            state[2] &+= c
            state[3] &+= d
            state[4] &+= e
            state[5] &+= f
            state[6] &+= g
            state[7] &+= h
        }
        return state.prefix(7).flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }

    /// HMAC-SHA-224 (RFC 2104; the block is 64 bytes).
    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > 64 ? hash(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        let inner = hash(block.map { $0 ^ 0x36 } + message)
        return hash(block.map { $0 ^ 0x5c } + inner)
    }
}
