import LZSim

/// Runs an `exposure` check: every interface in the scope that the source (the internet by
/// default) reaches on the given protocols and ports, compared with `none` or the exact list
/// expected; a failure names what is exposed beyond the list and what the list expected in vain.
struct ExposureCheck {
    let declaration: ExposureDeclaration
    let built: BuiltFoundation
    let world: World
    let variables: [String: String]

    /// Exposed ports by resource name and protocol.
    typealias Exposure = [String: [IPProtocol: IntervalSet]]

    func run() throws(ScenarioError) -> Verdict {
        let checked = declaration.ports.reduce(IntervalSet.empty) {
            $0.union(IntervalSet(UInt32($1.lowerBound)...UInt32($1.upperBound)))
        }
        var protocols: [IPProtocol] = []
        for text in declaration.protocols {
            protocols.append(try ReachCheck.ipProtocol(text, at: declaration.location))
        }
        let actual = try exposure(protocols)
        var expected: Exposure = [:]
        for entry in declaration.expected {
            let resource = try built.substitute(entry.resource.text, at: entry.resource.location, extra: variables)
            let traffic = try ReachCheck.ipProtocol(entry.ipProtocol, at: entry.resource.location)
            let ports = IntervalSet(UInt32(entry.ports.lowerBound)...UInt32(entry.ports.upperBound))
            expected[resource, default: [:]][traffic, default: .empty] =
                expected[resource]?[traffic]?.union(ports) ?? ports
        }
        let unexpected = Self.difference(actual, expected, within: checked)
        let missing = Self.difference(expected, actual, within: checked)
        let found = Self.lines(actual)
        guard !unexpected.isEmpty || !missing.isEmpty else {
            return .passed(trace: found.isEmpty ? "nothing exposed" : found.joined(separator: "\n"))
        }
        var parts: [String] = []
        if !unexpected.isEmpty { parts.append("exposed beyond expectation: " + unexpected.joined(separator: ", ")) }
        if !missing.isEmpty { parts.append("expected but not exposed: " + missing.joined(separator: ", ")) }
        return .failed(
            summary: parts.joined(separator: "; "),
            details: unexpected.map { "unexpected: \($0)" } + missing.map { "missing:    \($0)" }
                + found.map { "exposed:    \($0)" },
            trace: found.joined(separator: "\n"))
    }

    /// What the source reaches in the scope, by the scenario's names.
    private func exposure(_ protocols: [IPProtocol]) throws(ScenarioError) -> Exposure {
        var result: Exposure = [:]
        let source = try NetworkPlaceResolver(built: built, variables: variables).place(declaration.from)
        let scopes = try scopes()
        do throws(AWSError) {
            for scope in scopes {
                if case .internet = source {
                    for ports in declaration.ports {
                        for finding in try world.internetExposure(in: scope, protocols: protocols, ports: ports) {
                            add(finding.networkInterface, finding.ipProtocol, finding.ports, to: &result)
                        }
                    }
                    continue
                }
                let interfaces = try world.interfaces(in: scope)
                for ports in declaration.ports {
                    for interface in interfaces {
                        for traffic in protocols {
                            let answer = try world.reach(
                                from: source, to: .networkInterface(interface.networkInterfaceId), protocol: traffic,
                                ports: ports)
                            if answer.isReachable { add(interface, traffic, answer.reachablePorts, to: &result) }
                        }
                    }
                }
            }
        } catch {
            throw ScenarioError("\(error.code): \(error.message)", at: declaration.location)
        }
        return result
    }

    private func add(
        _ interface: NetworkInterface, _ traffic: IPProtocol, _ ports: IntervalSet, to result: inout Exposure
    ) {
        let name = built.network.names[interface.networkInterfaceId] ?? interface.displayName
        result[name, default: [:]][traffic] = (result[name]?[traffic] ?? .empty).union(ports)
    }

    /// The accounts and OU the check names, or the whole organization.
    private func scopes() throws(ScenarioError) -> [NetworkScope] {
        var scopes: [NetworkScope] = []
        for account in declaration.accounts {
            let text = try built.substitute(account.text, at: account.location, extra: variables)
            scopes.append(.account(try built.accountID(Named(text: text, location: account.location))))
        }
        if let unit = declaration.organizationalUnit {
            guard let id = built.unitIDs[unit.text] else {
                throw ScenarioError(
                    "no OU named '\(unit.text)'", at: unit.location,
                    hint: Suggestion.hint(for: unit.text, among: built.unitIDs.keys))
            }
            scopes.append(.organizationalUnit(id))
        }
        return scopes.isEmpty ? [.organization] : scopes
    }

    /// `resource protocol ports` for what `lhs` has beyond `rhs`, within the checked ports.
    static func difference(_ lhs: Exposure, _ rhs: Exposure, within checked: IntervalSet) -> [String] {
        var lines: [String] = []
        for resource in lhs.keys.sorted() {
            for (traffic, ports) in lhs[resource]!.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let scoped = traffic == .tcp || traffic == .udp ? ports.intersection(checked) : ports
                let extra = scoped.subtracting(rhs[resource]?[traffic] ?? .empty)
                if !extra.isEmpty { lines.append("\(resource) \(traffic) \(extra)") }
            }
        }
        return lines
    }

    static func lines(_ exposure: Exposure) -> [String] {
        difference(exposure, [:], within: .allPorts)
    }
}
