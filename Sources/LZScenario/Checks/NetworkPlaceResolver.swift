import LZSim

/// Turns the places a `reach` or `exposure` check names into the world's ``NetworkPlace``s, by
/// the names the foundation gave its network resources.
struct NetworkPlaceResolver {
    let built: BuiltFoundation
    let variables: [String: String]

    func place(_ declaration: PlaceDeclaration) throws(ScenarioError) -> NetworkPlace {
        switch declaration {
        case .internet:
            return .internet
        case .onPremises(let block):
            return .onPremises(try built.substitute(block.text, at: block.location, extra: variables))
        case .service(let name):
            return .awsService(try built.substitute(name.text, at: name.location, extra: variables))
        case .resource(let kind, let name):
            let text = try built.substitute(name.text, at: name.location, extra: variables)
            let reference = Named(text: text, location: name.location)
            switch kind {
            case "instance": return .instance(try id(.instance, reference))
            case "interface": return .networkInterface(try id(.interface, reference))
            case "subnet": return .subnet(try id(.subnet, reference))
            case "load_balancer": return .loadBalancer(try id(.loadBalancer, reference))
            default: return .vpc(try id(.vpc, reference))
            }
        }
    }

    /// A resource's ID by `ACCOUNT/NAME`; checks stand outside every account, so they always name it.
    func id(_ kind: NetworkNames.Kind, _ reference: Named) throws(ScenarioError) -> String {
        guard reference.text.contains("/") else {
            throw ScenarioError(
                "expected ACCOUNT/NAME for \(kind.article) \(kind.rawValue) in a check, found '\(reference.text)'",
                at: reference.location,
                hint: built.network.all(kind).keys.first { $0.hasSuffix("/\(reference.text)") }.map {
                    "did you mean '\($0)'?"
                })
        }
        let account = String(reference.text.prefix { $0 != "/" })
        return try built.network.id(
            kind, Named(text: String(reference.text.dropFirst(account.count + 1)), location: reference.location),
            in: account)
    }
}
