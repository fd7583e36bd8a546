/// The key algorithms of ACM certificates, spelled as ACM's API spells them.
///
/// `RequestCertificate` accepts `RSA_2048`, `EC_prime256v1` and `EC_secp384r1`; the others exist
/// for imported certificates only (https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html).
public enum KeyAlgorithm: String, Sendable, Hashable, CaseIterable, Codable {
    /// RSA with a 1,024-bit key: importable only, and flagged by ACM.2.
    case rsa1024 = "RSA_1024"
    /// RSA with a 2,048-bit key, ACM's default.
    case rsa2048 = "RSA_2048"
    /// RSA with a 3,072-bit key (imports).
    case rsa3072 = "RSA_3072"
    /// RSA with a 4,096-bit key (imports).
    case rsa4096 = "RSA_4096"
    /// ECDSA on P-256.
    case ecPrime256v1 = "EC_prime256v1"
    /// ECDSA on P-384.
    case ecSecp384r1 = "EC_secp384r1"
    /// ECDSA on P-521 (imports).
    case ecSecp521r1 = "EC_secp521r1"

    /// Whether the key is an RSA key.
    public var isRSA: Bool { rawValue.hasPrefix("RSA") }

    /// The key size in bits (the curve's size for elliptic-curve keys).
    public var keySize: Int {
        switch self {
        case .rsa1024: 1_024
        case .rsa2048: 2_048
        case .rsa3072: 3_072
        case .rsa4096: 4_096
        case .ecPrime256v1: 256
        case .ecSecp384r1: 384
        case .ecSecp521r1: 521
        }
    }

    /// Algorithms `RequestCertificate` issues.
    public static let requestable: [KeyAlgorithm] = [.rsa2048, .ecPrime256v1, .ecSecp384r1]
}

/// How ACM proves control of a domain.
public enum ValidationMethod: String, Sendable, Hashable, Codable {
    /// A CNAME record in the domain proves control, and keeps proving it for renewals.
    case dns = "DNS"
    /// The domain's contacts approve an email.
    case email = "EMAIL"
}

/// A certificate's status, as `DescribeCertificate` reports it.
public enum CertificateStatus: String, Sendable, Hashable, Codable {
    /// Waiting for validation, at most 72 hours.
    case pendingValidation = "PENDING_VALIDATION"
    /// Issued and within its validity.
    case issued = "ISSUED"
    /// Not in use by ACM (not simulated).
    case inactive = "INACTIVE"
    /// Past its `NotAfter`.
    case expired = "EXPIRED"
    /// Not validated within 72 hours of the request.
    case validationTimedOut = "VALIDATION_TIMED_OUT"
    /// Revoked (`RevokeCertificate`, or the private CA revoked its serial number).
    case revoked = "REVOKED"
    /// The request failed (a CAA record names no Amazon CA: `FailureReason` `CAA_ERROR`).
    case failed = "FAILED"
}

/// Where a certificate came from.
public enum CertificateType: String, Sendable, Hashable, Codable {
    /// A public certificate ACM issued.
    case amazonIssued = "AMAZON_ISSUED"
    /// Imported with `ImportCertificate`; never renewed by ACM.
    case imported = "IMPORTED"
    /// Requested from a private CA through ACM.
    case `private` = "PRIVATE"
}

/// Whether ACM will renew a certificate.
public enum RenewalEligibility: String, Sendable, Hashable, Codable {
    /// ACM will renew it: in use or exported, issued by ACM, not expired.
    case eligible = "ELIGIBLE"
    /// ACM will not renew it.
    case ineligible = "INELIGIBLE"
}

/// The state of ACM's managed renewal of a certificate.
public enum RenewalStatus: String, Sendable, Hashable, Codable {
    /// ACM is renewing it.
    case pendingAutoRenewal = "PENDING_AUTO_RENEWAL"
    /// ACM could not validate a domain yet; the records must resolve again before expiry.
    case pendingValidation = "PENDING_VALIDATION"
    /// Renewed.
    case success = "SUCCESS"
    /// Not renewed before expiry.
    case failed = "FAILED"
}

