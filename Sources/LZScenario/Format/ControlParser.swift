/// Reads the `control:`, `framework:`, `scope:` and `parameters:` keys of a check, resolving the
/// controls from the catalog so that unknown IDs and parameters are errors at their line.
enum ControlParser {
    /// A control check's defaults: the control's ID, title and severity, or the framework's name.
    static func implicit(
        _ fields: Fields
    ) throws(ScenarioError) -> (id: String?, title: String?, severity: CheckDeclaration.Severity?) {
        if let id = try fields.string("control") {
            let control = ControlCatalog.control(id)
            return (
                control?.id ?? id, control?.title,
                control.flatMap { CheckDeclaration.Severity(rawValue: $0.severity.rawValue) }
            )
        }
        let framework = try fields.string("framework")
        return (framework, framework.map { "controls of \($0)" }, nil)
    }

    /// Refuses `scope:` and `parameters:` on checks that are not control checks.
    static func refuseStray(_ fields: Fields, kind: String) throws(ScenarioError) {
        guard kind != "control", kind != "framework" else { return }
        for key in ["scope", "parameters", "expect"] where fields.has(key) {
            throw ScenarioError(
                "'\(key)' belongs to 'control' and 'framework' checks, not to '\(kind)'"
                    + (key == "expect" ? "; an \(kind) check says what it expects inside its own mapping" : ""),
                at: fields.entries.first { $0.key == key }!.keyLocation)
        }
    }

    /// Reads a control check.
    /// - Throws: ``ScenarioError`` at an unknown control, framework, scope key or parameter, with a suggestion.
    static func parse(_ fields: Fields, of what: String) throws(ScenarioError) -> ControlDeclaration {
        var controls: [Control] = []
        var framework: ControlFramework?
        if let id = try fields.string("control") {
            guard let control = ControlCatalog.control(id) else {
                throw ScenarioError(
                    "unknown control '\(id)'; `lzsim controls list` shows the \(ControlCatalog.all.count) built in",
                    at: fields["control"]!.location, hint: Suggestion.hint(for: id, among: ControlCatalog.all.map(\.id))
                )
            }
            controls = [control]
        } else if let name = try fields.choice("framework", ControlFramework.allCases.map(\.rawValue)),
            let chosen = ControlFramework(rawValue: name)
        {
            framework = chosen
            controls = ControlCatalog.controls(in: chosen)
        } else {
            let key = fields.has("control") ? "control" : "framework"
            throw ScenarioError(
                "\(what) needs a value for '\(key)': "
                    + (key == "control" ? "a control ID such as KMS.4" : "fsbp, cis-3.0 or control-tower"),
                at: fields[key]?.location ?? fields.node.location)
        }
        let severity = try fields.string("severity").flatMap(CheckDeclaration.Severity.init(rawValue:))
        return ControlDeclaration(
            controls: controls, framework: framework,
            scope: try fields["scope"].map { node throws(ScenarioError) in try scope(node, of: what) } ?? .init(),
            parameters: try parameters(fields["parameters"], controls: controls, single: framework == nil, of: what),
            severity: fields.has("severity") ? severity : nil,
            expected: try fields.choice("expect", ["compliant", "non_compliant"])
                .flatMap(ControlDeclaration.Expectation.init(rawValue:)) ?? .compliant)
    }

    private static func scope(_ node: YAMLNode, of what: String) throws(ScenarioError) -> ControlDeclaration.Scope {
        let fields = try Fields(
            node, "the scope of \(what)", allowed: ["accounts", "accounts_in", "tags", "resources"])
        return ControlDeclaration.Scope(
            accounts: try fields.strings("accounts").map { Named(text: $0.text, location: $0.location) },
            organizationalUnits: try fields.strings("accounts_in").map { Named(text: $0.text, location: $0.location) },
            tags: try fields.stringMap("tags"), resources: try fields.strings("resources").map(\.text))
    }

    /// `parameters:` of one control (`daysToExpiration: 45`), or of a framework by control ID
    /// (`ACM.1: { daysToExpiration: 45 }`).
    private static func parameters(
        _ node: YAMLNode?, controls: [Control], single: Bool, of what: String
    ) throws(ScenarioError) -> [String: [String: [String]]] {
        guard let node else { return [:] }
        guard let entries = node.entries else {
            throw ScenarioError(
                "expected a mapping for the parameters of \(what), found \(node.shape)", at: node.location)
        }
        if single { return [controls[0].id: try values(entries, of: controls[0])] }
        var result: [String: [String: [String]]] = [:]
        for entry in entries {
            guard let control = controls.first(where: { $0.id.lowercased() == entry.key.lowercased() }) else {
                let candidates = controls.filter { !$0.parameters.isEmpty }.map(\.id)
                throw ScenarioError(
                    candidates.isEmpty
                        ? "no control of this framework takes parameters, found '\(entry.key)'"
                        : "no control '\(entry.key)' of this framework takes parameters; expected one of "
                            + candidates.joined(separator: ", "),
                    at: entry.keyLocation, hint: Suggestion.hint(for: entry.key, among: candidates))
            }
            guard let inner = entry.value.entries else {
                throw ScenarioError(
                    "expected a mapping of \(control.id)'s parameters, found \(entry.value.shape)",
                    at: entry.value.location)
            }
            result[control.id] = try values(inner, of: control)
        }
        return result
    }

    private static func values(_ entries: [YAMLNode.Entry], of control: Control) throws(ScenarioError) -> [String:
        [String]]
    {
        var result: [String: [String]] = [:]
        for entry in entries {
            guard let parameter = control.parameter(entry.key) else {
                let names = control.parameters.map(\.name)
                throw ScenarioError(
                    "unknown parameter '\(entry.key)' of \(control.id); "
                        + (names.isEmpty ? "it takes none" : "expected one of \(names.joined(separator: ", "))"),
                    at: entry.keyLocation, hint: Suggestion.hint(for: entry.key, among: names))
            }
            result[parameter.name] = try parameter.read(entry.value)
        }
        return result
    }
}
