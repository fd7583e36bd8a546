public import Foundation

/// One entry of `ListCertificates`.
public struct CertificateSummary: Sendable, Hashable {
    /// The certificate's ARN.
    public var certificateARN: String
    /// The subject's common name.
    public var domainName: String
    /// Every name the certificate covers.
    public var subjectAlternativeNames: [String]
    /// Status now.
    public var status: CertificateStatus
    /// Amazon-issued, imported or private.
    public var type: CertificateType
    /// The key algorithm.
    public var keyAlgorithm: KeyAlgorithm
    /// Whether a load balancer uses it.
    public var inUse: Bool
    /// Whether ACM will renew it.
    public var renewalEligibility: RenewalEligibility
    /// End of the current validity.
    public var notAfter: Date?
}

/// The `Includes` filters of `ListCertificates`.
public struct CertificateFilters: Sendable, Hashable {
    /// Key algorithms to list; ACM lists only `RSA_1024` and `RSA_2048` certificates when none is given
    /// (https://docs.aws.amazon.com/acm/latest/APIReference/API_Filters.html).
    public var keyTypes: [KeyAlgorithm]

    /// Creates filters.
    public init(keyTypes: [KeyAlgorithm] = [.rsa1024, .rsa2048]) {
        self.keyTypes = keyTypes
    }
}
