/// An account's workload resources as a scenario declares them: DNS zones, certificates and
/// private CAs, buckets, volumes, databases, trails, and grants on its keys. The foundation
/// builds them after every account's keys, so they can name keys and each other.
struct WorkloadsDeclaration: Sendable {
    /// A public DNS zone: a Route 53 hosted zone of the account, or a zone served outside AWS.
    struct Zone: Sendable {
        var name: Named
        var records: [Record]
        var isExternal: Bool
    }

    /// One record set of a zone.
    struct Record: Sendable {
        var name: String
        var type: String
        var ttl: Int
        var values: [String]
        var location: SourceLocation
    }

    /// A grant on one of the account's keys (`kms: {grants: ...}`).
    struct Grant: Sendable {
        var name: Named
        var key: Named
        var grantee: Named
        var operations: [Named]
        var retiringPrincipal: Named?
        /// `encryption_context_equals` or `encryption_context_subset`, and its pairs.
        var constraint: (kind: String, pairs: [String: String])?
    }

    var zones: [Zone] = []
    var certificates: [CertificateDeclaration] = []
    var authorities: [AuthorityDeclaration] = []
    var issuedCertificates: [IssuedCertificateDeclaration] = []
    var storage = StorageDeclaration()
    var trails: [TrailDeclaration] = []
    var grants: [Grant] = []

    /// Adds what an included file declares for the same account.
    mutating func merge(_ other: WorkloadsDeclaration) {
        zones += other.zones
        certificates += other.certificates
        authorities += other.authorities
        issuedCertificates += other.issuedCertificates
        storage.publicAccessBlock = storage.publicAccessBlock ?? other.storage.publicAccessBlock
        storage.buckets += other.storage.buckets
        storage.ebsDefaults += other.storage.ebsDefaults
        storage.volumes += other.storage.volumes
        storage.dbInstances += other.storage.dbInstances
        trails += other.trails
        grants += other.grants
    }

    var isEmpty: Bool {
        zones.isEmpty && certificates.isEmpty && authorities.isEmpty && issuedCertificates.isEmpty
            && storage.isEmpty && trails.isEmpty && grants.isEmpty
    }
}
