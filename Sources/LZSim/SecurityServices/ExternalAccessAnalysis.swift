import Foundation
import LZPolicy

/// IAM Access Analyzer's question for one resource policy: can a principal outside the zone of
/// trust act on the resource?
///
/// An outside principal is hypothetical: another account, in another organization or in none.
/// It chooses every request value it controls (transport, source address, time, MFA, its own
/// tags), so conditions on those never keep it out; it cannot choose the facts of its identity
/// (``fixedKeys``), so conditions on those are evaluated by the engine against concrete outside
/// identities. A `Deny` keeps it out only when it covers the allowed actions and applies whatever
/// the outsider chooses. Service principals are not external principals here: a service acts for
/// an account that `aws:SourceAccount` or `aws:SourceArn` names, which the zone checks.
struct ExternalAccessAnalysis {
    /// The facts of a caller's identity and of the resource, which no caller can choose
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-concepts.html).
    static let fixedKeys: Set<String> = [
        "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "kms:calleraccount",
        "aws:principalarn", "aws:principalisawsservice", "aws:principalservicename",
        "aws:principalservicenameslist", "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid",
        "aws:sourceorgpaths", "aws:sourceowner", "aws:resourceaccount", "aws:resourceorgid", "aws:resourceorgpaths",
    ]

    /// A concrete identity outside the zone.
    struct Outsider {
        var accountID: String
        var principalARN: String
        var organizationID: String?
        var organizationPath: String?
        var description: String
    }

    /// A resource: its ARN and type, its owner, and the services whose actions its policy grants.
    struct Resource {
        var arn: String
        var type: String
        var owner: String
        var services: [String]
    }

    let world: World
    let zone: ZoneOfTrust
    /// An account ID and an organization ID the world does not use, for hypothetical outsiders.
    let strangerAccount: String
    let strangerOrganization: String

    init(world: World, zone: ZoneOfTrust) {
        self.world = world
        self.zone = zone
        var account = 999_999_999_999
        while world.account(String(account)) != nil { account -= 1 }
        strangerAccount = String(account)
        strangerOrganization = world.organization?.id == "o-outsider00" ? "o-outsider01" : "o-outsider00"
    }

    /// Whether an account is in the zone of trust.
    func trusts(_ accountID: String) -> Bool {
        switch zone {
        case .account(let id): accountID == id
        case .organization(let id):
            world.organization?.id == id && world.organization?.parents[accountID] != nil
        }
    }

    /// One finding per `Allow` statement that lets an outsider act, after the policy's denies.
    func findings(_ policy: Policy, _ resource: Resource) -> [ExternalAccessFinding] {
        let statements = policy.statementViews
        // A deny with a condition on what the outsider chooses never applies to it whatever it chooses.
        let denies = statements.filter { deny in
            deny.effect == .deny && deny.conditions.allSatisfy { Self.fixedKeys.contains($0.key.lowercased()) }
        }
        var findings: [ExternalAccessFinding] = []
        // Only a deny that applies needs the allowed actions one by one, from the action catalog,
        // which is read once per policy and only then.
        var catalog: [String]?
        for allow in statements where allow.effect == .allow && grantsActions(allow, of: resource) {
            let fixed = allow.conditions.filter { Self.fixedKeys.contains($0.key.lowercased()) }
            for (written, outsider) in outsiders(of: allow) {
                let caller = principal(outsider)
                guard allow.names(caller) else { continue }
                let context = identityContext(outsider, resource)
                guard fixed.allSatisfy({ $0.holds(in: context) }) else { continue }
                let applying = denies.filter { deny in
                    covers(deny, allow) && deny.names(caller) && deny.conditions.allSatisfy { $0.holds(in: context) }
                }
                if !applying.isEmpty && catalog == nil { catalog = catalogActions(resource) }
                let allowed = applying.isEmpty ? [] : (catalog ?? []).filter(allow.matchesAction)
                let remaining = allowed.filter { action in !applying.contains { $0.matchesAction(action) } }
                guard applying.isEmpty || !remaining.isEmpty else { continue }
                let writtenActions = allow.statement.action.values.map(\.value)
                let condition =
                    fixed.isEmpty
                    ? (written == "*"
                        ? "no condition on the caller's identity keeps it in the \(zone)"
                        : "names \(outsider.accountID), outside the \(zone)")
                    : fixed.map(\.description).joined(separator: " and ") + " holds for \(outsider.description)"
                findings.append(
                    ExternalAccessFinding(
                        resourceARN: resource.arn, resourceType: resource.type, resourceOwnerAccount: resource.owner,
                        source: allow.label, principal: written,
                        actions: applying.isEmpty || remaining.count == allowed.count
                            ? (allow.statement.action.isNegated
                                ? writtenActions.map { "NotAction \($0)" } : writtenActions)
                            : remaining,
                        condition: condition, isPublic: written == "*" && fixed.isEmpty))
                break
            }
        }
        return findings
    }

    /// Whether a statement grants any action of the resource's services: `*`, `service:...`, or `NotAction`.
    private func grantsActions(_ statement: Policy.StatementView, of resource: Resource) -> Bool {
        let action = statement.statement.action
        return action.isNegated
            || action.values.contains { pattern in
                let text = pattern.value.lowercased()
                return text == "*" || resource.services.contains { text.hasPrefix("\($0):") }
            }
    }

    /// Every catalogued action of the resource's services, as `service:Name`.
    private func catalogActions(_ resource: Resource) -> [String] {
        resource.services.flatMap { ActionCatalog.shared.actions(matching: "\($0):*") }.sorted()
    }

    /// Whether a deny's resources cover every resource entry of an allow (a trust or key policy
    /// statement without `Resource` covers all).
    private func covers(_ deny: Policy.StatementView, _ allow: Policy.StatementView) -> Bool {
        guard let resources = allow.statement.resource, !resources.isNegated else {
            return deny.statement.resource == nil || deny.mayMatchResource("*")
        }
        return resources.values.allSatisfy { deny.mayMatchResource($0.value) }
    }

    /// The outsiders a statement's `Principal` could name, each with the principal as written:
    /// a named account outside the zone, or, for `*` and `NotPrincipal`, hypothetical callers in
    /// another organization and in none, with every role name its `aws:PrincipalArn` conditions ask for.
    private func outsiders(of statement: Policy.StatementView) -> [(String, Outsider)] {
        guard let element = statement.statement.principal, !element.isNegated else {
            return hypothetical(statement).map { ("*", $0) }
        }
        var result: [(String, Outsider)] = []
        for entry in element.entries {
            switch entry.type {
            case .everyone:
                result += hypothetical(statement).map { ("*", $0) }
            case .aws where entry.value == "*":
                result += hypothetical(statement).map { ("*", $0) }
            case .aws, .federated:
                let account =
                    entry.value.allSatisfy(\.isNumber)
                    ? entry.value
                    : entry.value.split(separator: ":", omittingEmptySubsequences: false).dropFirst(4).first
                        .map(String.init) ?? ""
                guard account.count == 12, !trusts(account) else { continue }
                let arn = entry.value.hasPrefix("arn:") ? entry.value : "arn:\(world.partition):iam::\(account):root"
                result += identities(account: account, arns: [arn]).map { (entry.value, $0) }
            default:
                continue
            }
        }
        return result
    }

    private func hypothetical(_ statement: Policy.StatementView) -> [Outsider] {
        var arns = ["arn:\(world.partition):iam::\(strangerAccount):root"]
        for condition in statement.conditions where condition.key.lowercased() == "aws:principalarn" {
            for value in condition.values {
                var fields = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 6 else { continue }
                fields[4] = strangerAccount
                let resource = fields[5...].joined(separator: ":").replacingOccurrences(of: "*", with: "x")
                    .replacingOccurrences(of: "?", with: "x")
                arns.append((fields[..<5] + [resource]).joined(separator: ":"))
            }
        }
        var result = identities(account: strangerAccount, arns: arns)
        // With one account as the zone, the organization's other accounts are outside it too.
        if case .account(let trusted) = zone, let organization = world.organization {
            for account in organization.accountIDs where account != trusted {
                result += identities(
                    account: account, arns: arns.map { $0.replacingOccurrences(of: strangerAccount, with: account) })
            }
        }
        return result
    }

    /// An account's outside identities: in the world's organization or none when the world knows
    /// the account, else in another organization and in none.
    private func identities(account: String, arns: [String]) -> [Outsider] {
        var organizations: [(String?, String?, String)] = []
        if let organization = world.organization, organization.parents[account] != nil {
            organizations = [
                (
                    organization.id, organization.organizationPath(of: account),
                    "account \(account) of \(organization.id)"
                )
            ]
        } else if world.account(account) != nil {
            organizations = [(nil, nil, "account \(account), in no organization")]
        } else {
            organizations = [
                (strangerOrganization, "\(strangerOrganization)/r-0000/", "account \(account) of another organization"),
                (nil, nil, "account \(account), in no organization"),
            ]
        }
        return organizations.flatMap { organization in
            arns.map { arn in
                Outsider(
                    accountID: account, principalARN: arn, organizationID: organization.0,
                    organizationPath: organization.1, description: organization.2)
            }
        }
    }

    private func principal(_ outsider: Outsider) -> Principal {
        Principal(arn: outsider.principalARN)
            ?? Principal(arn: "arn:\(world.partition):iam::\(outsider.accountID):root")!
    }

    /// The outsider's identity keys and the resource's keys, as the gateway would set them.
    private func identityContext(_ outsider: Outsider, _ resource: Resource) -> RequestContext {
        var context = RequestContext()
        context.set("aws:PrincipalAccount", values: [outsider.accountID], multivalued: false)
        context.set("kms:CallerAccount", values: [outsider.accountID], multivalued: false)
        context.set("aws:PrincipalArn", values: [outsider.principalARN], multivalued: false)
        context.set("aws:PrincipalIsAWSService", values: ["false"], multivalued: false)
        if let organizationID = outsider.organizationID, let path = outsider.organizationPath {
            context.set("aws:PrincipalOrgID", values: [organizationID], multivalued: false)
            context.set("aws:PrincipalOrgPaths", values: [path], multivalued: true)
        }
        context.set("aws:ResourceAccount", values: [resource.owner], multivalued: false)
        if let organization = world.organization, let path = organization.organizationPath(of: resource.owner) {
            context.set("aws:ResourceOrgID", values: [organization.id], multivalued: false)
            context.set("aws:ResourceOrgPaths", values: [path], multivalued: true)
        }
        return context
    }
}
