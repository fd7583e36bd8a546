import LZSim

/// The `with:` parameters of a step, in AWS's names (`RoleArn`, `RoleSessionName`), each read
/// with `${...}` substituted and refused at its own line when it has the wrong shape.
struct StepParameters {
    let fields: Fields?
    let location: SourceLocation
    let substitute: (String, SourceLocation) throws(ScenarioError) -> String

    init(
        _ node: YAMLNode?,
        call: String,
        allowed: [String],
        location: SourceLocation,
        substitute: @escaping (String, SourceLocation) throws(ScenarioError) -> String
    ) throws(ScenarioError) {
        self.fields = try node.map { node throws(ScenarioError) in
            try Fields(node, "the parameters of \(call)", allowed: allowed)
        }
        self.location = location
        self.substitute = substitute
    }

    func string(_ name: String) throws(ScenarioError) -> String? {
        guard let fields, let text = try fields.string(name) else { return nil }
        return try substitute(text, fields[name]!.location)
    }

    func required(_ name: String) throws(ScenarioError) -> String {
        guard let value = try string(name) else {
            throw ScenarioError("the call needs '\(name)' in 'with'", at: fields?.node.location ?? location)
        }
        return value
    }

    func int(_ name: String) throws(ScenarioError) -> Int? {
        guard let text = try string(name) else { return nil }
        guard let number = Int(text) else {
            throw ScenarioError("expected a whole number for '\(name)', found '\(text)'", at: fields![name]!.location)
        }
        return number
    }

    func strings(_ name: String) throws(ScenarioError) -> [String] {
        guard let fields else { return [] }
        var result: [String] = []
        for (text, location) in try fields.strings(name) { result.append(try substitute(text, location)) }
        return result
    }

    func map(_ name: String) throws(ScenarioError) -> [String: String] {
        guard let fields else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in try fields.stringMap(name) { result[key] = try substitute(value, fields[name]!.location) }
        return result
    }

    /// A policy document given as a JSON string or as a YAML mapping.
    func document(_ name: String) throws(ScenarioError) -> String? {
        guard let fields, let node = fields[name] else { return nil }
        let text = node.scalar ?? DocumentSource.json(node)
        return try substitute(text, node.location)
    }

    func requiredDocument(_ name: String) throws(ScenarioError) -> String {
        guard let document = try document(name) else {
            throw ScenarioError("the call needs '\(name)' in 'with'", at: fields?.node.location ?? location)
        }
        return document
    }
}

/// What a step's call returns for later steps: a session to act as, or a value such as an ARN.
enum StepValue {
    case session(Session)
    case text(String)
    case none
}
