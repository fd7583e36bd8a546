/// A foundation as a scenario declares it: the organization tree with its policies, and per
/// account its IAM resources. The runner builds it through the world's operations.
struct FoundationDeclaration: Sendable {
    struct Organization: Sendable {
        var management: Named
        var policyTypes: [(type: String, location: SourceLocation)]
        var policies: [OrganizationPolicy]
        var root: Unit
        var location: SourceLocation
    }

    struct OrganizationPolicy: Sendable {
        var name: Named
        var type: String
        var description: String
        var document: DocumentSource
    }

    /// The root or an OU: policies attached here, accounts placed here, OUs below.
    struct Unit: Sendable {
        var name: Named
        var policies: [Named]
        var accounts: [Named]
        var units: [Unit]
    }

    struct Account: Sendable {
        var name: Named
        var email: String
        var iam: IAM
        var keys: [Key] = []
        /// A standalone account outside the organization, such as a partner's or an attacker's.
        var outsideOrganization = false
        /// The account's networks, one per Region.
        var networks: [NetworkDeclaration] = []
        var workloads = WorkloadsDeclaration()
    }

    /// A KMS key of an account, in its first Region unless it names another.
    struct Key: Sendable {
        var name: Named
        var alias: String?
        var description: String
        var policy: DocumentSource?
        var spec: String?
        var usage: String?
        var rotation: Bool
        var rotationPeriodInDays: Int?
        var multiRegion: Bool
        var region: String?
        /// Regions of multi-Region replicas, each with the primary's key policy.
        var replicas: [Named] = []
    }

    struct IAM: Sendable {
        var policies: [ManagedPolicy] = []
        var groups: [Group] = []
        var roles: [Role] = []
        var users: [User] = []
    }

    struct ManagedPolicy: Sendable {
        var name: Named
        var path: String
        var description: String
        var document: DocumentSource
    }

    struct Role: Sendable {
        var name: Named
        var path: String
        var description: String
        var trust: DocumentSource
        var boundary: Named?
        var inline: [(name: Named, document: DocumentSource)]
        var managed: [Named]
        var tags: [String: String]
        var maxSessionDuration: Int
    }

    struct User: Sendable {
        var name: Named
        var path: String
        var boundary: Named?
        var inline: [(name: Named, document: DocumentSource)]
        var managed: [Named]
        var groups: [Named]
        var tags: [String: String]
        var mfaDevices: [String]
    }

    struct Group: Sendable {
        var name: Named
        var inline: [(name: Named, document: DocumentSource)]
        var managed: [Named]
    }

    struct IdentityCenter: Sendable {
        var location: SourceLocation
        var users: [Named]
        var groups: [(name: Named, members: [Named])]
        var permissionSets: [PermissionSet]
        var assignments: [Assignment]
    }

    struct PermissionSet: Sendable {
        var name: Named
        var sessionDuration: Int
        var inline: DocumentSource?
        var managed: [Named]
        var customerManaged: [Named]
    }

    struct Assignment: Sendable {
        var location: SourceLocation
        var permissionSet: Named
        var accounts: [Named]
        var users: [Named]
        var groups: [Named]
    }

    var regions: [String] = []
    var organization: Organization?
    var accounts: [Account] = []
    var identityCenter: IdentityCenter?
    var securityServices: SecurityServicesDeclaration?
}

/// A name as written in a scenario, with its place, for errors about what it names.
struct Named: Sendable, Hashable {
    var text: String
    var location: SourceLocation
}
