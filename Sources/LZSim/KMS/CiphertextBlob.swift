import Crypto
import Foundation
import Synchronization

/// The ciphertext blob of a symmetric KMS key: which key and material version encrypted it, and
/// the AES-256-GCM output, with the header and the encryption context as authenticated data.
///
/// ```
/// byte 0        format (1)
/// bytes 1-12    the key's account, 12 ASCII digits
/// byte 13       n, the length of the key ID
/// n bytes       the key ID, ASCII
/// 4 bytes       the material version, big-endian
/// 12 bytes      the GCM nonce
/// ...           the ciphertext
/// 16 bytes      the GCM tag
/// ```
///
/// The authenticated data is the header (everything before the nonce) followed by the encryption
/// context in a canonical form (pairs sorted by key, each key and value length-prefixed), so a
/// blob opens only with the key, the version and the exact context it was sealed with; a changed
/// byte anywhere fails the tag. Like KMS's own blobs, it names its key, which is how `Decrypt`
/// works without a `KeyId`.
struct CiphertextBlob {
    static let format: UInt8 = 1
    static let nonceLength = 12
    static let tagLength = 16

    var accountID: String
    var keyID: String
    var version: Int

    /// The header bytes, which are also the start of the authenticated data.
    var header: [UInt8] {
        var bytes: [UInt8] = [Self.format]
        bytes.reserveCapacity(18 + keyID.utf8.count)
        bytes += accountID.utf8
        bytes.append(UInt8(keyID.utf8.count))
        bytes += keyID.utf8
        let version = UInt32(version)
        bytes += [
            UInt8(version >> 24), UInt8((version >> 16) & 0xFF), UInt8((version >> 8) & 0xFF), UInt8(version & 0xFF),
        ]
        return bytes
    }

    /// Reads the header of a blob; `nil` when the bytes are not a blob of this format.
    static func parse(_ blob: [UInt8]) -> (CiphertextBlob, headerLength: Int)? {
        guard blob.count > 14, blob[0] == format else { return nil }
        let account = blob[1..<13]
        guard account.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let idLength = Int(blob[13])
        let headerLength = 14 + idLength + 4
        guard idLength > 0, blob.count >= headerLength + nonceLength + tagLength else { return nil }
        let keyID = String(decoding: blob[14..<(14 + idLength)], as: UTF8.self)
        let versionBytes = blob[(14 + idLength)..<headerLength].map(UInt32.init)
        let version = Int(versionBytes[0] << 24 | versionBytes[1] << 16 | versionBytes[2] << 8 | versionBytes[3])
        return (
            CiphertextBlob(accountID: String(decoding: account, as: UTF8.self), keyID: keyID, version: version),
            headerLength
        )
    }

    /// A random prefix drawn once per process, and a counter: unique GCM nonces without asking
    /// the system for randomness on every encryption.
    private static let noncePrefix = UInt32.random(in: .min ... .max)
    private static let nonceCounter = Atomic<UInt64>(0)

    static func nextNonce() throws -> AES.GCM.Nonce {
        var prefix = noncePrefix.bigEndian
        var counter = nonceCounter.add(1, ordering: .relaxed).newValue.bigEndian
        var bytes = withUnsafeBytes(of: &prefix) { [UInt8]($0) }
        withUnsafeBytes(of: &counter) { bytes += $0 }
        return try AES.GCM.Nonce(data: bytes)
    }

    /// The encryption context in canonical form.
    static func canonical(_ context: EncryptionContext) -> [UInt8] {
        guard !context.isEmpty else { return [] }
        var bytes: [UInt8] = []
        for key in context.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            for text in [key, context[key]!] {
                let count = UInt32(text.utf8.count)
                bytes += [
                    UInt8(count >> 24), UInt8((count >> 16) & 0xFF), UInt8((count >> 8) & 0xFF), UInt8(count & 0xFF),
                ]
                bytes += text.utf8
            }
        }
        return bytes
    }

    /// Seals `plaintext` under `key`.
    func seal(_ plaintext: some DataProtocol, key: SymmetricKey, context: EncryptionContext) throws(AWSError) -> Data {
        let header = self.header
        do {
            let sealed = try AES.GCM.seal(
                plaintext, using: key, nonce: Self.nextNonce(),
                authenticating: context.isEmpty ? header : header + Self.canonical(context))
            // The sealed box's combined form is nonce, ciphertext and tag: the rest of the blob.
            guard let combined = sealed.combined else { throw AWSError(.kmsInternal, "the GCM nonce is not 12 bytes") }
            var blob = Data(header)
            blob.append(combined)
            return blob
        } catch {
            throw AWSError(.kmsInternal, "encryption failed: \(error)")
        }
    }

    /// Opens the sealed part of `blob`, whose header is `headerLength` bytes.
    static func open(
        _ blob: [UInt8], headerLength: Int, key: SymmetricKey, context: EncryptionContext
    ) throws(AWSError) -> Data {
        do {
            let box = try AES.GCM.SealedBox(combined: blob[headerLength...])
            let header = blob[0..<headerLength]
            return try AES.GCM.open(
                box, using: key, authenticating: context.isEmpty ? Array(header) : header + canonical(context))
        } catch {
            throw AWSError(
                .invalidCiphertext,
                "the ciphertext does not open with its key and this encryption context: the context differs from"
                    + " the one it was encrypted with, or the ciphertext was changed")
        }
    }
}
