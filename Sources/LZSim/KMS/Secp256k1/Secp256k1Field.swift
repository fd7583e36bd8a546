import BigInt

/// Arithmetic in the prime field of secp256k1, on values already reduced below `p`.
///
/// `p` = 2²⁵⁶ − c with c = 2³² + 977, so 2²⁵⁶ ≡ c (mod p): a product below 2⁵¹² reduces by
/// folding its high half back in, multiplied by c, twice, then at most one subtraction. This is
/// several times faster than a general division.
enum Secp256k1Field {
    private static let fold = BigUInt(0x1_0000_03D1)
    private static let low256 = (BigUInt(1) << 256) - 1

    /// `value` modulo `p`, for any `value` below 2⁵¹².
    static func reduce(_ value: BigUInt) -> BigUInt {
        var folded = value
        while folded > low256 {
            folded = (folded & low256) + (folded >> 256) * fold
        }
        if folded >= Secp256k1.p { folded -= Secp256k1.p }
        return folded
    }

    static func add(_ lhs: BigUInt, _ rhs: BigUInt) -> BigUInt {
        let sum = lhs + rhs
        return sum >= Secp256k1.p ? sum - Secp256k1.p : sum
    }

    static func subtract(_ lhs: BigUInt, _ rhs: BigUInt) -> BigUInt {
        lhs >= rhs ? lhs - rhs : lhs + Secp256k1.p - rhs
    }

    static func multiply(_ lhs: BigUInt, _ rhs: BigUInt) -> BigUInt {
        reduce(lhs * rhs)
    }

    static func square(_ value: BigUInt) -> BigUInt {
        reduce(value * value)
    }

    /// `value` times a small constant.
    static func multiply(_ value: BigUInt, by small: Int) -> BigUInt {
        reduce(value * BigUInt(small))
    }

    static func negate(_ value: BigUInt) -> BigUInt {
        value.isZero ? value : Secp256k1.p - value
    }

    /// The inverse of a non-zero element (Fermat: `p` is prime).
    static func invert(_ value: BigUInt) -> BigUInt {
        value.power(Secp256k1.p - 2, modulus: Secp256k1.p)
    }

    /// A square root of `value`, or `nil` if it has none. As p ≡ 3 (mod 4), the candidate is
    /// value^((p + 1) / 4).
    static func squareRoot(_ value: BigUInt) -> BigUInt? {
        let root = value.power((Secp256k1.p + 1) >> 2, modulus: Secp256k1.p)
        return square(root) == value ? root : nil
    }
}
