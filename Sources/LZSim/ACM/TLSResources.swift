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
}
