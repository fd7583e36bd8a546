import Foundation
import Testing

@testable import LZSim

/// OpenSSL, an independent implementation of secp256k1, reads what KMS returns: it verifies a
/// signature against the DER public key of `GetPublicKey`, and derives the same public key from
/// a data key pair's PKCS #8 private key. Skipped where `openssl` is not installed.
@Suite(.enabled(if: OpenSSL.executable != nil, "openssl is not installed"))
struct KMSSecp256k1OpenSSLTests {
    @Test("openssl verifies a KMS signature with the GetPublicKey DER public key")
    func opensslVerifies() throws {
        let (zone, admin, key) = try KMSSecp256k1Tests.setUp()
        let message = KMSSecp256k1Tests.message
        let signed = try zone.world.sign(keyID: key.keyID, message: message, signingAlgorithm: .ecdsaSHA256, as: admin)
        let publicKey = try zone.world.getPublicKey(keyID: key.keyID, as: admin).publicKey
        let folder = try OpenSSL.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try publicKey.write(to: folder.appending(path: "public.der"))
        try signed.signature.write(to: folder.appending(path: "signature.der"))
        try message.write(to: folder.appending(path: "message"))
        let verify = [
            "dgst", "-sha256", "-verify", "public.der", "-keyform", "DER", "-signature", "signature.der", "message",
        ]
        let good = try OpenSSL.run(verify, in: folder)
        #expect(good.status == 0)
        #expect(good.output.contains("Verified OK"))
        try Data("transfer 99 to treasury".utf8).write(to: folder.appending(path: "message"))
        let bad = try OpenSSL.run(verify, in: folder)
        #expect(bad.status != 0)
    }

    @Test("openssl reads the PKCS #8 private key of a data key pair and derives its public key")
    func opensslReadsPKCS8() throws {
        var (zone, admin, _) = try KMSSecp256k1Tests.setUp()
        let wrapping = try zone.world.createKey(as: admin)
        let pair = try zone.world.generateDataKeyPair(keyID: wrapping.keyID, keyPairSpec: .eccSECGP256K1, as: admin)
        let folder = try OpenSSL.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(pair.privateKeyPlaintext).write(to: folder.appending(path: "private.der"))
        let derived = try OpenSSL.run(
            ["pkey", "-inform", "DER", "-in", "private.der", "-pubout", "-outform", "DER", "-out", "public.der"],
            in: folder)
        #expect(derived.status == 0)
        #expect(try Data(contentsOf: folder.appending(path: "public.der")) == pair.publicKey)
    }
}

/// Runs the `openssl` command line tool.
enum OpenSSL {
    static let executable: URL? = ProcessInfo.processInfo.environment["PATH"]?
        .split(separator: ":")
        .map { URL(filePath: String($0)).appending(path: "openssl") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path(percentEncoded: false)) }

    /// A new empty temporary folder.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "lzsim-secp256k1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `openssl` with `arguments` in `folder`; returns its exit status and combined output.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
