import LZSim

/// Reads a foundation's `security_services:` into a ``SecurityServicesDeclaration``.
enum SecurityServicesParser {
    static func parse(_ node: YAMLNode) throws(ScenarioError) -> SecurityServicesDeclaration {
        let fields = try Fields(
            node, "security_services",
            allowed: ["delegated_administrator", "guardduty", "security_hub", "access_analyzer"])
        var declaration = SecurityServicesDeclaration(location: node.location)
        if let administrator = try fields.string("delegated_administrator") {
            declaration.delegatedAdministrator = Named(
                text: administrator, location: fields["delegated_administrator"]!.location)
        }
        if let node = fields["guardduty"] {
            let guardDuty = try Fields(node, "guardduty", allowed: ["auto_enable"])
            declaration.guardDuty = .init(
                autoEnable: try guardDuty.choice("auto_enable", GuardDutyAutoEnable.allCases.map(\.rawValue)) ?? "ALL",
                location: node.location)
        }
        if let node = fields["security_hub"] {
            let hub = try Fields(node, "security_hub", allowed: ["auto_enable", "standards"])
            var standards: [Named]?
            if hub.has("standards") {
                standards = []
                for (text, location) in try hub.strings("standards") {
                    guard SecurityHubStandard.named(text) != nil else {
                        let names = SecurityHubStandard.all.map(\.name)
                        throw ScenarioError(
                            "expected a Security Hub standard in 'standards', found '\(text)'", at: location,
                            hint: Suggestion.hint(for: text, among: names) ?? "known: \(names.joined(separator: ", "))")
                    }
                    standards?.append(Named(text: text, location: location))
                }
            }
            declaration.securityHub = .init(
                autoEnable: try hub.bool("auto_enable") ?? true, standards: standards, location: node.location)
        }
        if let node = fields["access_analyzer"] {
            let analyzer = try Fields(node, "access_analyzer", allowed: ["name", "type"])
            declaration.accessAnalyzer = .init(
                name: try analyzer.required("name"),
                type: try analyzer.choice("type", AnalyzerType.allCases.map(\.rawValue)) ?? "ORGANIZATION",
                location: node.location)
        }
        let organizationWide =
            declaration.guardDuty != nil || declaration.securityHub != nil
            || declaration.accessAnalyzer?.type == AnalyzerType.organization.rawValue
        if organizationWide, declaration.delegatedAdministrator == nil {
            throw ScenarioError(
                "security_services needs 'delegated_administrator', the account that administers the services "
                    + "for the organization", at: node.location)
        }
        return declaration
    }
}