/// Why a renewal did not succeed, in ACM's words (`RenewalStatusReason`,
/// https://docs.aws.amazon.com/acm/latest/APIReference/API_RenewalSummary.html). The world
/// produces the private CA reasons; the others are there so every value ACM reports can be read.
public enum RenewalStatusReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// No contact address for email validation.
    case noAvailableContacts = "NO_AVAILABLE_CONTACTS"
    /// Amazon needs more information before issuing.
    case additionalVerificationRequired = "ADDITIONAL_VERIFICATION_REQUIRED"
    /// A name Amazon does not issue for.
    case domainNotAllowed = "DOMAIN_NOT_ALLOWED"
    /// A name that is not a valid public domain.
    case invalidPublicDomain = "INVALID_PUBLIC_DOMAIN"
    /// The domain owner refused validation.
    case domainValidationDenied = "DOMAIN_VALIDATION_DENIED"
    /// A CAA record forbids Amazon from issuing.
    case caaError = "CAA_ERROR"
    /// The private CA's certificate quota was reached.
    case pcaLimitExceeded = "PCA_LIMIT_EXCEEDED"
    /// The private CA's ARN is not valid.
    case pcaInvalidARN = "PCA_INVALID_ARN"
    /// The private CA is not active (disabled, expired, pending its certificate).
    case pcaInvalidState = "PCA_INVALID_STATE"
    /// The private CA failed the request.
    case pcaRequestFailed = "PCA_REQUEST_FAILED"
    /// The names break the private CA's name constraints.
    case pcaNameConstraintsValidation = "PCA_NAME_CONSTRAINTS_VALIDATION"
    /// The private CA was deleted.
    case pcaResourceNotFound = "PCA_RESOURCE_NOT_FOUND"
    /// The private CA refused the request's arguments.
    case pcaInvalidArgs = "PCA_INVALID_ARGS"
    /// The renewed certificate would outlive the private CA's certificate.
    case pcaInvalidDuration = "PCA_INVALID_DURATION"
    /// ACM may no longer have the private CA issue for the account (its policy changed).
    case pcaAccessDenied = "PCA_ACCESS_DENIED"
    /// ACM's service-linked role is missing.
    case slrNotFound = "SLR_NOT_FOUND"
    /// Any other reason.
    case other = "OTHER"
}

/// Why a certificate was revoked (`RevocationReason`, RFC 5280's reasons as ACM and Private CA spell them).
public enum RevocationReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// No reason given.
    case unspecified = "UNSPECIFIED"
    /// The certificate's key leaked.
    case keyCompromise = "KEY_COMPROMISE"
    /// A CA's key in the chain leaked.
    case caCompromise = "CA_COMPROMISE"
    /// The subject's affiliation changed.
    case affiliationChanged = "AFFILIATION_CHANGED"
    /// Replaced by another certificate (the API's historical spelling).
    case supercededLegacy = "SUPERCEDED"
    /// Replaced by another certificate.
    case superseded = "SUPERSEDED"
    /// The certificate is no longer needed.
    case cessationOfOperation = "CESSATION_OF_OPERATION"
    /// On hold.
    case certificateHold = "CERTIFICATE_HOLD"
    /// Taken off the CRL.
    case removeFromCRL = "REMOVE_FROM_CRL"
    /// The subject's privilege was withdrawn.
    case privilegeWithdrawn = "PRIVILEGE_WITHDRAWN"
    /// The attribute authority was compromised.
    case aaCompromise = "A_A_COMPROMISE"
}

/// The status of one domain's validation.
public enum DomainValidationStatus: String, Sendable, Hashable, Codable {
    /// Not validated yet.
    case pendingValidation = "PENDING_VALIDATION"
    /// Validated.
    case success = "SUCCESS"
    /// Not validated in time.
    case failed = "FAILED"
}

/// Whether ACM logs a certificate to public certificate transparency logs.
public enum CertificateTransparencyLoggingPreference: String, Sendable, Hashable, Codable {
    /// Logged to public certificate transparency logs.
    case enabled = "ENABLED"
    /// Not logged.
    case disabled = "DISABLED"
}
