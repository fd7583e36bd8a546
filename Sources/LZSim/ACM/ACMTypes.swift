/// The key algorithms of ACM certificates, spelled as ACM's API spells them.
///
/// `RequestCertificate` accepts `RSA_2048`, `EC_prime256v1` and `EC_secp384r1`; the others exist
/// for imported certificates only (https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html).
public enum KeyAlgorithm: String, Sendable, Hashable, CaseIterable, Codable {
    case rsa1024 = "RSA_1024"
    case rsa2048 = "RSA_2048"
    case rsa3072 = "RSA_3072"
    case rsa4096 = "RSA_4096"
    case ecPrime256v1 = "EC_prime256v1"
    case ecSecp384r1 = "EC_secp384r1"
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
    case dns = "DNS"
    case email = "EMAIL"
}

/// A certificate's status, as `DescribeCertificate` reports it.
public enum CertificateStatus: String, Sendable, Hashable, Codable {
    case pendingValidation = "PENDING_VALIDATION"
    case issued = "ISSUED"
    case inactive = "INACTIVE"
    case expired = "EXPIRED"
    case validationTimedOut = "VALIDATION_TIMED_OUT"
    case revoked = "REVOKED"
    case failed = "FAILED"
}

/// Where a certificate came from.
public enum CertificateType: String, Sendable, Hashable, Codable {
    case amazonIssued = "AMAZON_ISSUED"
    case imported = "IMPORTED"
    case `private` = "PRIVATE"
}

/// Whether ACM will renew a certificate.
public enum RenewalEligibility: String, Sendable, Hashable, Codable {
    case eligible = "ELIGIBLE"
    case ineligible = "INELIGIBLE"
}

/// The state of ACM's managed renewal of a certificate.
public enum RenewalStatus: String, Sendable, Hashable, Codable {
    case pendingAutoRenewal = "PENDING_AUTO_RENEWAL"
    case pendingValidation = "PENDING_VALIDATION"
    case success = "SUCCESS"
    case failed = "FAILED"
}

/// Why a renewal did not succeed, in ACM's words (a subset of `RenewalStatusReason`).
public enum RenewalStatusReason: String, Sendable, Hashable, Codable {
    case domainValidationDenied = "DOMAIN_VALIDATION_DENIED"
    case pcaInvalidState = "PCA_INVALID_STATE"
    case pcaResourceNotFound = "PCA_RESOURCE_NOT_FOUND"
    case pcaAccessDenied = "PCA_ACCESS_DENIED"
    case other = "OTHER"
}

/// The status of one domain's validation.
public enum DomainValidationStatus: String, Sendable, Hashable, Codable {
    case pendingValidation = "PENDING_VALIDATION"
    case success = "SUCCESS"
    case failed = "FAILED"
}

/// Whether ACM logs a certificate to public certificate transparency logs.
public enum CertificateTransparencyLoggingPreference: String, Sendable, Hashable, Codable {
    case enabled = "ENABLED"
    case disabled = "DISABLED"
}
