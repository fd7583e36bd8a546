public import Foundation

/// The simulated AWS world: accounts, the organization that governs them, and the services
/// inside each account, with a clock that moves only when told to.
///
/// A world is a value. Copying one is cheap (its collections share storage until one copy
/// changes), so a what-if variant is a copy and a change:
///
/// ```swift
/// var world = World(seed: 42)
/// let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
/// try world.createOrganization(as: world.rootSession(of: management))
/// var variant = world          // the original is untouched by what follows
/// try variant.advanceClock(by: 3_600)
/// ```
///
/// Every operation is named and validated as AWS names and validates it, and is authorized
/// through one gateway (``authorize(_:)``) as the calling ``Session`` before it takes effect.
public struct World: Sendable {
    /// The partition every ARN of the world is in.
    public let partition: String
    /// The seed every identifier and every derived key material comes from.
    public let seed: UInt64
    /// The Regions the world knows; the first is where unqualified requests go.
    public internal(set) var regions: [String]
    /// The simulated clock.
    public internal(set) var clock: SimulatedClock
    var ids: IDGenerator
    var accountsByID: [String: Account] = [:]
    var accountIDsByName: [String: String] = [:]
    /// The organization, once ``createOrganization(as:)`` has made one.
    public internal(set) var organization: Organization?
    /// IAM Identity Center, once ``enableIdentityCenter(region:as:)`` has enabled it.
    public internal(set) var identityCenter: IdentityCenter?
    /// DNS zones served outside AWS, by fully qualified name (``declareExternalDNSZone(name:)``).
    public internal(set) var externalDNSZones: [String: HostedZone] = [:]
    /// The zones that ever held a CAA record, so ACM's CAA check costs nothing in a world without one.
    var zonesWithCAA: Set<String> = []
    /// S3 buckets (their names are global) and each account's Block Public Access.
    public internal(set) var s3 = S3Storage()
    /// EBS volumes, instances and each account's encryption-by-default settings per Region.
    public internal(set) var ec2 = EC2Storage()
    /// RDS DB instances.
    public internal(set) var rds = RDSStorage()
    /// CloudTrail trails.
    public internal(set) var cloudTrail = CloudTrailStorage()
    /// GuardDuty detectors, Security Hub hubs and Access Analyzer analyzers.
    public internal(set) var securityServices = SecurityServicesStorage()
    /// Every VPC networking resource, across accounts and Regions.
    public internal(set) var network = Network()

    /// Creates an empty world.
    /// - Parameters:
    ///   - seed: Seeds every identifier the world makes, so a foundation built twice is identical.
    ///   - start: The simulated clock's start; by default 2026-01-01T00:00:00Z.
    ///   - regions: The Regions the world knows.
    public init(
        seed: UInt64 = 0,
        start: Date = Date(timeIntervalSince1970: 1_767_225_600),
        regions: [String] = ["us-east-1", "eu-west-1"]
    ) {
        self.partition = "aws"
        self.seed = seed
        self.regions = regions.isEmpty ? ["us-east-1"] : regions
        self.clock = SimulatedClock(start: start)
        self.ids = IDGenerator(seed: seed)
    }

    /// The current simulated time.
    public var now: Date { clock.now }

    /// Moves the simulated clock forward; sessions expire and scheduled changes happen as it passes them.
    public mutating func advanceClock(by seconds: TimeInterval) throws(AWSError) {
        try clock.advance(by: seconds)
    }

    /// Sets the simulated clock to a later instant.
    public mutating func setClock(to date: Date) throws(AWSError) {
        try clock.set(to: date)
    }

    /// Every account, sorted by name.
    public var accounts: [Account] {
        accountsByID.values.sorted { $0.name < $1.name }
    }

    /// The account with this ID or name, if the world has it.
    public func account(_ idOrName: String) -> Account? {
        accountsByID[idOrName] ?? accountIDsByName[idOrName].flatMap { accountsByID[$0] }
    }

    /// The account with this ID or name.
    /// - Throws: ``AWSError`` (`NoSuchEntity`) naming the account when the world has none such.
    func requireAccount(_ idOrName: String) throws(AWSError) -> Account {
        guard let account = account(idOrName) else {
            throw AWSError(.noSuchEntity, "the world has no account '\(idOrName)'")
        }
        return account
    }

    /// Creates an account outside any organization, as signing up for AWS would.
    /// - Returns: The new account's ID.
    /// - Throws: ``AWSError`` when the name is taken or the email is not an address.
    @discardableResult
    public mutating func createStandaloneAccount(name: String, email: String) throws(AWSError) -> String {
        try addAccount(name: name, email: email)
    }

    mutating func addAccount(name: String, email: String) throws(AWSError) -> String {
        guard !name.isEmpty, name.count <= 50 else {
            throw AWSError(.validation, "account name '\(name)' must be 1 to 50 characters")
        }
        guard accountIDsByName[name] == nil else {
            throw AWSError(.duplicateAccount, "an account named '\(name)' already exists")
        }
        guard email.contains("@"), email.count >= 6, email.count <= 64 else {
            throw AWSError(.validation, "'\(email)' is not an email address of 6 to 64 characters")
        }
        let id = ids.accountID()
        accountsByID[id] = Account(id: id, name: name, email: email)
        accountIDsByName[name] = id
        return id
    }

    /// Applies a change to one account's IAM resources, in place (no copy of the account's
    /// collections, which a read-modify-write of the dictionary entry would make).
    mutating func updateIAM<Result>(
        of accountID: String,
        _ change: (inout IAMAccount) throws(AWSError) -> Result
    ) throws(AWSError) -> Result {
        guard accountsByID[accountID] != nil else {
            throw AWSError(.noSuchEntity, "the world has no account '\(accountID)'")
        }
        return try change(&accountsByID[accountID]!.iam)
    }

    /// Applies a change to the organization in place.
    @discardableResult
    mutating func updateOrganization<Result>(
        _ change: (inout Organization) throws(AWSError) -> Result
    ) throws(AWSError) -> Result {
        guard organization != nil else { throw AWSError(.organizationNotInUse, "there is no organization") }
        return try change(&organization!)
    }
}
