import BigInt

/// A point of secp256k1 in Jacobian coordinates, (X, Y, Z) standing for (X/Z², Y/Z³), with
/// Z = 0 for the point at infinity.
///
/// The group law in these coordinates needs no inversion, so a scalar multiplication inverts
/// once, when the result goes back to affine coordinates. The formulas are the standard ones for
/// curves with a = 0 (doubling "dbl-2009-l", addition "add-2007-bl" and its mixed form, from
/// the Explicit-Formulas Database). The arithmetic is not constant-time: it signs with simulated
/// key material only.
struct Secp256k1JacobianPoint: Sendable {
    private typealias F = Secp256k1Field

    let x: BigUInt
    let y: BigUInt
    let z: BigUInt

    static let infinity = Secp256k1JacobianPoint(x: 1, y: 1, z: 0)

    private init(x: BigUInt, y: BigUInt, z: BigUInt) {
        self.x = x
        self.y = y
        self.z = z
    }

    init(_ point: Secp256k1Point) {
        self.init(x: point.x, y: point.y, z: 1)
    }

    var isInfinity: Bool { z.isZero }

    /// The point in affine coordinates, or `nil` for the point at infinity.
    var affine: Secp256k1Point? {
        guard !isInfinity else { return nil }
        let inverse = F.invert(z)
        let inverseSquared = F.square(inverse)
        return Secp256k1Point(
            unchecked: F.multiply(x, inverseSquared), F.multiply(y, F.multiply(inverseSquared, inverse)))
    }

    /// 2P.
    func doubled() -> Secp256k1JacobianPoint {
        guard !isInfinity, !y.isZero else { return .infinity }
        let a = F.square(x)
        let b = F.square(y)
        let c = F.square(b)
        let d = F.multiply(F.subtract(F.subtract(F.square(F.add(x, b)), a), c), by: 2)
        let e = F.multiply(a, by: 3)
        let x3 = F.subtract(F.square(e), F.add(d, d))
        let y3 = F.subtract(F.multiply(e, F.subtract(d, x3)), F.multiply(c, by: 8))
        let z3 = F.multiply(F.multiply(y, z), by: 2)
        return Secp256k1JacobianPoint(x: x3, y: y3, z: z3)
    }

    /// P + Q for Q in affine coordinates (Z = 1), which saves four multiplications.
    func adding(_ other: Secp256k1Point) -> Secp256k1JacobianPoint {
        guard !isInfinity else { return Secp256k1JacobianPoint(other) }
        let zz = F.square(z)
        let u2 = F.multiply(other.x, zz)
        let s2 = F.multiply(other.y, F.multiply(z, zz))
        return combine(u1: x, s1: y, u2: u2, s2: s2, z: z) ?? doubled()
    }

    /// P + Q.
    func adding(_ other: Secp256k1JacobianPoint) -> Secp256k1JacobianPoint {
        guard !isInfinity else { return other }
        guard !other.isInfinity else { return self }
        let zz1 = F.square(z)
        let zz2 = F.square(other.z)
        let u1 = F.multiply(x, zz2)
        let u2 = F.multiply(other.x, zz1)
        let s1 = F.multiply(y, F.multiply(other.z, zz2))
        let s2 = F.multiply(other.y, F.multiply(z, zz1))
        return combine(u1: u1, s1: s1, u2: u2, s2: s2, z: F.multiply(z, other.z)) ?? doubled()
    }

    /// The sum from the two points' coordinates brought to a common denominator, or `nil` when
    /// the points are equal (the caller doubles instead). Opposite points give infinity.
    private func combine(u1: BigUInt, s1: BigUInt, u2: BigUInt, s2: BigUInt, z: BigUInt) -> Secp256k1JacobianPoint? {
        let h = F.subtract(u2, u1)
        let r = F.subtract(s2, s1)
        guard !h.isZero else { return r.isZero ? nil : .infinity }
        let hh = F.square(h)
        let hhh = F.multiply(h, hh)
        let v = F.multiply(u1, hh)
        let x3 = F.subtract(F.subtract(F.square(r), hhh), F.add(v, v))
        let y3 = F.subtract(F.multiply(r, F.subtract(v, x3)), F.multiply(s1, hhh))
        return Secp256k1JacobianPoint(x: x3, y: y3, z: F.multiply(z, h))
    }

    /// `scalar` · `point`, by double-and-add from the most significant bit.
    static func product(_ point: Secp256k1Point, _ scalar: BigUInt) -> Secp256k1JacobianPoint {
        var result = Secp256k1JacobianPoint.infinity
        for bit in stride(from: scalar.bitWidth - 1, through: 0, by: -1) {
            result = result.doubled()
            if scalar[bitAt: bit] { result = result.adding(point) }
        }
        return result
    }

    /// `u1` · `p1` + `u2` · `p2` in one pass over the bits (Shamir's trick), as ECDSA
    /// verification needs: half the doublings of two separate products.
    static func sum(_ u1: BigUInt, _ p1: Secp256k1Point, _ u2: BigUInt, _ p2: Secp256k1Point)
        -> Secp256k1JacobianPoint
    {
        let both = Secp256k1JacobianPoint(p1).adding(p2)
        var result = Secp256k1JacobianPoint.infinity
        for bit in stride(from: max(u1.bitWidth, u2.bitWidth) - 1, through: 0, by: -1) {
            result = result.doubled()
            switch (u1[bitAt: bit], u2[bitAt: bit]) {
            case (true, true): result = result.adding(both)
            case (true, false): result = result.adding(p1)
            case (false, true): result = result.adding(p2)
            case (false, false): break
            }
        }
        return result
    }
}
