/// One account's certificates, private certificate authorities, public hosted zones and load
/// balancers: the resources that decide whether traffic is encrypted in transit, and with what.
public struct TLSResources: Sendable {
    /// ACM certificates by ARN.
    public internal(set) var certificates: [String: ACMCertificate] = [:]
    /// The days before expiry that ACM sends expiry events (`PutAccountConfiguration`).
    public internal(set) var expiryEventsDaysBeforeExpiry = 45
    /// Route 53 public hosted zones by ID.
    public internal(set) var hostedZones: [String: HostedZone] = [:]
    /// Private certificate authorities by ARN.
    public internal(set) var certificateAuthorities: [String: CertificateAuthority] = [:]
    /// Elastic Load Balancing v2 load balancers by ARN.
    public internal(set) var loadBalancers: [String: LoadBalancer] = [:]
    /// Listeners by ARN.
    public internal(set) var listeners: [String: Listener] = [:]
    /// Key material made on first use and shared by every copy of the world (see
    /// ``CertificateMaterialStore``).
    let material = CertificateMaterialStore()

    init() {}

    /// Certificates per Region, for ACM's quota without a scan.
    private(set) var certificateCounts: [String: Int] = [:]
    /// The certificate each idempotency token made, by `REGION/TOKEN`.
    private(set) var idempotencyTokens: [String: String] = [:]

    /// Adds a certificate, or replaces one of the same ARN (re-import).
    mutating func insert(_ certificate: ACMCertificate) {
        if certificates.updateValue(certificate, forKey: certificate.arn) == nil {
            certificateCounts[certificate.region, default: 0] += 1
        }
        if let token = certificate.idempotencyToken {
            idempotencyTokens["\(certificate.region)/\(token)"] = certificate.arn
        }
    }

    /// Removes a certificate.
    mutating func removeCertificate(_ arn: String) {
        guard let certificate = certificates.removeValue(forKey: arn) else { return }
        certificateCounts[certificate.region, default: 1] -= 1
        if let token = certificate.idempotencyToken, idempotencyTokens["\(certificate.region)/\(token)"] == arn {
            idempotencyTokens["\(certificate.region)/\(token)"] = nil
        }
    }

    /// How many keys and signed certificates the account's resources have needed so far: zero
    /// until a certificate or CA is inspected or exported, since material is made lazily.
    public var materializedCount: Int { material.count }
}
