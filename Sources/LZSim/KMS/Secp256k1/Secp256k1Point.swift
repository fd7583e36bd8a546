import BigInt

/// A point of secp256k1 other than the point at infinity, in affine coordinates.
///
/// Points enter from outside (a public key, a SEC 1 encoding) only through the checking
/// initialisers, so every value of this type is on the curve.
struct Secp256k1Point: Sendable, Hashable {
    let x: BigUInt
    let y: BigUInt

    /// A point known to be on the curve (the generator, or a result of the group law).
    init(unchecked x: BigUInt, _ y: BigUInt) {
        self.x = x
        self.y = y
    }

    /// The point (x, y), or `nil` if the coordinates are not field elements or the point is not
    /// on the curve.
    init?(x: BigUInt, y: BigUInt) {
        guard x < Secp256k1.p, y < Secp256k1.p, Self.curveValue(at: x) == Secp256k1Field.square(y) else {
            return nil
        }
        self.init(unchecked: x, y)
    }

    /// The point in SEC 1 encoding (SEC 1 version 2, section 2.3.4): 65 bytes uncompressed
    /// (`04 ‖ x ‖ y`) or 33 bytes compressed (`02` or `03` by the parity of y, then `x`).
    /// Returns `nil` for any other length or prefix, or a point not on the curve.
    init?(sec1 bytes: [UInt8]) {
        let size = Secp256k1.byteCount
        switch (bytes.first, bytes.count) {
        case (0x04, 1 + 2 * size):
            self.init(
                x: Secp256k1.integer(bytes[1...size]), y: Secp256k1.integer(bytes[(1 + size)...]))
        case (0x02, 1 + size), (0x03, 1 + size):
            let x = Secp256k1.integer(bytes[1...])
            guard x < Secp256k1.p, let root = Secp256k1Field.squareRoot(Self.curveValue(at: x)) else { return nil }
            let wantsOdd = bytes[0] == 0x03
            let y = root[bitAt: 0] == wantsOdd ? root : Secp256k1Field.negate(root)
            // A root of 0 has no odd twin: 03 with y = 0 is not a point.
            guard y[bitAt: 0] == wantsOdd else { return nil }
            self.init(unchecked: x, y)
        default:
            return nil
        }
    }

    /// x³ + 7, the square of y for a point with abscissa x.
    private static func curveValue(at x: BigUInt) -> BigUInt {
        Secp256k1Field.add(Secp256k1Field.multiply(Secp256k1Field.square(x), x), Secp256k1.b)
    }

    /// `04 ‖ x ‖ y`, the encoding in a `SubjectPublicKeyInfo`.
    var uncompressedRepresentation: [UInt8] {
        [0x04] + Secp256k1.bytes(x) + Secp256k1.bytes(y)
    }

    /// `02 ‖ x` or `03 ‖ x`, by the parity of y.
    var compressedRepresentation: [UInt8] {
        [y[bitAt: 0] ? 0x03 : 0x02] + Secp256k1.bytes(x)
    }

    /// The point's inverse under the group law, (x, −y).
    var negated: Secp256k1Point {
        Secp256k1Point(unchecked: x, Secp256k1Field.negate(y))
    }

    /// `scalar` times this point, or `nil` when the product is the point at infinity.
    func multiplied(by scalar: BigUInt) -> Secp256k1Point? {
        Secp256k1JacobianPoint.product(self, scalar).affine
    }
}
