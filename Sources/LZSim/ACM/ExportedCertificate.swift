/// What `GetCertificate` and `ExportCertificate` return: PEM text OpenSSL reads.
public struct ExportedCertificate: Sendable, Hashable {
    /// The certificate, `-----BEGIN CERTIFICATE-----`.
    public var certificate: String
    /// The issuing CAs up to the root, PEM blocks one after the other.
    public var certificateChain: String
    /// For `ExportCertificate`, the private key encrypted with the passphrase
    /// (`-----BEGIN ENCRYPTED PRIVATE KEY-----`); see ``EncryptedPrivateKey/decrypt(_:passphrase:)``.
    public var privateKey: String?
}
