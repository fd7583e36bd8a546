import BigInt

/// A secp256k1 public key, the point Q = dG.
struct Secp256k1PublicKey: Sendable, Hashable {
    let point: Secp256k1Point

    /// Whether `signature` is a valid ECDSA signature of the 32-byte `digest` under this key
    /// (SEC 1, section 4.1.4).
    func isValidSignature(_ signature: Secp256k1Signature, forDigest digest: [UInt8]) -> Bool {
        guard digest.count == Secp256k1.byteCount else { return false }
        let e = Secp256k1.reduceScalar(Secp256k1.integer(digest))
        let w = Secp256k1.invertScalar(signature.s)
        let u1 = (e * w) % Secp256k1.n
        let u2 = (signature.r * w) % Secp256k1.n
        guard let point = Secp256k1JacobianPoint.sum(u1, Secp256k1.generator, u2, self.point).affine else {
            return false
        }
        return Secp256k1.reduceScalar(point.x) == signature.r
    }
}
