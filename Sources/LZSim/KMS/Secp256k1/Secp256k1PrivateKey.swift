import BigInt

/// A secp256k1 private key: a scalar d in [1, n − 1] and its public key dG.
struct Secp256k1PrivateKey: Sendable {
    /// The private scalar.
    let scalar: BigUInt
    /// The public key, computed once.
    let publicKey: Secp256k1PublicKey

    /// The key whose scalar is the 32 big-endian bytes given, or `nil` if they are not 32 bytes
    /// or the scalar is 0 or not below n (SEC 1, section 3.2.1).
    init?(rawRepresentation bytes: [UInt8]) {
        guard bytes.count == Secp256k1.byteCount else { return nil }
        self.init(scalar: Secp256k1.integer(bytes))
    }

    /// The key with scalar `scalar`, or `nil` if it is 0 or not below n.
    init?(scalar: BigUInt) {
        guard !scalar.isZero, scalar < Secp256k1.n, let point = Secp256k1.generator.multiplied(by: scalar) else {
            return nil
        }
        self.scalar = scalar
        self.publicKey = Secp256k1PublicKey(point: point)
    }

    /// The scalar in 32 big-endian bytes.
    var rawRepresentation: [UInt8] { Secp256k1.bytes(scalar) }

    /// The ECDSA signature of a 32-byte digest (SEC 1, section 4.1.3), with the nonce of
    /// RFC 6979. s is left as computed, high or low, as KMS leaves it.
    func signature(forDigest digest: [UInt8]) -> Secp256k1Signature {
        let e = Secp256k1.reduceScalar(Secp256k1.integer(digest))
        var nonces = Secp256k1NonceGenerator(privateKey: scalar, digest: digest)
        while true {
            let k = nonces.next()
            // k is in [1, n − 1] and G has order n, so kG is never infinity.
            guard let point = Secp256k1.generator.multiplied(by: k) else { continue }
            let r = Secp256k1.reduceScalar(point.x)
            let s = Secp256k1.reduceScalar(Secp256k1.invertScalar(k) * ((e + r * scalar) % Secp256k1.n))
            if let signature = Secp256k1Signature(r: r, s: s) { return signature }
        }
    }
}
