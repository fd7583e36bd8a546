import LZPolicy
import LZSim

/// A preventive guardrail checked as behaviour: the actions it must prevent are asked of the
/// authorization gateway for a representative principal of each account, and the guardrail is in
/// effect when every one of them is denied.
struct Guardrail: Sendable {
    /// One request the guardrail must deny.
    struct Probe: Sendable {
        var action: String
        var resource: String
        var region: String?
    }

    /// Who asks: an administrator role of the account, or the account's root user.
    enum Asker: Sendable {
        case administrator
        case root
    }

    let asker: Asker
    /// The requests to deny for an account, given its ID, the home Region and the parameters.
    let probes: @Sendable (_ account: String, _ region: String, _ input: ControlInput) -> [Probe]

    /// The parameter naming the role to ask as, shared by every guardrail asked as an administrator.
    static let roleParameter = ControlParameter(
        name: "principalRole",
        summary: "the member-account role to ask as (default: OrganizationAccountAccessRole, else a role with "
            + "AdministratorAccess other than AWSControlTowerExecution)",
        kind: .roleName, defaultValue: [])

    /// One finding per account in scope; the management account is not applicable, since SCPs do
    /// not apply to it (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
    func evaluate(_ input: ControlInput) -> [ControlFinding] {
        let management = input.world.organization?.managementAccountID
        let region = input.world.regions[0]
        return input.accounts.map { account in
            func finding(_ status: ControlStatus) -> ControlFinding {
                input.finding(account.name, "account", "guardrail", id: account.id, status, tags: nil)
            }
            if account.id == management {
                return finding(.notApplicable("service control policies do not apply to the management account"))
            }
            let probes = probes(account.id, region, input)
            if probes.isEmpty {
                return finding(.notApplicable("no governed Regions configured; set the 'regions' parameter"))
            }
            let session: Session
            let who: String
            do throws(GuardrailError) {
                (session, who) = try self.session(in: account.id, input)
            } catch {
                return finding(.error(error.message))
            }
            let caller = input.world.prepare(session, memoizingDecisions: false)
            var denials: [String] = []
            for probe in probes {
                let decision = input.world.authorize(
                    AccessRequest(
                        session: session, action: probe.action, resource: ResourceReference(arn: probe.resource),
                        region: probe.region),
                    as: caller, options: Authorizer.Options(explain: true))
                if decision.isAllowed {
                    let allowedBy = decision.explanation.filter { $0.matched && $0.effect == .allow }.map(\.reference)
                    let why = allowedBy.isEmpty ? "" : " by \(allowedBy.joined(separator: "; "))"
                    return finding(
                        .nonCompliant(
                            "\(who) is allowed \(probe.action) on \(probe.resource)\(probe.region.map { " in \($0)" } ?? "")"
                                + "\(why); nothing denies it"))
                }
                denials.append(probe.action)
            }
            return finding(.compliant("\(who) is denied \(denials.joined(separator: ", "))"))
        }
    }

    /// The representative principal of a member account.
    private func session(in account: String, _ input: ControlInput) throws(GuardrailError) -> (Session, String) {
        let world = input.world
        if asker == .root {
            guard let session = try? world.rootSession(of: account) else { throw GuardrailError("no root user") }
            return (session, "the root user")
        }
        guard let iam = world.account(account)?.iam else { throw GuardrailError("no account \(account)") }
        let named = input.strings("principalRole").first
        let role: IAMRole?
        if let named {
            role = iam.roles[named]
            guard role != nil else {
                throw GuardrailError("the account has no role '\(named)' to ask as (parameter principalRole)")
            }
        } else {
            role =
                iam.roles["OrganizationAccountAccessRole"]
                ?? iam.roles.values.filter {
                    $0.name != "AWSControlTowerExecution" && $0.managingService == nil
                        && $0.attachedPolicyARNs.contains { $0.hasSuffix(":policy/AdministratorAccess") }
                }.min { $0.name < $1.name }
        }
        guard let role else {
            throw GuardrailError(
                "the account has no administrator role to ask as (OrganizationAccountAccessRole, or a role with "
                    + "AdministratorAccess); name one with the parameter principalRole")
        }
        do {
            let session = try world.session(
                actingAs: PrincipalReference(kind: .role, accountID: account, arn: role.arn, name: role.name))
            return (session, "role \(role.name)")
        } catch {
            throw GuardrailError("cannot act as role \(role.name): \(error)")
        }
    }
}

/// Why a guardrail could not be asked about an account.
struct GuardrailError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
