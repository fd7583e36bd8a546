/// Reads a scenario file's `mutation:` mapping into a ``MutationDeclaration``.
struct MutationParser {
    let resolver: PathResolver

    /// - Parameter addsFoundation: Whether the file's own `foundation:` adds what breaks the rule,
    ///   in which case the mutation may make no other change.
    func parse(_ node: YAMLNode, addsFoundation: Bool = false) throws(ScenarioError) -> MutationDeclaration {
        let what = "the mutation"
        let fields = try Fields(node, what, allowed: ["of", "overlay", "changes", "at", "kills", "severity"])
        let targets = try fields.strings("of").map { Named(text: $0.text, location: $0.location) }
        guard !targets.isEmpty else {
            throw ScenarioError(
                "the mutation needs 'of', the scenario files or folders whose checks it replays", at: node.location)
        }
        let checks = CheckParser(resolver: resolver)
        var changes: [StepDeclaration] = []
        if let list = fields["changes"] {
            guard let elements = list.elements else {
                throw ScenarioError("expected a list of changes, found \(list.shape)", at: list.location)
            }
            for element in elements { changes.append(try checks.parseStep(element, of: "the mutation's changes")) }
        }
        let overlay = try fields["overlay"].map { node throws(ScenarioError) in
            try checks.parseOverlay(node, of: what)
        }
        let clock = try fields["at"].map { node throws(ScenarioError) in try ClockShift.parse(node) }
        guard overlay != nil || !changes.isEmpty || clock != nil || addsFoundation else {
            throw ScenarioError(
                "the mutation needs what it breaks: a 'foundation' of its own (resources added), 'overlay' (policy "
                    + "attachments), 'changes' (AWS calls) or 'at' (time passing)",
                at: node.location)
        }
        guard let list = fields["kills"], let elements = list.elements, !elements.isEmpty else {
            throw ScenarioError(
                "the mutation needs 'kills', the checks it must turn red, such as [{ check: ORG-05 }]",
                at: fields["kills"]?.location ?? node.location)
        }
        var kills: [MutationDeclaration.Kill] = []
        for element in elements {
            let kill = try Fields(element, "a kill of the mutation", allowed: ["check", "message"])
            guard let check = try kill.string("check") else {
                throw ScenarioError("a kill needs 'check', the id of the check that must fail", at: element.location)
            }
            kills.append(
                .init(check: Named(text: check, location: kill["check"]!.location), message: try kill.string("message"))
            )
        }
        let severity =
            try fields.choice("severity", CheckDeclaration.Severity.allCases.map(\.rawValue))
            .flatMap(CheckDeclaration.Severity.init(rawValue:)) ?? .high
        return MutationDeclaration(
            targets: targets, overlay: overlay, changes: changes, clock: clock, kills: kills, severity: severity,
            location: node.location)
    }
}
