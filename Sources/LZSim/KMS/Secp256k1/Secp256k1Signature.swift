import BigInt
import SwiftASN1

/// An ECDSA signature on secp256k1: the pair (r, s), each in [1, n − 1].
///
/// KMS returns ECDSA signatures as the DER `ECDSA-Sig-Value` of RFC 3279, section 2.2.3
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html#API_Sign_ResponseSyntax),
/// and does not normalise s to the lower half of the range as Bitcoin software does: both
/// (r, s) and (r, n − s) verify.
struct Secp256k1Signature: Sendable, Hashable {
    let r: BigUInt
    let s: BigUInt

    /// The signature (r, s), or `nil` if either is outside [1, n − 1].
    init?(r: BigUInt, s: BigUInt) {
        guard !r.isZero, !s.isZero, r < Secp256k1.n, s < Secp256k1.n else { return nil }
        self.r = r
        self.s = s
    }

    /// The signature in a DER `ECDSA-Sig-Value`, or `nil` if the bytes are not exactly one
    /// (BER leniencies, trailing bytes, negative or out-of-range integers are all refused; swift-asn1
    /// refuses the first three).
    init?(derRepresentation bytes: [UInt8]) {
        guard
            let pair = try? DER.sequence(
                DER.parse(bytes), identifier: .sequence,
                { nodes in
                    (try ArraySlice<UInt8>(derEncoded: &nodes), try ArraySlice<UInt8>(derEncoded: &nodes))
                })
        else { return nil }
        self.init(r: Secp256k1.integer(pair.0), s: Secp256k1.integer(pair.1))
    }

    /// `SEQUENCE { r INTEGER, s INTEGER }` in DER.
    var derRepresentation: [UInt8] {
        var serializer = DER.Serializer()
        // Serializing two integers into a sequence cannot fail.
        try? serializer.appendConstructedNode(identifier: .sequence) { coder in
            try coder.serialize(ArraySlice(Self.minimalBytes(r)))
            try coder.serialize(ArraySlice(Self.minimalBytes(s)))
        }
        return serializer.serializedBytes
    }

    private static func minimalBytes(_ value: BigUInt) -> [UInt8] {
        [UInt8](value.serialize())
    }
}
