import Foundation
import LZSim

@testable import LZScenario

/// The GuardDuty and Access Analyzer controls' fixtures, one account and Region each.
extension ControlCase {
    static let securityServices: [ControlCase] = [
        ControlCase(
            id: "GuardDuty.1",
            compliant: { fixture in
                let id = try fixture.world.createDetector(as: fixture.admin)
                return .init(
                    resource: "app/guardduty/eu-west-1", status: .compliant("detector \(id) is enabled in eu-west-1"))
            },
            nonCompliant: { fixture in
                let id = try fixture.world.createDetector(enable: false, as: fixture.admin)
                return .init(
                    resource: "app/guardduty/eu-west-1",
                    status: .nonCompliant("detector \(id) is SUSPENDED in eu-west-1"))
            }),
        ControlCase(
            id: "IAM.28",
            compliant: { fixture in
                try fixture.world.createAnalyzer(analyzerName: "account", type: .account, as: fixture.admin)
                return .init(
                    resource: "app/access-analyzer/eu-west-1",
                    status: .compliant("ACCOUNT analyzer account is active in eu-west-1"))
            },
            nonCompliant: { fixture in
                // The management account's organization analyzer does not count for the member account.
                try fixture.world.createAnalyzer(
                    analyzerName: "organization", type: .organization,
                    as: try fixture.world.rootSession(of: fixture.management))
                return .init(
                    resource: "app/access-analyzer/eu-west-1",
                    status: .nonCompliant("no external access analyzer in eu-west-1"))
            }),
    ]
}
