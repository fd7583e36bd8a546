import BigInt
import Crypto
import Foundation

/// The deterministic ECDSA nonces of RFC 6979, section 3.2, with HMAC-SHA-256, for secp256k1.
///
/// The nonce k is derived from the private key and the digest, so signing needs no randomness
/// and a world built from a seed signs the same message the same way every time. Both the
/// group order and the hash are 256 bits long, so `bits2int` is plain big-endian reading and
/// one HMAC output is one candidate. (AWS does not say how KMS chooses its nonces; its
/// signatures differ between calls. Any valid nonce gives a signature KMS's `Verify` and every
/// other verifier accept.)
struct Secp256k1NonceGenerator {
    private var key: SymmetricKey
    private var value: [UInt8]

    /// Starts the generator for the private scalar `privateKey` and a 32-byte `digest`
    /// (RFC 6979, section 3.2, steps b to g).
    init(privateKey: BigUInt, digest: [UInt8]) {
        precondition(digest.count == Secp256k1.byteCount)
        // bits2octets: the digest as an integer reduced modulo n, in 32 bytes.
        let reducedDigest = Secp256k1.bytes(Secp256k1.reduceScalar(Secp256k1.integer(digest)))
        let secret = Secp256k1.bytes(privateKey)
        value = [UInt8](repeating: 0x01, count: 32)
        key = SymmetricKey(data: [UInt8](repeating: 0x00, count: 32))
        for separator: UInt8 in [0x00, 0x01] {
            key = Self.nextKey(value + [separator] + secret + reducedDigest, key)
            value = Self.mac(value, key)
        }
    }

    /// The next candidate nonce in [1, n − 1] (step h); a caller whose nonce gave r = 0 or
    /// s = 0 asks again and gets the next one, as the RFC says.
    mutating func next() -> BigUInt {
        while true {
            value = Self.mac(value, key)
            let candidate = Secp256k1.integer(value)
            if !candidate.isZero, candidate < Secp256k1.n { return candidate }
            reseed()
        }
    }

    /// Step h.3: K = HMAC_K(V ‖ 0x00), V = HMAC_K(V).
    private mutating func reseed() {
        key = Self.nextKey(value + [0x00], key)
        value = Self.mac(value, key)
    }

    private static func mac(_ message: [UInt8], _ key: SymmetricKey) -> [UInt8] {
        [UInt8](HMAC<SHA256>.authenticationCode(for: message, using: key))
    }

    private static func nextKey(_ message: [UInt8], _ key: SymmetricKey) -> SymmetricKey {
        SymmetricKey(data: mac(message, key))
    }
}
