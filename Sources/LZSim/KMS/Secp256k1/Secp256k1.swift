import BigInt
import Foundation
import SwiftASN1

/// The elliptic curve secp256k1, y² = x³ + 7 over the prime field of `p`, which KMS offers as
/// `ECC_SECG_P256K1` for signing and swift-crypto does not implement.
///
/// The parameters are those of SEC 2: Recommended Elliptic Curve Domain Parameters, version 2.0,
/// section 2.4.1 (https://www.secg.org/sec2-v2.pdf). Arithmetic is on `BigUInt`, with the field
/// reduction specialised for `p` (``Secp256k1Field``) and points in Jacobian coordinates
/// (``Secp256k1JacobianPoint``), so a scalar multiplication does a single inversion.
enum Secp256k1 {
    /// The field prime, 2²⁵⁶ − 2³² − 977.
    static let p = BigUInt("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", radix: 16)!
    /// The order of the generator, a prime a little below `p`.
    static let n = BigUInt("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", radix: 16)!
    /// The curve's constant term (the linear coefficient `a` is 0).
    static let b = BigUInt(7)
    /// The generator `G`.
    static let generator = Secp256k1Point(
        unchecked: BigUInt("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", radix: 16)!,
        BigUInt("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", radix: 16)!)

    /// The object identifier of the curve, 1.3.132.0.10 (SEC 2, appendix A.2).
    static let objectIdentifier: ASN1ObjectIdentifier = [1, 3, 132, 0, 10]
    /// `id-ecPublicKey`, 1.2.840.10045.2.1 (RFC 5480, section 2.1.1).
    static let ecPublicKeyIdentifier: ASN1ObjectIdentifier = .AlgorithmIdentifier.idEcPublicKey

    /// Field elements, scalars and coordinates are 32 bytes, big-endian.
    static let byteCount = 32

    /// `value` as exactly 32 big-endian bytes; `value` must be below 2²⁵⁶.
    static func bytes(_ value: BigUInt) -> [UInt8] {
        let minimal = [UInt8](value.serialize())
        precondition(minimal.count <= byteCount)
        return [UInt8](repeating: 0, count: byteCount - minimal.count) + minimal
    }

    /// The big-endian unsigned integer in `bytes`.
    static func integer<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> BigUInt {
        BigUInt(Data(bytes))
    }

    // MARK: - Arithmetic modulo the group order

    /// `value` modulo `n`.
    static func reduceScalar(_ value: BigUInt) -> BigUInt {
        value < n ? value : value % n
    }

    /// The inverse of a non-zero scalar modulo `n` (Fermat: `n` is prime).
    static func invertScalar(_ value: BigUInt) -> BigUInt {
        value.power(n - 2, modulus: n)
    }
}
