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
    /// Revoked (not simulated).
    case revoked = "REVOKED"
    /// The request failed (not simulated).
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

/// Why a renewal did not succeed, in ACM's words (a subset of `RenewalStatusReason`).
public enum RenewalStatusReason: String, Sendable, Hashable, Codable {
    /// The domain owner refused validation.
    case domainValidationDenied = "DOMAIN_VALIDATION_DENIED"
    /// The private CA is not active.
    case pcaInvalidState = "PCA_INVALID_STATE"
    /// The private CA no longer exists.
    case pcaResourceNotFound = "PCA_RESOURCE_NOT_FOUND"
    /// ACM may no longer use the private CA.
    case pcaAccessDenied = "PCA_ACCESS_DENIED"
    /// Any other reason.
    case other = "OTHER"
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
