/// A mutation: a deliberate breakage of another suite's foundation, and the checks of that
/// suite it must turn red. The suite is trusted only as far as its checks catch such breakages.
///
/// ```yaml
/// scenario: SCP-Baseline detached from the root
/// mutation:
///   of: ../reference-landing-zone          # scenario files or folders whose checks are replayed
///   overlay: { detach: [{ policy: SCP-Baseline, target: root }] }
///   changes:                               # AWS calls made on the built foundation, in order
///     - { as: prod-app1/role/AWSControlTowerExecution, call: iam:UpdateAssumeRolePolicy, with: {...} }
///   at: +370d                              # then time passes, as a check's `at:` moves it
///   kills:
///     - { check: ORG-05, message: "expected deny, got allow" }
/// ```
///
/// The file's own `foundation:` is merged into each replayed scenario's foundation, so a
/// mutation can also add what breaks a rule (a certificate, a role, a policy).
struct MutationDeclaration: Sendable {
    /// A check the mutation must turn red, and text its failure must contain.
    struct Kill: Sendable {
        var check: Named
        var message: String?
    }

    var targets: [Named]
    var overlay: CheckDeclaration.Overlay?
    var changes: [StepDeclaration]
    /// How far the clock moves after the changes, before the checks are replayed.
    var clock: ClockShift?
    var kills: [Kill]
    var severity: CheckDeclaration.Severity
    var location: SourceLocation
}
