import LZPolicy

extension World {
    /// Access Analyzer's service principal, under which its delegated administrator is registered.
    public static let accessAnalyzerServicePrincipal = "access-analyzer.amazonaws.com"

    /// `CreateAnalyzer` for external access. An `ORGANIZATION` analyzer is created only from the
    /// management account or Access Analyzer's delegated administrator
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-create-external.html).
    /// - Returns: The analyzer's ARN.
    /// - Throws: `ValidationException` for a bad name or an organization analyzer from another
    ///   account, `ConflictException` for a name taken in the account and Region, `AccessDeniedException`.
    @discardableResult
    public mutating func createAnalyzer(
        analyzerName: String,
        type: AnalyzerType,
        region: String? = nil,
        as session: Session
    ) throws(AWSError) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard (1...255).contains(analyzerName.count), analyzerName.first?.isLetter == true,
            analyzerName.allSatisfy(allowed.contains)
        else {
            throw AWSError(
                .kmsValidation,
                "analyzer name '\(analyzerName)' must be 1 to 255 letters, digits, periods, underscores and dashes, "
                    + "starting with a letter")
        }
        let place = AccountRegion(accountID: session.accountID, region: try serviceRegion(region, of: session))
        let arn = analyzerARN(analyzerName, place)
        try requireSecurityServiceAccess("access-analyzer:CreateAnalyzer", resource: arn, place, as: session)
        let zone: ZoneOfTrust
        switch type {
        case .account:
            zone = .account(session.accountID)
        case .organization:
            guard let organization, organization.parents[session.accountID] != nil,
                session.accountID == organization.managementAccountID
                    || delegatedAdministrator(for: Self.accessAnalyzerServicePrincipal) == session.accountID
            else {
                throw AWSError(
                    .kmsValidation,
                    "an ORGANIZATION analyzer is created from the management account or Access Analyzer's delegated "
                        + "administrator, not from \(session.accountID)")
            }
            zone = .organization(organization.id)
        }
        guard securityServices.accessAnalyzer.analyzers[arn] == nil else {
            throw AWSError(.conflict, "an analyzer named '\(analyzerName)' already exists in \(place)")
        }
        securityServices.accessAnalyzer.analyzers[arn] = Analyzer(
            name: analyzerName, arn: arn, type: type, place: place, createdAt: now, zone: zone)
        return arn
    }

    /// `DeleteAnalyzer`.
    /// - Throws: `ResourceNotFoundException`, `AccessDeniedException`.
    public mutating func deleteAnalyzer(analyzerName: String, region: String? = nil, as session: Session)
        throws(AWSError)
    {
        let analyzer = try ownAnalyzer(analyzerName, region: region, "access-analyzer:DeleteAnalyzer", as: session)
        securityServices.accessAnalyzer.analyzers[analyzer.arn] = nil
    }

    /// `ListAnalyzers`: the caller's analyzers in the Region, of one type or all, sorted by name.
    public func listAnalyzers(type: AnalyzerType? = nil, region: String? = nil, as session: Session) throws(AWSError)
        -> [Analyzer]
    {
        let place = AccountRegion(accountID: session.accountID, region: try serviceRegion(region, of: session))
        try requireSecurityServiceAccess("access-analyzer:ListAnalyzers", resource: "*", place, as: session)
        return analyzers(account: session.accountID, region: place.region).filter { type == nil || $0.type == type }
    }

    /// `ListFindings` of an analyzer: the external access its zone of trust has in its Region
    /// (IAM roles, which are global, in every Region), computed now from the resources' policies.
    /// - Throws: `ResourceNotFoundException`, `AccessDeniedException`.
    public func listFindings(analyzerName: String, region: String? = nil, as session: Session) throws(AWSError)
        -> [ExternalAccessFinding]
    {
        let analyzer = try ownAnalyzer(analyzerName, region: region, "access-analyzer:ListFindings", as: session)
        return externalAccess(in: analyzer.zone, region: analyzer.place.region)
    }

    /// The account's analyzers in a Region, without authorization (for checks and controls), sorted by name.
    public func analyzers(account accountID: String, region: String) -> [Analyzer] {
        securityServices.accessAnalyzer.analyzers.values.filter {
            $0.place == AccountRegion(accountID: accountID, region: region)
        }.sorted { $0.name < $1.name }
    }

    private func analyzerARN(_ name: String, _ place: AccountRegion) -> String {
        "arn:\(partition):access-analyzer:\(place.region):\(place.accountID):analyzer/\(name)"
    }

    private func ownAnalyzer(_ name: String, region: String?, _ action: String, as session: Session)
        throws(AWSError) -> Analyzer
    {
        let place = AccountRegion(accountID: session.accountID, region: try serviceRegion(region, of: session))
        let arn = analyzerARN(name, place)
        try requireSecurityServiceAccess(action, resource: arn, place, as: session)
        guard let analyzer = securityServices.accessAnalyzer.analyzers[arn] else {
            throw AWSError(.resourceNotFound, "Analyzer \(arn) not found")
        }
        return analyzer
    }
}
