import Foundation

/// Reads the `checks:` list of a scenario into ``CheckDeclaration``s.
struct CheckParser {
    let resolver: PathResolver

    static let keys = [
        "id", "title", "severity", "tags", "controls", "waiver", "advisory", "for_each", "overlay", "access", "steps",
        "assert", "reach", "exposure", "control", "framework", "scope", "parameters", "expect", "at",
    ]

    func parse(_ node: YAMLNode) throws(ScenarioError) -> CheckDeclaration {
        let fields = try Fields(node, "a check", allowed: Self.keys)
        let implicit = try ControlParser.implicit(fields)
        guard let id = try fields.string("id") ?? implicit.id else {
            throw ScenarioError("a check needs 'id', a stable identifier such as IAM-03", at: node.location)
        }
        let what = "check '\(id)'"
        let title = try fields.string("title") ?? implicit.title ?? id
        let severity =
            try fields.choice("severity", CheckDeclaration.Severity.allCases.map(\.rawValue))
            .flatMap(CheckDeclaration.Severity.init(rawValue:)) ?? implicit.severity ?? .medium
        let kinds = ["access", "steps", "assert", "reach", "exposure", "control", "framework"].filter { fields.has($0) }
        guard kinds.count == 1 else {
            throw ScenarioError(
                kinds.isEmpty
                    ? "\(what) needs what it checks: 'access', 'steps', 'assert', 'reach', 'exposure', 'control' or 'framework'"
                    : "\(what) has \(kinds.joined(separator: " and ")); a check checks one thing", at: node.location)
        }
        try ControlParser.refuseStray(fields, kind: kinds[0])
        let kind: CheckDeclaration.Kind
        switch kinds[0] {
        case "control", "framework":
            kind = .control(try ControlParser.parse(fields, of: what))
        case "access":
            kind = .access(try parseAccess(fields["access"]!, of: what))
        case "assert":
            kind = .assert(try parseAssert(fields["assert"]!, of: what))
        case "reach":
            kind = .reach(try ReachParser().parseReach(fields["reach"]!, of: what))
        case "exposure":
            kind = .exposure(try ReachParser().parseExposure(fields["exposure"]!, of: what))
        default:
            let steps = fields["steps"]!
            guard let elements = steps.elements, !elements.isEmpty else {
                throw ScenarioError("expected a list of steps in \(what), found \(steps.shape)", at: steps.location)
            }
            var parsed: [StepDeclaration] = []
            for element in elements { parsed.append(try parseStep(element, of: what)) }
            kind = .steps(parsed)
        }
        var check = CheckDeclaration(
            id: Named(text: id, location: fields["id"]?.location ?? node.location), title: title, severity: severity,
            tags: try fields.strings("tags").map(\.text), controls: try fields.strings("controls").map(\.text),
            waiver: try fields["waiver"].map { node throws(ScenarioError) in try parseWaiver(node, of: what) },
            advisory: try fields.bool("advisory") ?? false,
            forEach: try fields["for_each"].map { node throws(ScenarioError) in try parseForEach(node, of: what) },
            overlay: try fields["overlay"].map { node throws(ScenarioError) in try parseOverlay(node, of: what) },
            kind: kind, location: node.location)
        check.clock = try fields["at"].map { node throws(ScenarioError) in try ClockShift.parse(node) }
        return check
    }

    private func parseAccess(_ node: YAMLNode, of what: String) throws(ScenarioError) -> AccessDeclaration {
        let fields = try Fields(
            node, "the access of \(what)",
            allowed: [
                "principal", "request", "action", "resource", "resource_policy", "resource_account", "context",
                "expect",
                "because", "by",
            ])
        let actions = try fields.strings("action").map { Named(text: $0.text, location: $0.location) }
        guard !actions.isEmpty else { throw ScenarioError("the access of \(what) needs 'action'", at: node.location) }
        guard let expect = try fields.choice("expect", ["allow", "deny"]) else {
            throw ScenarioError("the access of \(what) needs 'expect': allow or deny", at: node.location)
        }
        if let because = try fields.choice("because", ["explicit", "implicit"]), expect == "allow" {
            throw ScenarioError(
                "'because: \(because)' describes a denial, but the check expects allow", at: fields["because"]!.location
            )
        }
        let resources = try fields.strings("resource").map { Named(text: $0.text, location: $0.location) }
        var context: [(String, [String], SourceLocation)] = []
        for (key, location, value) in try fields.named("context") {
            switch value.value {
            case .scalar(let text, _): context.append((key, [text], location))
            case .sequence(let elements):
                context.append((key, elements.compactMap(\.scalar), location))
            default:
                throw ScenarioError(
                    "expected text or a list for context key '\(key)', found \(value.shape)", at: value.location)
            }
        }
        return AccessDeclaration(
            principal: try parsePrincipal(fields, of: "the access of \(what)"), actions: actions,
            resources: resources.isEmpty ? [Named(text: "*", location: node.location)] : resources,
            resourcePolicy: try fields["resource_policy"].map { node throws(ScenarioError) in
                try DocumentSource.read(node, what: "the resource policy of \(what)", resolver: resolver)
            },
            resourceAccount: try fields.string("resource_account").map {
                Named(text: $0, location: fields["resource_account"]!.location)
            },
            context: context, expect: AccessDeclaration.Expectation(rawValue: expect)!,
            because: try fields.string("because").map { Named(text: $0, location: fields["because"]!.location) },
            by: try fields.string("by").map { Named(text: $0, location: fields["by"]!.location) })
    }

