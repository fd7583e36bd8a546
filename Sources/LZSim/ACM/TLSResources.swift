import Foundation

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
    /// Target groups by ARN.
    public internal(set) var targetGroups: [String: TargetGroup] = [:]
    /// Listeners by ARN; change them through ``changeListeners(at:_:)`` so certificates' use is recorded.
    public internal(set) var listeners: [String: Listener] = [:]
    /// Each certificate's periods of use by listeners, by certificate ARN, which managed renewal
    /// reads: ACM renews a certificate that is in use when it tries, not one that was once.
    private(set) var associations: [String: [CertificateAssociation]] = [:]
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

    /// Changes the listeners and records, at `date`, which certificates started or stopped being served.
    mutating func changeListeners(at date: Date, _ change: (inout [String: Listener]) -> Void) {
        let before = Set(listeners.values.lazy.flatMap(\.certificateARNs))
        change(&listeners)
        let after = Set(listeners.values.lazy.flatMap(\.certificateARNs))
        for arn in after.subtracting(before) {
            associations[arn, default: []].append(CertificateAssociation(start: date))
        }
        for arn in before.subtracting(after) {
            guard let last = associations[arn]?.indices.last else { continue }
            associations[arn]?[last].end = date
        }
    }

    /// How many keys and signed certificates the account's resources have needed so far: zero
    /// until a certificate or CA is inspected or exported, since material is made lazily.
    public var materializedCount: Int { material.count }
}
