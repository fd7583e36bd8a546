/// Reads a scenario file's `mutation:` mapping into a ``MutationDeclaration``.
struct MutationParser {
    let resolver: PathResolver

    func parse(_ node: YAMLNode) throws(ScenarioError) -> MutationDeclaration {
        let what = "the mutation"
        let fields = try Fields(node, what, allowed: ["of", "overlay", "changes", "kills", "severity"])
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
        guard overlay != nil || !changes.isEmpty else {
            throw ScenarioError(
                "the mutation needs what it breaks: 'overlay' (policy attachments) or 'changes' (AWS calls)",
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
            targets: targets, overlay: overlay, changes: changes, kills: kills, severity: severity,
            location: node.location)
    }
}