    /// `principal:` and the optional `request:` attributes of the caller.
    private func parsePrincipal(_ fields: Fields, of what: String) throws(ScenarioError) -> PrincipalDeclaration {
        let key = fields.has("principal") ? "principal" : "as"
        guard let reference = try fields.string(key) else {
            throw ScenarioError("\(what) needs '\(key)', who makes the request", at: fields.node.location)
        }
        var declaration = PrincipalDeclaration(reference: Named(text: reference, location: fields[key]!.location))
        if let request = fields["request"] {
            let attributes = try Fields(
                request, "the request of \(what)",
                allowed: ["mfa", "source_ip", "source_vpc", "vpc_endpoint", "region", "secure_transport"])
            declaration.multiFactorAuthenticated = try attributes.bool("mfa")
            declaration.sourceIP = try attributes.string("source_ip")
            declaration.sourceVPC = try attributes.string("source_vpc")
            declaration.sourceVPCEndpoint = try attributes.string("vpc_endpoint")
            declaration.region = try attributes.string("region")
            declaration.secureTransport = try attributes.bool("secure_transport")
        }
        return declaration
    }

    func parseStep(_ node: YAMLNode, of what: String) throws(ScenarioError) -> StepDeclaration {
        let fields = try Fields(
            node, "a step of \(what)", allowed: ["as", "request", "call", "with", "save", "expect", "returns"])
        guard let call = try fields.string("call") else {
            throw ScenarioError(
                "a step of \(what) needs 'call', the API call such as sts:AssumeRole", at: node.location)
        }
        return StepDeclaration(
            principal: try parsePrincipal(fields, of: "a step of \(what)"),
            call: Named(text: call, location: fields["call"]!.location),
            parameters: try fields["with"].map { node throws(ScenarioError) in try readingFiles(node) },
            save: try fields.string("save"),
            expect: Named(
                text: try fields.string("expect") ?? "success", location: fields["expect"]?.location ?? node.location),
            returns: try fields.string("returns").map { Named(text: $0, location: fields["returns"]!.location) },
            location: node.location)
    }

    /// A step's parameters with every `{file: name.json}` value replaced by the file's text, so
    /// a policy document a call takes can live beside the scenario like the foundation's do.
    private func readingFiles(_ node: YAMLNode) throws(ScenarioError) -> YAMLNode {
        guard case .mapping(let entries) = node.value else { return node }
        var replaced: [YAMLNode.Entry] = []
        for var entry in entries {
            if let inner = entry.value.entries, inner.count == 1, inner[0].key == "file" {
                let document = try DocumentSource.read(entry.value, what: "'\(entry.key)'", resolver: resolver)
                entry.value = YAMLNode(value: .scalar(document.text, quoted: true), location: entry.value.location)
            }
            replaced.append(entry)
        }
        return YAMLNode(value: .mapping(replaced), location: node.location)
    }

