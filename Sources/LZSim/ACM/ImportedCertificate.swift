public import Foundation

/// What ACM records about an imported certificate, read from its X.509 document.
public struct ImportedCertificate: Sendable, Hashable {
    /// The certificate as imported.
    public let certificatePEM: String
    /// The chain as imported (empty when none was given).
    public let chainPEM: String
    /// Start of validity.
    public let notBefore: Date
    /// End of validity.
    public let notAfter: Date
    /// The subject's distinguished name.
    public let subject: String
    /// The issuer's distinguished name.
    public let issuer: String
    /// The serial number, colon-separated hexadecimal.
    public let serial: String
    /// `SHA256WITHRSA`, `SHA256WITHECDSA`...
    public let signatureAlgorithm: String
    /// The key algorithm and size.
    public let keyAlgorithm: KeyAlgorithm
    /// The DNS names of the subject alternative names (or the common name when there are none).
    public let names: [String]
}
