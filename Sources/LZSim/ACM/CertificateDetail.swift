public import Foundation

/// What `DescribeCertificate` returns, with every time-dependent field derived from the clock.
public struct CertificateDetail: Sendable {
    /// The certificate's ARN.
    public var certificateARN: String
    /// The subject's common name.
    public var domainName: String
    /// Every name the certificate covers.
    public var subjectAlternativeNames: [String]
    /// Each domain's validation, for Amazon-issued certificates.
    public var domainValidationOptions: [DomainValidation]
    /// The serial number, colon-separated hexadecimal.
    public var serial: String?
    /// The subject's distinguished name.
    public var subject: String?
    /// The issuer's name (`Amazon` for Amazon-issued certificates).
    public var issuer: String?
    /// When the certificate was requested.
    public var createdAt: Date?
    /// When ACM issued it.
    public var issuedAt: Date?
    /// When it was imported.
    public var importedAt: Date?
    /// The status now.
    public var status: CertificateStatus
    /// Start of the current validity.
    public var notBefore: Date?
    /// End of the current validity.
    public var notAfter: Date?
    /// The key algorithm.
    public var keyAlgorithm: KeyAlgorithm
    /// The signature algorithm, such as `SHA256WITHRSA`.
    public var signatureAlgorithm: String?
    /// The ARNs of the load balancers that use the certificate.
    public var inUseBy: [String]
    /// Amazon-issued, imported or private.
    public var type: CertificateType
    /// ACM's managed renewal, once a renewal has started.
    public var renewalSummary: RenewalSummary?
    /// Whether ACM will renew the certificate.
    public var renewalEligibility: RenewalEligibility
    /// The private CA that signed it.
    public var certificateAuthorityARN: String?
    /// Certificate transparency logging preference.
    public var certificateTransparencyLoggingPreference: CertificateTransparencyLoggingPreference?
    /// Why a request failed (`FAILED`), in ACM's words such as `CAA_ERROR`.
    public var failureReason: String?
    /// When it was revoked.
    public var revokedAt: Date?
    /// Why it was revoked.
    public var revocationReason: RevocationReason?

    /// The key size in bits.
    public var keySize: Int { keyAlgorithm.keySize }

    /// Whole days from `date` to `notAfter`, negative once past.
    public func daysToExpiry(from date: Date) -> Int? {
        notAfter.map { Int(($0.timeIntervalSince(date) / 86_400).rounded(.down)) }
    }
}
