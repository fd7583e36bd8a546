import Foundation
import LZReport
import LZSim

/// Runs a `control:` or `framework:` check: evaluates each control over the accounts in scope and
/// turns every resource's status into a testcase (COMPLIANT passes, NON_COMPLIANT fails,
/// NOT_APPLICABLE skips, an evaluation error errs), named by the resource so that names are stable.
struct ControlCheck {
    let check: CheckDeclaration
    let declaration: ControlDeclaration
    let built: BuiltFoundation
    let world: World
    let file: String
    let now: Date
    /// The account a `for_each` fans out to, which narrows the scope to it.
    let account: String?

    func run() throws(ScenarioError) -> [CaseResult] {
        let accounts = try scopedAccounts()
        let labels = keyLabels()
        var results: [CaseResult] = []
        for control in declaration.controls {
            let input = ControlInput(
                world: world, accounts: accounts, control: control,
                overrides: declaration.parameters[control.id] ?? [:], labels: labels)
            let findings = unique(control.evaluate(input).filter { inTagScope($0) && inResourceScope($0) })
            if findings.isEmpty {
                results.append(
                    result(
                        control, resource: nil,
                        .notApplicable("no \(control.resourceType) in scope (the control needs \(control.needs))"),
                        identifier: nil))
            }
            for finding in findings {
                results.append(
                    result(control, resource: finding.resource, finding.status, identifier: finding.identifier))
            }
        }
        return results
    }

    /// The accounts in scope: the `for_each` account, else those named and under the OUs named,
    /// else every account of the foundation.
    private func scopedAccounts() throws(ScenarioError) -> [ControlInput.ScopedAccount] {
        let selected =
            if let account {
                [account: built.accountIDs[account] ?? account]
            } else {
                try built.accounts(
                    named: declaration.scope.accounts, under: declaration.scope.organizationalUnits)
            }
        return selected.map { ControlInput.ScopedAccount(id: $0.value, name: $0.key) }
    }

    /// Key ARNs to the names the scenario gave them (`app-data` for `prod.app-data`).
    private func keyLabels() -> [String: String] {
        var labels: [String: String] = [:]
        for (name, arn) in built.keyARNs {
            labels[arn] = name.split(separator: ".", maxSplits: 1).last.map(String.init) ?? name
        }
        return labels
    }

    /// Whether a resource carries every tag of the scope; settings without tags are out of a tag scope.
    private func inTagScope(_ finding: ControlFinding) -> Bool {
        let wanted = declaration.scope.tags
        guard !wanted.isEmpty else { return true }
        guard let tags = finding.tags else { return false }
        return wanted.allSatisfy { tags[$0.key] == $0.value }
    }

    /// Whether the scope's `resources` name the finding's resource (all do when it names none).
    private func inResourceScope(_ finding: ControlFinding) -> Bool {
        let patterns = declaration.scope.resources
        guard !patterns.isEmpty else { return true }
        return patterns.contains { finding.resource.matches(namePattern: $0) }
    }

    /// Resources that share a label get their identifier added, so testcase names stay unique.
    private func unique(_ findings: [ControlFinding]) -> [ControlFinding] {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.resource, default: 0] += 1 }
        return findings.map { finding in
            var finding = finding
            if counts[finding.resource, default: 0] > 1 {
                finding.resource += " (\(finding.identifier.split(separator: "/").last ?? ""))"
            }
            return finding
        }.sorted { $0.resource < $1.resource }
    }
}
