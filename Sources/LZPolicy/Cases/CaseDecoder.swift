/// Reads the typed fields of an evaluate case, turning every problem into a ``CaseError``.
struct CaseDecoder {
    let node: JSONNode

    func requiredString(_ field: String) throws(CaseError) -> String {
        guard let value = node[field] else { throw CaseError("\(field): expected a string, got nothing") }
        guard let text = value.string else {
            throw CaseError("\(field): expected a string, got \(value.typeDescription)")
        }
        return text
    }

    func optionalString(_ field: String) throws(CaseError) -> String? {
        guard let value = node[field], !isNull(value) else { return nil }
        guard let text = value.string else {
            throw CaseError("\(field): expected a string, got \(value.typeDescription)")
        }
        return text
    }

    func optionalBool(_ field: String) throws(CaseError) -> Bool? {
        guard let value = node[field], !isNull(value) else { return nil }
        guard case .bool(let flag) = value.value else {
            throw CaseError("\(field): expected true or false, got \(value.typeDescription)")
        }
        return flag
    }

    private func isNull(_ node: JSONNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }

    func principal() throws(CaseError) -> Principal {
        let serviceLinked = try optionalBool("service_linked_role")
        // The contract requires only `action` and `resource`: a case that names no caller asks
        // about an unauthenticated one.
        guard let value = node["principal"], !isNull(value) else {
            return .anonymous
        }
        var arn: String?
        var tags: [String: String] = [:]
        var id: String?
        if let text = value.string {
            arn = text
        } else if let members = value.members {
            for member in members {
                switch member.key {
                case "arn": arn = member.value.string
                case "id": id = member.value.string
                case "type": continue
                case "tags":
                    guard let pairs = member.value.members else {
                        throw CaseError(
                            "principal.tags: expected an object of strings, got \(member.value.typeDescription)")
                    }
                    for pair in pairs {
                        guard let text = pair.value.string else {
                            throw CaseError(
                                "principal.tags.\(pair.key): expected a string, got \(pair.value.typeDescription)")
                        }
                        tags[pair.key] = text
                    }
                default:
                    throw CaseError(
                        "principal.\(member.key): expected \"arn\", \"id\", \"tags\" or \"type\", got an unknown field")
                }
            }
        }
        guard let arn else {
            throw CaseError("principal: expected an ARN or an object with \"arn\", got \(value.typeDescription)")
        }
        guard let principal = Principal(arn: arn, tags: tags, id: id, isServiceLinkedRole: serviceLinked) else {
            throw CaseError(
                "principal: expected a user, role, assumed-role, federated-user, root or identity-provider ARN, a service name or \"*\", "
                    + "got \(JSONNode.quoted(arn))")
        }
        return principal
    }

    func context() throws(CaseError) -> RequestContext {
        var context = RequestContext()
        guard let value = node["context"], !isNull(value) else { return context }
        guard let members = value.members else {
            throw CaseError("context: expected an object of keys, got \(value.typeDescription)")
        }
        for member in members {
            switch member.value.value {
            case .string(let text): context.set(member.key, values: [text], multivalued: false)
            case .number(let text): context.set(member.key, values: [text], multivalued: false)
            case .bool(let flag): context.set(member.key, values: [flag ? "true" : "false"], multivalued: false)
            case .array(let elements):
                var values: [String] = []
                for (index, element) in elements.enumerated() {
                    switch element.value {
                    case .string(let text), .number(let text): values.append(text)
                    case .bool(let flag): values.append(flag ? "true" : "false")
                    default:
                        throw CaseError(
                            "context.\(member.key)[\(index)]: expected a string, got \(element.typeDescription)")
                    }
                }
                context.set(member.key, values: values, multivalued: true)
            default:
                throw CaseError(
                    "context.\(member.key): expected a string or an array of strings, got \(member.value.typeDescription)"
                )
            }
        }
        return context
    }
}