    private func parseAssert(_ node: YAMLNode, of what: String) throws(ScenarioError) -> AssertDeclaration {
        let fields = try Fields(node, "the assert of \(what)", allowed: ["resources", "in", "exclude", "expect"])
        let types = AssertDeclaration.properties.keys.sorted()
        guard let type = try fields.choice("resources", types) else {
            throw ScenarioError(
                "the assert of \(what) needs 'resources', one of \(types.joined(separator: ", "))", at: node.location)
        }
        var accounts: [Named] = []
        var unit: Named?
        if let scope = fields["in"] {
            let scopeFields = try Fields(scope, "the scope of \(what)", allowed: ["accounts", "accounts_in"])
            accounts = try scopeFields.strings("accounts").map { Named(text: $0.text, location: $0.location) }
            unit = try scopeFields.string("accounts_in").map {
                Named(text: $0, location: scopeFields["accounts_in"]!.location)
            }
        }
        guard let expect = fields["expect"], let entries = expect.entries, !entries.isEmpty else {
            throw ScenarioError("the assert of \(what) needs 'expect', a mapping of properties", at: node.location)
        }
        let known = AssertDeclaration.properties[type] ?? []
        for entry in entries where !known.contains(entry.key) {
            throw ScenarioError(
                "unknown property '\(entry.key)' of \(type); expected one of \(known.joined(separator: ", "))",
                at: entry.keyLocation, hint: Suggestion.hint(for: entry.key, among: known))
        }
        // Shapes are checked here, so a malformed expectation is an error even when nothing is in scope.
        for entry in entries {
            let values = entry.value.elements ?? [entry.value]
            guard values.allSatisfy({ $0.scalar != nil }) else {
                throw ScenarioError(
                    "expected a value or a list of values for '\(entry.key)', found \(entry.value.shape)",
                    at: entry.value.location)
            }
            if entry.key.hasSuffix("_at_least") || entry.key.hasSuffix("_at_most") {
                _ = try entry.value.number(
                    for: Named(text: entry.key, location: entry.keyLocation), what: "a whole number")
            }
        }
        return AssertDeclaration(
            resourceType: Named(text: type, location: fields["resources"]!.location), accounts: accounts,
            organizationalUnit: unit, exclude: try fields.strings("exclude").map(\.text),
            expectations: entries.map { (Named(text: $0.key, location: $0.keyLocation), $0.value) },
            location: node.location)
    }

    private func parseWaiver(_ node: YAMLNode, of what: String) throws(ScenarioError) -> CheckDeclaration.Waiver {
        let fields = try Fields(node, "the waiver of \(what)", allowed: ["reason", "until"])
        guard let reason = try fields.string("reason") else {
            throw ScenarioError("the waiver of \(what) needs 'reason'", at: node.location)
        }
        var until: Date?
        if let text = try fields.string("until") {
            guard let date = ScenarioDates.parse(text) else {
                throw ScenarioError(
                    "expected a date such as 2026-03-01 or 2026-03-01T00:00:00Z for 'until', found '\(text)'",
                    at: fields["until"]!.location)
            }
            until = date
        }
        return .init(reason: reason, until: until, location: node.location)
    }

    private func parseForEach(_ node: YAMLNode, of what: String) throws(ScenarioError) -> CheckDeclaration.ForEach {
        let fields = try Fields(node, "the for_each of \(what)", allowed: ["account", "accounts_in"])
        let accounts = try fields.strings("account").map { Named(text: $0.text, location: $0.location) }
        let unit = try fields.string("accounts_in").map { Named(text: $0, location: fields["accounts_in"]!.location) }
        guard !accounts.isEmpty || unit != nil else {
            throw ScenarioError(
                "the for_each of \(what) needs 'account' (a list) or 'accounts_in' (an OU)", at: node.location)
        }
        return .init(accounts: accounts, organizationalUnit: unit)
    }

    func parseOverlay(_ node: YAMLNode, of what: String) throws(ScenarioError) -> CheckDeclaration.Overlay {
        let fields = try Fields(node, "the overlay of \(what)", allowed: ["attach", "detach"])
        func attachments(_ key: String) throws(ScenarioError) -> [CheckDeclaration.Overlay.Attachment] {
            var result: [CheckDeclaration.Overlay.Attachment] = []
            for element in fields[key]?.elements ?? [] {
                let entry = try Fields(element, "an overlay \(key)", allowed: ["policy", "target"])
                guard let policy = try entry.string("policy"), let target = try entry.string("target") else {
                    throw ScenarioError("an overlay \(key) needs 'policy' and 'target'", at: element.location)
                }
                result.append(
                    .init(
                        policy: Named(text: policy, location: entry["policy"]!.location),
                        target: Named(text: target, location: entry["target"]!.location)))
            }
            return result
        }
        return .init(attach: try attachments("attach"), detach: try attachments("detach"), location: node.location)
    }
}

/// The date forms scenarios accept: `2026-03-01` and `2026-03-01T10:00:00Z`.
enum ScenarioDates {
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
