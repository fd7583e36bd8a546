public import Foundation

/// An ACM certificate as the world stores it: what was asked for or imported. Everything that
/// depends on time (status, validity, renewal) is derived from the clock when observed, through
/// ``World/describeCertificate(certificateARN:as:)``.
public struct ACMCertificate: Sendable {
    /// `arn:aws:acm:REGION:ACCOUNT:certificate/UUID`.
    public let arn: String
    /// The owning account.
    public let accountID: String
    /// The certificate's Region.
    public let region: String
    /// The subject's common name.
    public internal(set) var domainName: String
    /// Every name the certificate covers, the domain name first.
    public internal(set) var subjectAlternativeNames: [String]
    /// Amazon-issued, imported or private.
    public let type: CertificateType
    /// DNS or EMAIL for Amazon-issued certificates.
    public let validationMethod: ValidationMethod?
    /// The key algorithm.
    public internal(set) var keyAlgorithm: KeyAlgorithm
    /// When the certificate was requested or first imported.
    public let createdAt: Date
    /// Whether ACM logs the certificate to certificate transparency logs.
    public internal(set) var certificateTransparencyLogging: CertificateTransparencyLoggingPreference
    /// The token that makes repeated requests return this certificate.
    public let idempotencyToken: String?
    /// The certificate's tags.
    public internal(set) var tags: [String: String]
    /// The private CA that signs a private certificate.
    public let certificateAuthorityARN: String?
    /// The parsed certificate, key and chain of an imported certificate.
    public internal(set) var imported: ImportedCertificate?
    /// When the certificate was last imported.
    public internal(set) var importedAt: Date?
    /// The validation CNAME record of each distinct validated domain, by domain name.
    let validationRecords: [String: ResourceRecord]
    /// Seeds the serial number and identifies the lazily made key material.
    let materialSeed: UInt64
    /// When the domain owner approved an email validation (initial or renewal).
    var emailApprovals: [Date] = []
    /// When the certificate was exported, which makes it eligible for renewal.
    var exports: [Date] = []
    /// When `RenewCertificate` was called for a private certificate.
    var renewalRequests: [Date] = []
    /// When `ResendValidationEmail` restarted the 72 hours of an email validation.
    var emailResends: [Date] = []
    /// When the certificate was revoked (`RevokeCertificate` in ACM, or by its private CA).
    public internal(set) var revokedAt: Date?
    /// Why it was revoked.
    public internal(set) var revocationReason: RevocationReason?
}

/// One period during which an AWS service used a certificate: from the first listener that
/// served it to the moment none did.
struct CertificateAssociation: Sendable, Hashable {
    var start: Date
    var end: Date?

    /// Whether the certificate was in use at `date`.
    func covers(_ date: Date) -> Bool { start <= date && end.map { date < $0 } ?? true }
}

/// The DNS record ACM asks for to validate a domain.
public struct ResourceRecord: Sendable, Hashable, Codable {
    /// `_<token>.<domain>.`
    public var name: String
    /// Always `CNAME`.
    public var type: String
    /// `_<token>.<random>.acm-validations.aws.`
    public var value: String
}

/// One domain's validation, as `DescribeCertificate` lists it in `DomainValidationOptions`.
public struct DomainValidation: Sendable, Hashable {
    /// The name on the certificate.
    public var domainName: String
    /// The domain validated for it (the name without a wildcard label).
    public var validationDomain: String
    /// Pending, success or failed.
    public var validationStatus: DomainValidationStatus?
    /// DNS or EMAIL.
    public var validationMethod: ValidationMethod?
    /// The CNAME to create, for DNS validation.
    public var resourceRecord: ResourceRecord?
    /// The addresses ACM mails, for email validation.
    public var validationEmails: [String]
}

/// ACM's managed renewal of a certificate, as `DescribeCertificate` reports it.
public struct RenewalSummary: Sendable, Hashable {
    /// Pending, success or failed.
    public var renewalStatus: RenewalStatus
    /// Each domain's renewal validation.
    public var domainValidationOptions: [DomainValidation]
    /// Why the renewal failed, when ACM says.
    public var renewalStatusReason: RenewalStatusReason?
    /// When the summary last changed.
    public var updatedAt: Date
}
