import SwiftASN1

extension Secp256k1PublicKey {
    /// The key as DER `SubjectPublicKeyInfo` (RFC 5480): algorithm `id-ecPublicKey` with the
    /// named curve secp256k1 (1.3.132.0.10), and the uncompressed point, as `GetPublicKey`
    /// returns it (https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html).
    var derRepresentation: [UInt8] {
        var serializer = DER.Serializer()
        // Object identifiers and a bit string always serialize.
        try? serializer.appendConstructedNode(identifier: .sequence) { coder in
            try Self.serializeAlgorithm(into: &coder)
            try coder.serialize(ASN1BitString(bytes: ArraySlice(point.uncompressedRepresentation)))
        }
        return serializer.serializedBytes
    }

    /// `AlgorithmIdentifier { id-ecPublicKey, secp256k1 }`, which PKCS #8 shares.
    static func serializeAlgorithm(into coder: inout DER.Serializer) throws {
        try coder.appendConstructedNode(identifier: .sequence) { coder in
            try coder.serialize(Secp256k1.ecPublicKeyIdentifier)
            try coder.serialize(Secp256k1.objectIdentifier)
        }
    }

    /// Reads an `AlgorithmIdentifier` and says whether it is `id-ecPublicKey` on secp256k1.
    static func isSecp256k1Algorithm(_ node: ASN1Node) throws -> Bool {
        try DER.sequence(node, identifier: .sequence) { nodes in
            let algorithm = try ASN1ObjectIdentifier(derEncoded: &nodes)
            let curve = try ASN1ObjectIdentifier(derEncoded: &nodes)
            return algorithm == Secp256k1.ecPublicKeyIdentifier
                && curve == Secp256k1.objectIdentifier
        }
    }

    /// The key in a DER `SubjectPublicKeyInfo`, or `nil` if the bytes are not one, name another
    /// algorithm or curve, or hold a point not on secp256k1.
    init?(derRepresentation bytes: [UInt8]) {
        let point = try? DER.sequence(DER.parse(bytes), identifier: .sequence) { nodes -> Secp256k1Point? in
            guard let algorithm = nodes.next(), try Self.isSecp256k1Algorithm(algorithm) else { return nil }
            let key = try ASN1BitString(derEncoded: &nodes)
            guard key.paddingBits == 0 else { return nil }
            return Secp256k1Point(sec1: [UInt8](key.bytes))
        }
        guard let point = point ?? nil else { return nil }
        self.init(point: point)
    }
}
