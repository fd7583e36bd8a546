public import Foundation
import LZPolicy

/// An AWS Private CA certificate authority.
public struct CertificateAuthority: Sendable {
    /// `arn:aws:acm-pca:REGION:ACCOUNT:certificate-authority/UUID`.
    public let arn: String
    /// The owning account.
    public let accountID: String
    /// Root or subordinate.
    public let type: CertificateAuthorityType
    /// The CA's key algorithm.
    public let keyAlgorithm: KeyAlgorithm
    /// The algorithm the CA signs with, such as `SHA256WITHRSA`.
    public let signingAlgorithm: String
    /// The CA's subject.
    public let subject: CertificateAuthoritySubject
    /// `GENERAL_PURPOSE` or `SHORT_LIVED_CERTIFICATE`.
    public let usageMode: String
    /// When it was created.
    public let createdAt: Date
    /// The status as last set; ``status(at:)`` adds expiry.
    public internal(set) var storedStatus: CertificateAuthorityStatus
    /// The CA certificate's validity, once installed.
    public internal(set) var notBefore: Date?
    /// The CA certificate's end of validity, once installed.
    public internal(set) var notAfter: Date?
    /// The CA's tags.
    public internal(set) var tags: [String: String]
    /// The resource policy (`PutPolicy`), which shares the CA with other accounts.
    public internal(set) var policyText: String?
    var policy: Policy?
    /// An imported CA certificate and chain (`ImportCertificateAuthorityCertificate`).
    var importedCertificatePEM: String?
    var importedChainPEM: String?
    /// Certificates issued with `IssueCertificate`, by ARN.
    public internal(set) var issuedCertificates: [String: PrivateCertificate] = [:]
    /// Seeds the CA's key and serial number.
    let materialSeed: UInt64
    /// Revoked serial numbers (lowercase hexadecimal without separators), as its CRL would list them.
    public internal(set) var revocations: [String: CertificateRevocation] = [:]

    /// The status at `date`: `EXPIRED` once the CA certificate's validity ends.
    public func status(at date: Date) -> CertificateAuthorityStatus {
        if storedStatus == .active || storedStatus == .disabled, let notAfter, date >= notAfter { return .expired }
        return storedStatus
    }

    /// What identifies the CA's key and certificate in the material store.
    var spec: CASpec {
        CASpec(
            seed: materialSeed, subject: subject, keyAlgorithm: keyAlgorithm, signingAlgorithm: signingAlgorithm,
            notBefore: notBefore ?? createdAt,
            notAfter: notAfter ?? createdAt, importedCertificatePEM: importedCertificatePEM,
            importedChainPEM: importedChainPEM)
    }
}

/// Root or subordinate.
public enum CertificateAuthorityType: String, Sendable, Hashable {
    /// Self-signed, the top of a hierarchy.
    case root = "ROOT"
    /// Signed by another CA, whose chain it imports.
    case subordinate = "SUBORDINATE"
}

/// A CA's status, as `DescribeCertificateAuthority` reports it.
public enum CertificateAuthorityStatus: String, Sendable, Hashable {
    /// Being created (not simulated: creation is immediate).
    case creating = "CREATING"
    /// Created, waiting for its CA certificate.
    case pendingCertificate = "PENDING_CERTIFICATE"
    /// Issuing certificates.
    case active = "ACTIVE"
    /// Deleted.
    case deleted = "DELETED"
    /// Disabled: issues nothing, renews nothing.
    case disabled = "DISABLED"
    /// Its CA certificate is past its validity.
    case expired = "EXPIRED"
    /// Creation failed (not simulated).
    case failed = "FAILED"
}

/// The distinguished name of a CA, as `CertificateAuthorityConfiguration.Subject` carries it.
public struct CertificateAuthoritySubject: Sendable, Hashable {
    /// `CN`.
    public var commonName: String
    /// `O`.
    public var organization: String?
    /// `OU`.
    public var organizationalUnit: String?
    /// `C`, two letters.
    public var country: String?

    /// Creates a subject.
    public init(
        commonName: String, organization: String? = nil, organizationalUnit: String? = nil, country: String? = nil
    ) {
        self.commonName = commonName
        self.organization = organization
        self.organizationalUnit = organizationalUnit
        self.country = country
    }
}

/// A certificate issued directly by a CA with `IssueCertificate`; ACM does not manage it.
public struct PrivateCertificate: Sendable {
    /// `CA_ARN/certificate/SERIAL`.
    public let arn: String
    /// The request's CSR, DER-encoded; the certificate is signed from it on first `GetCertificate`.
    let csrDER: [UInt8]
    /// The template, such as `arn:aws:acm-pca:::template/EndEntityCertificate/V1`.
    public let templateARN: String
    /// Start of validity.
    public let notBefore: Date
    /// End of validity.
    public let notAfter: Date
    /// Seeds the serial number.
    let materialSeed: UInt64
    /// ACM never renews a certificate from `IssueCertificate`
    /// (https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html).
    public var renewalEligibility: RenewalEligibility { .ineligible }
}
