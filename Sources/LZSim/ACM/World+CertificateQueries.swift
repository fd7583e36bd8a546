import Foundation

extension World {
    /// Every ACM certificate of the world (or of one account, by ID or name) as of now, sorted by
    /// account and ARN.
    public func certificateDetails(in account: String? = nil) throws(AWSError) -> [CertificateDetail] {
        let accounts =
            try account.map { (name: String) throws(AWSError) -> [Account] in [try requireAccount(name)] }
            ?? accountsByID.values.sorted { $0.id < $1.id }
        return accounts.flatMap { account in
            account.tls.certificates.values.sorted { $0.arn < $1.arn }.map(detail(of:))
        }
    }

    /// Certificates whose validity ends within `days` days of the clock (already expired ones
    /// included), as Security Hub's ACM.1 and `acm-certificate-expiration-check` see them.
    public func certificatesExpiring(withinDays days: Int, in account: String? = nil) throws(AWSError)
        -> [CertificateDetail]
    {
        let limit = now + TimeInterval(days) * 86_400
        return try certificateDetails(in: account).filter { detail in
            guard let notAfter = detail.notAfter else { return false }
            return notAfter <= limit
        }
    }

    /// Certificates with one of the key algorithms.
    public func certificates(keyAlgorithms: Set<KeyAlgorithm>, in account: String? = nil) throws(AWSError)
        -> [CertificateDetail]
    {
        try certificateDetails(in: account).filter { keyAlgorithms.contains($0.keyAlgorithm) }
    }

    /// RSA certificates with keys shorter than `bits` (ACM.2 flags those under 2,048).
    public func rsaCertificates(withKeySizeBelow bits: Int, in account: String? = nil) throws(AWSError)
        -> [CertificateDetail]
    {
        try certificateDetails(in: account).filter { $0.keyAlgorithm.isRSA && $0.keySize < bits }
    }

    /// Every listener of the world (or of one account), sorted by ARN.
    public func listeners(in account: String? = nil) throws(AWSError) -> [Listener] {
        let accounts =
            try account.map { (name: String) throws(AWSError) -> [Account] in [try requireAccount(name)] }
            ?? Array(accountsByID.values)
        return accounts.flatMap { $0.tls.listeners.values }.sorted { $0.arn < $1.arn }
    }

    /// Listeners using one of the TLS policies (any policy when empty) and one of the protocols
    /// (any when empty).
    public func listeners(
        sslPolicies: Set<String> = [],
        protocols: Set<ListenerProtocol> = [],
        in account: String? = nil
    ) throws(AWSError) -> [Listener] {
        try listeners(in: account).filter { listener in
            (sslPolicies.isEmpty || listener.sslPolicy.map(sslPolicies.contains) == true)
                && (protocols.isEmpty || protocols.contains(listener.protocol))
        }
    }

    /// Secure listeners whose TLS policy still accepts TLS 1.0 or 1.1 from clients.
    public func listenersAllowingLegacyTLS(in account: String? = nil) throws(AWSError) -> [Listener] {
        try listeners(in: account).filter { $0.allowsTLS10 || $0.allowsTLS11 }
    }

    /// Whether the certificate's names cover `domain` under ACM's wildcard rule (a wildcard
    /// stands for exactly one leftmost label).
    public func certificate(_ certificateARN: String, covers domain: String) throws(AWSError) -> Bool {
        let certificate = try requireCertificate(certificateARN)
        return certificate.subjectAlternativeNames.contains { DomainName.covers($0, domain) }
    }

    /// Whether any certificate of the listener (default or additional, chosen by SNI) covers
    /// `domain`; when none does, clients asking for it get a name mismatch.
    public func listener(_ listenerARN: String, covers domain: String) throws(AWSError) -> Bool {
        let listener = try requireListener(listenerARN)
        for arn in listener.certificateARNs where try certificate(arn, covers: domain) {
            return true
        }
        return false
    }
}
