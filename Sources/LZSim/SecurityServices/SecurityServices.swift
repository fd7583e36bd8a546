/// The organization-wide security services' state: GuardDuty, Security Hub and IAM Access Analyzer.
public struct SecurityServicesStorage: Sendable {
    /// GuardDuty detectors and organization settings.
    public internal(set) var guardDuty = GuardDutyState()
    /// Security Hub hubs and organization settings.
    public internal(set) var securityHub = SecurityHubState()
    /// Access Analyzer analyzers.
    public internal(set) var accessAnalyzer = AccessAnalyzerState()
}

/// Where a regional security-service resource lives: an account in a Region.
public struct AccountRegion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The account's ID.
    public var accountID: String
    /// The Region.
    public var region: String

    /// Creates a place.
    public init(accountID: String, region: String) {
        self.accountID = accountID
        self.region = region
    }

    public var description: String { "\(accountID) in \(region)" }

    public static func < (lhs: AccountRegion, rhs: AccountRegion) -> Bool {
        (lhs.accountID, lhs.region) < (rhs.accountID, rhs.region)
    }
}

extension AWSError.Code {
    /// GuardDuty's one client error code.
    public static let badRequest = AWSError.Code(rawValue: "BadRequestException")
    /// Security Hub: the account has not enabled Security Hub, or may not act on the resource.
    public static let invalidAccess = AWSError.Code(rawValue: "InvalidAccessException")
    /// Security Hub: the resource already exists (Security Hub already enabled).
    public static let resourceConflict = AWSError.Code(rawValue: "ResourceConflictException")
}

extension World {
    /// The delegated administrator of a service principal, if the management account registered one.
    public func delegatedAdministrator(for servicePrincipal: String) -> String? {
        organization?.delegatedAdministrators[servicePrincipal]?.sorted().first
    }

    /// The Region a security-service request goes to: the one named, else the session's.
    func serviceRegion(_ region: String?, of session: Session) throws(AWSError) -> String {
        let region = region ?? requestRegion(of: session)
        guard regions.contains(region) else {
            throw AWSError(
                .invalidInput,
                "Region '\(region)' is not one of the world's Regions (\(regions.joined(separator: ", ")))")
        }
        return region
    }

    /// Authorizes a GuardDuty, Security Hub or Access Analyzer call on a resource of the account and
    /// Region in `place`; a denial is these services' `AccessDeniedException`.
    func requireSecurityServiceAccess(
        _ action: String, resource: String, _ place: AccountRegion, as session: Session
    ) throws(AWSError) {
        try requireAccess(
            AccessRequest(
                session: session, action: action,
                resource: ResourceReference(arn: resource, accountID: place.accountID), region: place.region),
            deniedCode: .accessDeniedException)
    }

    /// Registers `accountID` as the delegated administrator of `servicePrincipal`, as a service's
    /// `EnableOrganizationAdminAccount` does through Organizations; an account already registered
    /// for the service (from another Region's call) stays registered.
    /// - Throws: `errorCode` when another account administers the service already, or the
    ///   account is not in the organization.
    mutating func enableServiceAdministrator(
        accountID: String,
        servicePrincipal: String,
        errorCode: AWSError.Code,
        as session: Session
    ) throws(AWSError) {
        let organization = try requireMembership(of: session)
        guard session.accountID == organization.managementAccountID else {
            throw AWSError(
                errorCode,
                "only the management account \(organization.managementAccountID) designates the delegated "
                    + "administrator of \(servicePrincipal), not \(session.accountID)")
        }
        guard organization.parents[accountID] != nil else {
            throw AWSError(errorCode, "account \(accountID) is not a member of \(organization.id)")
        }
        if let current = delegatedAdministrator(for: servicePrincipal) {
            guard current == accountID else {
                throw AWSError(
                    errorCode, "account \(current) is already the delegated administrator of \(servicePrincipal)")
            }
            return
        }
        try registerDelegatedAdministrator(accountID: accountID, servicePrincipal: servicePrincipal, as: session)
    }

    /// The organization's members a delegated administrator may manage, sorted: every account but its own.
    func managedMembers(of administrator: String) -> [String] {
        (organization?.accountIDs ?? []).filter { $0 != administrator }
    }
}
