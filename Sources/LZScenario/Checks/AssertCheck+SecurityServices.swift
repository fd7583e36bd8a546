import LZSim

/// `assert` on an account's security services, in every Region of the foundation: GuardDuty's
/// detector and Security Hub's hub (on, and managed by the delegated administrator), Access
/// Analyzer's analyzers, and the services the account administers for the organization.
extension AssertCheck {
    static let securityServiceProperties = [
        "guardduty", "guardduty_administrator", "security_hub", "security_hub_administrator", "access_analyzer",
        "delegated_administrator_for",
    ]

    func securityServiceFailure(_ accountID: String, _ property: Named, _ value: YAMLNode) throws(ScenarioError)
        -> String?
    {
        switch property.text {
        case "guardduty", "security_hub":
            let wanted = try text(value, property)
            guard ["enabled", "disabled"].contains(wanted) else {
                throw ScenarioError(
                    "expected enabled or disabled for '\(property.text)', found '\(wanted)'", at: value.location)
            }
            let service = property.text == "guardduty" ? "GuardDuty" : "Security Hub"
            let enabled = world.regions.filter { region in
                property.text == "guardduty"
                    ? world.detector(account: accountID, region: region)?.status == .enabled
                    : world.hub(account: accountID, region: region) != nil
            }
            if wanted == "enabled" {
                let missing = world.regions.filter { !enabled.contains($0) }
                return missing.isEmpty ? nil : "has \(service) off in \(missing.joined(separator: ", "))"
            }
            return enabled.isEmpty ? nil : "has \(service) on in \(enabled.joined(separator: ", "))"
        case "guardduty_administrator", "security_hub_administrator":
            let name = try text(value, property)
            let administrator = try built.accountID(Named(text: name, location: value.location))
            var problems: [String] = []
            for region in world.regions {
                let managedBy: String??
                if property.text == "guardduty_administrator" {
                    managedBy = world.detector(account: accountID, region: region).map(\.administratorAccountID)
                } else {
                    managedBy = world.hub(account: accountID, region: region).map(\.administratorAccountID)
                }
                switch managedBy {
                case nil: problems.append("off in \(region)")
                case .some(let manager) where manager == administrator || accountID == administrator: continue
                case .some(nil): problems.append("not a member of \(name) in \(region)")
                case .some(.some(let other)): problems.append("a member of \(other), not \(name), in \(region)")
                }
            }
            let service = property.text == "guardduty_administrator" ? "GuardDuty" : "Security Hub"
            return problems.isEmpty ? nil : "has \(service) " + problems.joined(separator: "; ")
        case "access_analyzer":
            let wanted = try text(value, property)
            let types = AnalyzerType.allCases.map(\.rawValue)
            guard wanted == "any" || types.contains(wanted) else {
                throw ScenarioError(
                    "expected ORGANIZATION, ACCOUNT or any for 'access_analyzer', found '\(wanted)'",
                    at: value.location, hint: Suggestion.hint(for: wanted, among: types + ["any"]))
            }
            let missing = world.regions.filter { region in
                !world.analyzers(account: accountID, region: region).contains {
                    wanted == "any" || $0.type.rawValue == wanted
                }
            }
            let kind = wanted == "any" ? "" : "\(wanted) "
            return missing.isEmpty
                ? nil : "has no \(kind)external access analyzer in \(missing.joined(separator: ", "))"
        default:
            let wanted = try names(value, property)
            let missing = wanted.filter {
                world.organization?.delegatedAdministrators[$0]?.contains(accountID) != true
            }
            return missing.isEmpty
                ? nil : "is not the delegated administrator of \(missing.joined(separator: ", "))"
        }
    }
}
