import Foundation
import LZPolicy

extension World {
    /// `EnableSecurityHub` in the caller's account and Region, with the default standards
    /// (FSBP and CIS 1.2.0) unless `enableDefaultStandards` is false
    /// (https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_EnableSecurityHub.html).
    /// - Throws: `ResourceConflictException` when the account already subscribed, `AccessDeniedException`.
    public mutating func enableSecurityHub(
        enableDefaultStandards: Bool = true,
        region: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let place = try securityHubPlace(region, "securityhub:EnableSecurityHub", as: session)
        guard securityServices.securityHub.hubs[place] == nil else {
            throw AWSError(
                .resourceConflict, "Account \(place.accountID) is already subscribed to Security Hub in \(place.region)"
            )
        }
        addHub(at: place, defaultStandards: enableDefaultStandards)
    }

    /// `DisableSecurityHub`. A member an administrator manages, or an administrator with members,
    /// cannot switch Security Hub off.
    /// - Throws: `InvalidAccessException` when the account has not subscribed, `InvalidInputException`
    ///   for a managed member or an administrator with members, `AccessDeniedException`.
    public mutating func disableSecurityHub(region: String? = nil, as session: Session) throws(AWSError) {
        let hub = try ownHub(region, "securityhub:DisableSecurityHub", as: session)
        if let administrator = hub.administratorAccountID {
            throw AWSError(
                .invalidInput,
                "Account \(hub.place.accountID) is a member of the Security Hub administrator \(administrator) and "
                    + "cannot disable Security Hub until the administrator disassociates it")
        }
        let members = securityServices.securityHub.hubs.values.filter {
            $0.administratorAccountID == hub.place.accountID
        }
        guard members.isEmpty else {
            throw AWSError(
                .invalidInput,
                "Account \(hub.place.accountID) administers \(members.count) member accounts and cannot disable Security Hub"
            )
        }
        securityServices.securityHub.hubs[hub.place] = nil
    }

    /// `BatchEnableStandards`, by standard ARN.
    /// - Returns: The subscription ARNs.
    /// - Throws: `InvalidInputException` for an unknown standard, `InvalidAccessException`, `AccessDeniedException`.
    @discardableResult
    public mutating func batchEnableStandards(standardsARNs: [String], region: String? = nil, as session: Session)
        throws(AWSError) -> [String]
    {
        let hub = try ownHub(region, "securityhub:BatchEnableStandards", as: session)
        let standards = try standardsARNs.map { (arn: String) throws(AWSError) -> SecurityHubStandard in
            try Self.securityHubStandard(arn, region: hub.place.region, partition: partition)
        }
        for standard in standards {
            securityServices.securityHub.hubs[hub.place]?.standards.insert(
                standard.arn(region: hub.place.region, partition: partition))
        }
        return standards.map { subscriptionARN($0, hub.place) }
    }

    /// `BatchDisableStandards`, by subscription ARN.
    /// - Throws: `InvalidInputException` for a subscription the account does not have,
    ///   `InvalidAccessException`, `AccessDeniedException`.
    public mutating func batchDisableStandards(
        standardsSubscriptionARNs: [String],
        region: String? = nil,
        as session: Session
    ) throws(AWSError) {
        let hub = try ownHub(region, "securityhub:BatchDisableStandards", as: session)
        for subscription in standardsSubscriptionARNs {
            guard
                let standard = SecurityHubStandard.all.first(where: { subscriptionARN($0, hub.place) == subscription }),
                hub.standards.contains(standard.arn(region: hub.place.region, partition: partition))
            else {
                throw AWSError(.invalidInput, "'\(subscription)' is not a standards subscription of \(hub.place)")
            }
            securityServices.securityHub.hubs[hub.place]?.standards.remove(
                standard.arn(region: hub.place.region, partition: partition))
        }
    }

    /// `DescribeHub`: the caller's hub in the Region.
    /// - Throws: `InvalidAccessException` when the account has not subscribed, `AccessDeniedException`.
    public func describeHub(region: String? = nil, as session: Session) throws(AWSError) -> SecurityHubHub {
        try ownHub(region, "securityhub:DescribeHub", as: session)
    }

    /// The account's hub in a Region, without authorization (for checks and controls).
    public func hub(account accountID: String, region: String) -> SecurityHubHub? {
        securityServices.securityHub.hubs[AccountRegion(accountID: accountID, region: region)]
    }

    /// `arn:aws:securityhub:REGION:ACCOUNT:subscription/PATH`.
    public func subscriptionARN(_ standard: SecurityHubStandard, _ place: AccountRegion) -> String {
        let path = standard.path.replacingOccurrences(of: "ruleset/", with: "")
        return "arn:\(partition):securityhub:\(place.region):\(place.accountID):subscription/\(path)"
    }

    static func securityHubStandard(_ arn: String, region: String, partition: String) throws(AWSError)
        -> SecurityHubStandard
    {
        guard let standard = SecurityHubStandard.named(arn), standard.arn(region: region, partition: partition) == arn
        else {
            throw AWSError(
                .invalidInput,
                "'\(arn)' is not the ARN of a Security Hub standard in \(region); known standards: "
                    + SecurityHubStandard.all.map(\.name).joined(separator: ", "))
        }
        return standard
    }

    mutating func addHub(at place: AccountRegion, defaultStandards: Bool) {
        let standards =
            defaultStandards
            ? Set(
                SecurityHubStandard.all.filter(\.isDefault).map { $0.arn(region: place.region, partition: partition) })
            : []
        securityServices.securityHub.hubs[place] = SecurityHubHub(place: place, subscribedAt: now, standards: standards)
    }

    /// The caller's place after authorizing `action` on its hub.
    func securityHubPlace(_ region: String?, _ action: String, as session: Session) throws(AWSError) -> AccountRegion {
        let place = AccountRegion(accountID: session.accountID, region: try serviceRegion(region, of: session))
        try requireSecurityServiceAccess(
            action, resource: "arn:\(partition):securityhub:\(place.region):\(place.accountID):hub/default", place,
            as: session)
        return place
    }

    /// The caller's hub after authorizing `action` on it.
    func ownHub(_ region: String?, _ action: String, as session: Session) throws(AWSError) -> SecurityHubHub {
        let place = try securityHubPlace(region, action, as: session)
        guard let hub = securityServices.securityHub.hubs[place] else {
            throw AWSError(
                .invalidAccess, "Account \(place.accountID) is not subscribed to AWS Security Hub in \(place.region)")
        }
        return hub
    }
}
