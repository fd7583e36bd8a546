import Foundation
import LZSim

/// A KMS key as a scenario names it where a resource uses one: the scenario's key name
/// (`data`, or `prod-app1/data`), an alias (`alias/app1/prod/data`, or
/// `prod-app1/alias/app1/prod/data`), an AWS managed alias (`alias/aws/ebs`) or an ARN.
enum KeyReference {
    /// The key's ARN in `region` (an AWS managed alias stays an alias, for the service to make);
    /// a key named by its scenario name must be in that Region unless `regional` is false.
    /// - Throws: ``ScenarioError`` at the reference, with the closest name the account has.
    static func arn(
        _ reference: Named,
        account: String,
        region: String,
        regional: Bool = true,
        built: BuiltFoundation
    ) throws(ScenarioError) -> String {
        let text = try built.substitute(reference.text, at: reference.location)
        if text.hasPrefix("arn:") || text.hasPrefix("alias/aws/") { return text }
        var owner = account
        var name = text
        if let range = text.range(of: "/alias/") {
            owner = String(text[..<range.lowerBound])
            name = "alias/" + text[range.upperBound...]
        } else if !text.hasPrefix("alias/"), let slash = text.firstIndex(of: "/") {
            owner = String(text[..<slash])
            name = String(text[text.index(after: slash)...])
        }
        let accountID = try built.accountID(Named(text: owner, location: reference.location))
        if name.hasPrefix("alias/") {
            let store = built.world.account(accountID)?.kms.regions[region]
            if let target = store?.aliases[name]?.targetKeyID, let key = store?.keys[target] {
                return key.arn
            }
        } else if let arn = built.keyARNs["\(owner).\(name)"] {
            let keyRegion = arn.split(separator: ":").dropFirst(3).first.map(String.init) ?? region
            guard keyRegion == region || !regional else {
                throw ScenarioError(
                    "key '\(name)' of '\(owner)' is in \(keyRegion), and this resource is in \(region)",
                    at: reference.location,
                    hint: "KMS keys are regional: declare a key in \(region), or name the resource's Region")
            }
            return arn
        }
        throw ScenarioError(
            "no key '\(name)' in account '\(owner)' (\(region)); expected a key's scenario name, an alias, "
                + "ACCOUNT/NAME, ACCOUNT/alias/NAME or an ARN", at: reference.location,
            hint: Suggestion.hint(for: name, among: candidates(owner, accountID, region, built)))
    }

    /// The names a key of the account can go by: its scenario names and its aliases.
    private static func candidates(_ owner: String, _ accountID: String, _ region: String, _ built: BuiltFoundation)
        -> [String]
    {
        let names = built.keyARNs.keys.filter { $0.hasPrefix(owner + ".") }.map {
            String($0.dropFirst(owner.count + 1))
        }
        let aliases = built.world.account(accountID)?.kms.regions[region]?.aliases.keys.map { $0 } ?? []
        return names + aliases.filter { !$0.hasPrefix("alias/aws/") }
    }
}
