/// An ACM certificate of an account: requested (public, DNS- or email-validated, or private
/// through a Private CA) or imported from PEM files beside the scenario.
struct CertificateDeclaration: Sendable {
    /// Whether the builder writes a requested certificate's DNS validation record into the zone
    /// that serves its name.
    enum ValidationRecord: String, Sendable, CaseIterable {
        /// Written, and left there: ACM issues the certificate and can renew it.
        case present
        /// Never written: the certificate stays `PENDING_VALIDATION`, then times out.
        case absent
        /// Written and then deleted once ACM issued the certificate: renewal will fail.
        case removed
    }

    /// PEM material of an imported certificate, each read from its file.
    struct Import: Sendable {
        var certificate: PEMFile
        var privateKey: PEMFile
        var chain: PEMFile?
    }

    var name: Named
    var domain: String?
    var subjectAlternativeNames: [String]
    var keyAlgorithm: Named?
    var validation: String
    var validationRecord: ValidationRecord
    /// The Private CA that signs a private certificate: `NAME` in this account, `ACCOUNT/NAME`, or an ARN.
    var authority: Named?
    var imported: Import?
    var region: String?
    var tags: [String: String]
}

/// A Private CA certificate authority, activated with its CA certificate and optionally shared
/// with the organization through RAM.
struct AuthorityDeclaration: Sendable {
    var name: Named
    var type: String
    var keyAlgorithm: Named?
    var signingAlgorithm: String?
    var commonName: String
    var organization: String?
    var organizationalUnit: String?
    var country: String?
    /// Validity of the CA certificate, such as `10y`, `365d`, `6m`.
    var validity: Named
    /// A subordinate's signing CA: `NAME` in this account or `ACCOUNT/NAME`.
    var parent: Named?
    /// OUs (or `root`) and accounts of the organization the CA is shared with.
    var shareWith: [Named]
    var region: String?
}

/// A certificate issued directly by a CA (`acm-pca:IssueCertificate`), which ACM never renews.
struct IssuedCertificateDeclaration: Sendable {
    var name: Named
    var authority: Named
    var csr: PEMFile
    var validity: Named
    var template: String?
}

/// A PEM file beside the scenario: its text, and where it is, so problems point into it.
struct PEMFile: Sendable {
    var text: String
    /// The file as the user sees it.
    var file: String
    /// Where the scenario names it.
    var location: SourceLocation
}
