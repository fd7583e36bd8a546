extension CaseDecoder {
    /// A policy given as an object, or as a string holding one; validated as `kind`, size quotas aside
    /// (a case does not say whether a policy is inline or managed).
    func policy(_ value: JSONNode, path: String, kind: PolicyKind) throws(CaseError) -> Policy {
        let result: PolicyParser.Result
        if let text = value.string {
            result = PolicyParser.parse(text)
        } else {
            result = PolicyParser.parse(value, size: PolicySize(characters: 0, charactersWithoutWhitespace: 0))
        }
        var diagnostics = result.diagnostics
        if let document = result.document {
            diagnostics += PolicyValidator.validate(document, as: kind, lint: false).filter { $0.code != "policy.size" }
        }
        if let error = diagnostics.filter({ $0.severity == .error }).min(by: { $0.position < $1.position }) {
            let located = value.string != nil ? " (at \(error.position) of the string)" : ""
            let inner = error.path.isEmpty ? "" : ".\(error.path)"
            throw CaseError("\(path)\(inner): \(error.message)\(located)")
        }
        guard let document = result.document else { throw CaseError("\(path): expected a policy, got none") }
        return Policy(document: document, kind: kind, name: path, warnings: diagnostics)
    }

    func optionalPolicy(_ field: String, kind: PolicyKind) throws(CaseError) -> Policy? {
        guard let value = node[field] else { return nil }
        if case .null = value.value { return nil }
        return try policy(value, path: field, kind: kind)
    }

    func policyList(_ field: String, kind: PolicyKind) throws(CaseError) -> [Policy]? {
        guard let value = node[field] else { return nil }
        if case .null = value.value { return nil }
        guard let elements = value.elements else {
            throw CaseError("\(field): expected an array of policies, got \(value.typeDescription)")
        }
        var result: [Policy] = []
        for (index, element) in elements.enumerated() {
            result.append(try policy(element, path: "\(field)[\(index)]", kind: kind))
        }
        return result
    }

    func levels(_ field: String, kind: PolicyKind) throws(CaseError) -> [[Policy]]? {
        guard let value = node[field] else { return nil }
        if case .null = value.value { return nil }
        guard let levels = value.elements else {
            throw CaseError(
                "\(field): expected null or an array of levels (arrays of policies), got \(value.typeDescription)")
        }
        var result: [[Policy]] = []
        for (level, element) in levels.enumerated() {
            guard let list = element.elements else {
                throw CaseError("\(field)[\(level)]: expected an array of policies, got \(element.typeDescription)")
            }
            var policies: [Policy] = []
            for (index, policyNode) in list.enumerated() {
                policies.append(try policy(policyNode, path: "\(field)[\(level)][\(index)]", kind: kind))
            }
            result.append(policies)
        }
        return result
    }

    func grants() throws(CaseError) -> [KMSGrant] {
        guard let value = node["grants"] else { return [] }
        if case .null = value.value { return [] }
        guard let elements = value.elements else {
            throw CaseError("grants: expected an array of grants, got \(value.typeDescription)")
        }
        var result: [KMSGrant] = []
        for (index, element) in elements.enumerated() {
            let path = "grants[\(index)]"
            guard let grantee = element["grantee_principal"]?.string else {
                throw CaseError("\(path).grantee_principal: expected a principal ARN, got nothing")
            }
            guard let operations = element["operations"]?.elements?.compactMap(\.string), !operations.isEmpty else {
                throw CaseError("\(path).operations: expected a non-empty array of operation names")
            }
            var constraint: KMSGrant.Constraint?
            if let constraints = element["constraints"], let members = constraints.members {
                for member in members {
                    guard let pairs = member.value.members else {
                        throw CaseError("\(path).constraints.\(member.key): expected an object of strings")
                    }
                    var map: [String: String] = [:]
                    for pair in pairs { map[pair.key] = pair.value.string ?? "" }
                    switch member.key {
                    case "encryption_context_equals": constraint = .encryptionContextEquals(map)
                    case "encryption_context_subset": constraint = .encryptionContextSubset(map)
                    default:
                        throw CaseError(
                            "\(path).constraints.\(member.key): expected \"encryption_context_equals\" or "
                                + "\"encryption_context_subset\", got an unknown constraint")
                    }
                }
            }
            result.append(KMSGrant(granteePrincipal: grantee, operations: operations, constraint: constraint))
        }
        return result
    }
}
