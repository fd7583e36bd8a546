import SwiftASN1

extension Secp256k1PrivateKey {
    /// The key as DER PKCS #8 `PrivateKeyInfo` (RFC 5208) holding an `ECPrivateKey` (RFC 5915),
    /// the form `GenerateDataKeyPair` returns private keys in
    /// (https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html).
    ///
    /// The curve is named once, in the outer algorithm identifier; the inner structure carries
    /// the public key and leaves out its optional parameters, as swift-crypto's NIST keys do.
    var pkcs8DERRepresentation: [UInt8] {
        var inner = DER.Serializer()
        var outer = DER.Serializer()
        // Integers, octet strings and identifiers always serialize.
        try? inner.appendConstructedNode(identifier: .sequence) { coder in
            try coder.serialize(1)
            try coder.serialize(ASN1OctetString(contentBytes: ArraySlice(rawRepresentation)))
            try coder.serialize(
                ASN1BitString(bytes: ArraySlice(publicKey.point.uncompressedRepresentation)),
                explicitlyTaggedWithTagNumber: 1, tagClass: .contextSpecific)
        }
        try? outer.appendConstructedNode(identifier: .sequence) { coder in
            try coder.serialize(0)
            try Secp256k1PublicKey.serializeAlgorithm(into: &coder)
            try coder.serialize(ASN1OctetString(contentBytes: ArraySlice(inner.serializedBytes)))
        }
        return outer.serializedBytes
    }

    /// The key in a DER PKCS #8 `PrivateKeyInfo` for secp256k1, or `nil` if the bytes are not
    /// one, or the public key they carry is not the private key's.
    init?(pkcs8DERRepresentation bytes: [UInt8]) {
        typealias Fields = (secret: [UInt8], publicKey: [UInt8]?)
        let parsed = try? DER.sequence(DER.parse(bytes), identifier: .sequence) { nodes -> Fields? in
            guard try Int(derEncoded: &nodes) == 0, let algorithm = nodes.next(),
                try Secp256k1PublicKey.isSecp256k1Algorithm(algorithm)
            else { return nil }
            let inner = try ASN1OctetString(derEncoded: &nodes)
            return try DER.sequence(DER.parse(inner.bytes), identifier: .sequence) { fields -> Fields? in
                guard try Int(derEncoded: &fields) == 1 else { return nil }
                let secret = try ASN1OctetString(derEncoded: &fields)
                _ = try DER.optionalExplicitlyTagged(&fields, tagNumber: 0, tagClass: .contextSpecific) {
                    try ASN1ObjectIdentifier(derEncoded: $0)
                }
                let embedded = try DER.optionalExplicitlyTagged(&fields, tagNumber: 1, tagClass: .contextSpecific) {
                    try ASN1BitString(derEncoded: $0)
                }
                return ([UInt8](secret.bytes), embedded.map { [UInt8]($0.bytes) })
            }
        }
        guard let fields = parsed ?? nil, let key = Self(rawRepresentation: fields.secret) else { return nil }
        if let embedded = fields.publicKey, embedded != key.publicKey.point.uncompressedRepresentation { return nil }
        self = key
    }
}
