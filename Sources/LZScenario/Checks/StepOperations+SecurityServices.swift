import LZSim

extension StepOperations {
    /// GuardDuty, Security Hub and Access Analyzer calls: what switches the security services
    /// off, and what a guardrail protecting them must refuse. Every call takes an optional
    /// `Region` (the foundation's first by default); GuardDuty's `DetectorId` defaults to the
    /// caller's own detector in the Region, since a scenario cannot know the generated ID.
    static let securityServiceCalls: [String: Entry] = [
        "guardduty:CreateDetector": Entry(parameters: ["Enable", "Region"]) {
            world, session, with throws(StepFailure) in
            let (enable, region) = try read { () throws(ScenarioError) in
                (try with.bool("Enable") ?? true, try with.string("Region"))
            }
            return .text(
                try aws { () throws(AWSError) in try world.createDetector(enable: enable, region: region, as: session) }
            )
        },
        "guardduty:DeleteDetector": detectorCall([]) { world, session, detector, region, _ throws(AWSError) in
            try world.deleteDetector(detectorID: detector, region: region, as: session)
        },
        "guardduty:DisassociateMembers": detectorCall(["AccountIds"]) {
            world, session, detector, region, with throws(AWSError) in
            try world.disassociateGuardDutyMembers(
                detectorID: detector, accountIDs: with["AccountIds"] ?? [], region: region, as: session)
        },
        "guardduty:UpdateOrganizationConfiguration": detectorCall(["AutoEnableOrganizationMembers"]) {
            world, session, detector, region, with throws(AWSError) in
            let text = with["AutoEnableOrganizationMembers"]?.first ?? ""
            guard let setting = GuardDutyAutoEnable(rawValue: text) else {
                throw AWSError(.badRequest, "AutoEnableOrganizationMembers must be ALL, NEW or NONE, not '\(text)'")
            }
            try world.updateGuardDutyOrganizationConfiguration(
                detectorID: detector, autoEnableOrganizationMembers: setting, region: region, as: session)
        },
        "securityhub:DisableSecurityHub": Entry(parameters: ["Region"]) { world, session, with throws(StepFailure) in
            let region = try read { () throws(ScenarioError) in try with.string("Region") }
            try aws { () throws(AWSError) in try world.disableSecurityHub(region: region, as: session) }
            return .none
        },
        "securityhub:DisassociateMembers": Entry(parameters: ["AccountIds", "Region"]) {
            world, session, with throws(StepFailure) in
            let (accounts, region) = try read { () throws(ScenarioError) in
                (try with.strings("AccountIds"), try with.string("Region"))
            }
            try aws { () throws(AWSError) in
                try world.disassociateSecurityHubMembers(accountIDs: accounts, region: region, as: session)
            }
            return .none
        },
        "securityhub:BatchDisableStandards": Entry(parameters: ["StandardsSubscriptionArns", "Region"]) {
            world, session, with throws(StepFailure) in
            let (subscriptions, region) = try read { () throws(ScenarioError) in
                (try with.strings("StandardsSubscriptionArns"), try with.string("Region"))
            }
            try aws { () throws(AWSError) in
                try world.batchDisableStandards(standardsSubscriptionARNs: subscriptions, region: region, as: session)
            }
            return .none
        },
        "access-analyzer:DeleteAnalyzer": Entry(parameters: ["AnalyzerName", "Region"]) {
            world, session, with throws(StepFailure) in
            let (name, region) = try read { () throws(ScenarioError) in
                (try with.required("AnalyzerName"), try with.string("Region"))
            }
            try aws { () throws(AWSError) in try world.deleteAnalyzer(analyzerName: name, region: region, as: session) }
            return .none
        },
    ]

    /// A GuardDuty call on the caller's detector (`DetectorId`, else its own in the Region), with
    /// the list parameters it names.
    private static func detectorCall(
        _ lists: [String],
        _ body: @escaping @Sendable (inout World, Session, String, String?, [String: [String]]) throws(AWSError) -> Void
    ) -> Entry {
        Entry(parameters: ["DetectorId", "Region"] + lists) { world, session, with throws(StepFailure) in
            let (given, region) = try read { () throws(ScenarioError) in
                (try with.string("DetectorId"), try with.string("Region"))
            }
            var values: [String: [String]] = [:]
            for name in lists {
                values[name] = try read { () throws(ScenarioError) in try with.strings(name) }
            }
            try aws { () throws(AWSError) in
                let own = try world.listDetectors(region: region, as: session).first
                guard let detector = given ?? own else {
                    throw AWSError(.badRequest, "\(session.accountID) has no detector in \(region ?? "its Region")")
                }
                try body(&world, session, detector, region, values)
            }
            return .none
        }
    }
}
