import Foundation
import LZSim

/// A foundation built into a world, with the names the scenario used for what it made.
struct BuiltFoundation: Sendable {
    var world: World
    /// Account IDs by the scenario's account names.
    var accountIDs: [String: String]
    /// OU IDs by name (`root` for the root).
    var unitIDs: [String: String]
    /// Organization policy IDs by name, AWS's own (`FullAWSAccess`) included.
    var organizationPolicyIDs: [String: String]
    /// The management account's name, when there is an organization.
    var managementAccount: String?
    /// KMS key ARNs by `ACCOUNT.KEY`, the scenario's names.
    var keyARNs: [String: String] = [:]
    /// Network resources by the scenario's names, and back.
    var network = NetworkNames()
    /// Workload resources by `KIND.ACCOUNT.NAME` (`certificates.prod-app1.app1`): ARNs, or IDs
    /// where AWS names a resource by ID (zones, volumes, grants); see `BuiltFoundation+Workloads`.
    var workloadIDs: [String: String] = [:]

    /// Replaces `${accounts.NAME}` with account IDs, `${keys.ACCOUNT.KEY}` with key ARNs and
    /// `${organization.id}` with the organization's ID in `text`.
    /// - Throws: ``ScenarioError`` naming the unknown account, with the closest known name.
    func substitute(_ text: String, at location: SourceLocation, extra: [String: String] = [:]) throws(ScenarioError)
        -> String
    {
        guard text.contains("${") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = Self.closingBrace(in: rest[start.upperBound...]) else {
                result += rest[start.lowerBound...]
                return result
            }
            // A name may itself hold a variable, as in `${keys.${account}.data}`.
            let name = try substitute(String(rest[start.upperBound..<end]), at: location, extra: extra)
            if let value = extra[name] {
                result += value
            } else if name == "organization.id" {
                guard let organization = world.organization else {
                    throw ScenarioError(
                        "${organization.id} names the organization, and this foundation has none", at: location)
                }
                result += organization.id
            } else if let value = try organizationName(name, at: location) {
                result += value
            } else if name.hasPrefix("keys.") {
                let key = String(name.dropFirst("keys.".count))
                guard let arn = keyARNs[key] else {
                    throw ScenarioError(
                        "no key named '\(key)' for ${\(name)}; keys are named ACCOUNT.KEY", at: location,
                        hint: Suggestion.hint(for: key, among: keyARNs.keys))
                }
                result += arn
            } else if let (kind, reference) = NetworkNames.substitution(name) {
                result += try network.id(kind, Named(text: reference, location: location), in: "")
            } else if let value = try workloadValue(name, at: location) {
                result += value
            } else if name.hasPrefix("accounts.") {
                let account = String(name.dropFirst("accounts.".count))
                guard let id = accountIDs[account] else {
                    throw ScenarioError(
                        "no account named '\(account)' for ${\(name)}", at: location,
                        hint: Suggestion.hint(for: account, among: accountIDs.keys))
                }
                result += id
            } else if name.contains(":") || ["*", "?", "$"].contains(name) {
                // Policy variables such as ${aws:username} and ${*} stay for the engine.
                result += rest[start.lowerBound...end]
            } else {
                throw ScenarioError(
                    "no variable ${\(name)}; expected accounts.NAME, keys.ACCOUNT.KEY, organization.id, a network or "
                        + "workload name such as vpcs.ACCOUNT/NAME or certificates.ACCOUNT.NAME, a saved steps.NAME, or a "
                        + "policy variable such as ${aws:username}", at: location,
                    hint: Suggestion.hint(
                        for: name, among: Array(extra.keys) + Self.workloadPrefixes.keys.map { "\($0)." }))
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// The `}` that closes a `${`, skipping the braces of variables nested inside it.
    private static func closingBrace(in text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "$", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "{" {
                depth += 1
                index = text.index(index, offsetBy: 2)
                continue
            }
            if text[index] == "}" {
                if depth == 0 { return index }
                depth -= 1
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The account ID of a scenario account name (or a 12-digit ID).
    func accountID(_ name: Named) throws(ScenarioError) -> String {
        if let id = accountIDs[name.text] { return id }
        if name.text.count == 12, name.text.allSatisfy(\.isNumber) { return name.text }
        throw ScenarioError(
            "no account named '\(name.text)'", at: name.location,
            hint: Suggestion.hint(for: name.text, among: accountIDs.keys))
    }

    /// Gives accounts the world has but the scenario never named (made by a mutation's
    /// `organizations:CreateAccount`) their AWS names, so scopes such as `accounts_in: root`
    /// see them as they would see any other account.
    mutating func nameAccountsMadeSince() {
        let known = Set(accountIDs.values)
        for account in world.accounts where !known.contains(account.id) && accountIDs[account.name] == nil {
            accountIDs[account.name] = account.id
        }
    }

    /// The accounts a scope selects, IDs by scenario name: those named and those under the OUs
    /// named, or every account when it names neither.
    func accounts(named names: [Named], under units: [Named]) throws(ScenarioError) -> [String: String] {
        guard !names.isEmpty || !units.isEmpty else { return accountIDs }
        var selected: [String: String] = [:]
        for name in names { selected[name.text] = try accountID(name) }
        for unit in units { selected.merge(try accounts(under: unit)) { first, _ in first } }
        return selected
    }

    /// The accounts anywhere below an OU (`root` for all members), IDs by scenario name.
    /// - Throws: ``ScenarioError`` naming an OU the foundation does not have.
    func accounts(under unit: Named) throws(ScenarioError) -> [String: String] {
        guard let unitID = unitIDs[unit.text], let organization = world.organization else {
            throw ScenarioError(
                "no OU named '\(unit.text)'", at: unit.location,
                hint: Suggestion.hint(for: unit.text, among: unitIDs.keys))
        }
        return accountIDs.filter { organization.path(to: $0.value).dropLast().contains(unitID) }
    }
}
