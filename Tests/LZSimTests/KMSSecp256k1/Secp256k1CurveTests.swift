import BigInt
import Testing

@testable import LZSim

/// secp256k1's group law against published values: multiples of the generator, the group order,
/// and SEC 1 point encodings.
@Suite struct Secp256k1CurveTests {
    /// kG in SEC 1 compressed form, as published for secp256k1 (and used as test keys throughout
    /// Bitcoin software): G, 2G, 3G, 4G.
    static let multiples: [(BigUInt, String)] = [
        (1, "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
        (2, "02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"),
        (3, "02f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9"),
        (4, "02e493dbf1c10d80f3581e4904930b1404cc6c13900ee0758474fa94abe8c4cd13"),
    ]

    @Test("multiples of the generator are the published points", arguments: multiples)
    func generatorMultiples(scalar: BigUInt, compressed: String) throws {
        let point = try #require(Secp256k1.generator.multiplied(by: scalar))
        #expect(Hex.string(point.compressedRepresentation) == compressed)
        #expect(Secp256k1Point(sec1: Hex.bytes(compressed)) == point)
    }

    @Test("2G in uncompressed form has the published ordinate")
    func uncompressedDouble() throws {
        let point = try #require(Secp256k1.generator.multiplied(by: 2))
        #expect(
            Hex.string(point.uncompressedRepresentation)
                == "04c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"
                + "1ae168fea63dc339a3c58419466ceaeef7f632653266d0e1236431a950cfe52a")
    }

    @Test("the generator has order n: (n − 1)G is −G and nG is the point at infinity")
    func order() throws {
        let minusOne = try #require(Secp256k1.generator.multiplied(by: Secp256k1.n - 1))
        #expect(minusOne == Secp256k1.generator.negated)
        #expect(Secp256k1.generator.multiplied(by: Secp256k1.n) == nil)
        #expect(Secp256k1.generator.multiplied(by: 0) == nil)
    }

    @Test("the Jacobian sum agrees with the products it combines, and P + (−P) is infinity")
    func groupLaw() throws {
        let g = Secp256k1.generator
        let q = try #require(g.multiplied(by: 1_234_567))
        let a = Hex.integer("8f8a276c19f4149656b280621e358cce24f5f52542772691ee69063b74f15d15")
        let b = Hex.integer("38aa22d72376b4dbc472e06c3ba403ee0a394da63fc58d88686c611aba98d6b3")
        let joint = try #require(Secp256k1JacobianPoint.sum(a, g, b, q).affine)
        // aG + b(1234567 G) = (a + 1234567 b) G.
        let direct = try #require(g.multiplied(by: (a + 1_234_567 * b) % Secp256k1.n))
        #expect(joint == direct)
        #expect(Secp256k1JacobianPoint(q).adding(q.negated).isInfinity)
        #expect(Secp256k1JacobianPoint(q).adding(q).affine == q.multiplied(by: 2))
    }

    @Test(
        "SEC 1 encodings off the curve, of the wrong length or with an unknown prefix are refused",
        arguments: [
            // G's abscissa with the ordinate of 2G.
            "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                + "1ae168fea63dc339a3c58419466ceaeef7f632653266d0e1236431a950cfe52a",
            // x = 5 has no point: 5³ + 7 = 132 is not a square modulo p.
            "020000000000000000000000000000000000000000000000000000000000000005",
            // x = p is not a field element.
            "02fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f",
            "0579be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
            "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f817",
            "",
        ])
    func badEncodings(hex: String) {
        #expect(Secp256k1Point(sec1: Hex.bytes(hex)) == nil)
    }

    @Test("a compressed point decodes to the ordinate of the parity it names")
    func compressedParity() throws {
        let g = Secp256k1.generator
        let even = try #require(Secp256k1Point(sec1: g.compressedRepresentation))
        let odd = try #require(Secp256k1Point(sec1: g.negated.compressedRepresentation))
        #expect(even == g)
        #expect(odd == g.negated)
        #expect(g.compressedRepresentation.first != g.negated.compressedRepresentation.first)
    }

    @Test("private keys are the scalars 1 to n − 1, 32 bytes long")
    func privateKeyRange() throws {
        #expect(Secp256k1PrivateKey(scalar: 0) == nil)
        #expect(Secp256k1PrivateKey(scalar: Secp256k1.n) == nil)
        #expect(Secp256k1PrivateKey(rawRepresentation: [1]) == nil)
        let one = try #require(Secp256k1PrivateKey(rawRepresentation: [UInt8](repeating: 0, count: 31) + [1]))
        #expect(one.publicKey.point == Secp256k1.generator)
    }
}
