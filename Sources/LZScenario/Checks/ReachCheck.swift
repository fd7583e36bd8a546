import LZSim

/// Runs a `reach` check: asks the world whether traffic gets from one place to another, and
/// explains a verdict that does not hold with the path that carries the traffic, or every
/// block along the blocked paths (a blackhole route and a firewall drop alike).
struct ReachCheck {
    let declaration: ReachDeclaration
    let built: BuiltFoundation
    let world: World
    let variables: [String: String]

    func run() throws(ScenarioError) -> Verdict {
        let resolver = NetworkPlaceResolver(built: built, variables: variables)
        let source = try resolver.place(declaration.from)
        let destination = try resolver.place(declaration.to)
        let traffic = try Self.ipProtocol(declaration.ipProtocol, at: declaration.location)
        let result: ReachabilityResult
        do throws(AWSError) {
            result = try world.reach(from: source, to: destination, protocol: traffic, ports: declaration.ports)
        } catch {
            throw ScenarioError("\(error.code): \(error.message)", at: declaration.location)
        }
        let names = built.network
        let question = [
            "\(names.describe(source.description)) -> \(names.describe(destination.description))", "\(traffic)",
            Self.portText(declaration.ports, traffic),
        ].filter { !$0.isEmpty }.joined(separator: " ")
        let trace = names.describe(result.description)
        let blocks = Self.unique(result.blocks.map { names.describe($0.description) })
        if result.isReachable {
            let path = result.reachablePaths[0]
            guard !declaration.expectReachable else {
                return .passed(trace: "\(question): reachable\n\(trace)")
            }
            let hops = path.hops.map { names.describe($0.description) }
            return .failed(
                summary: "expected unreachable, but \(question) is reachable on \(result.reachablePorts): "
                    + hops.joined(separator: " -> "),
                details: ["question: \(question)", "expected: unreachable", "actual:   reachable"]
                    + hops.map { "path: \($0)" },
                trace: trace)
        }
        if result.blockedPaths.isEmpty {
            // No walk started: the places hold no interface other than the destination itself.
            let summary = "\(question) has no path to analyse: the source or destination has no network interface"
            guard !declaration.expectReachable, declaration.blockedBy.isEmpty else {
                return .failed(
                    summary: "expected \(declaration.expectReachable ? "reachable" : "blocked paths"), but \(summary)",
                    details: ["question: \(question)"], trace: summary)
            }
            return .passed(trace: summary)
        }
        if declaration.expectReachable {
            return .failed(
                summary: "expected reachable, but \(question) is blocked: \(blocks.joined(separator: "; "))",
                details: ["question: \(question)", "expected: reachable", "actual:   unreachable"]
                    + blocks.map { "blocked: \($0)" },
                trace: trace)
        }
        let reasons = Set(result.blocks.map(\.reason.rawValue))
        let missing = declaration.blockedBy.filter { wanted in
            let codes = ReachParser.blockAliases[wanted.text] ?? [wanted.text.uppercased()]
            return !codes.contains { reasons.contains($0) }
        }
        guard missing.isEmpty else {
            return .failed(
                summary: "unreachable as expected, but not blocked by \(missing.map(\.text).joined(separator: ", ")): "
                    + "the blocks are \(blocks.joined(separator: "; "))",
                details: [
                    "question: \(question)",
                    "expected blocked by: \(declaration.blockedBy.map(\.text).joined(separator: ", "))",
                ]
                    + blocks.map { "blocked: \($0)" },
                trace: trace)
        }
        return .passed(trace: "\(question): unreachable\n" + blocks.map { "blocked: \($0)" }.joined(separator: "\n"))
    }

    static func ipProtocol(_ text: String, at location: SourceLocation) throws(ScenarioError) -> IPProtocol {
        do throws(AWSError) {
            return try IPProtocol(ec2: text)
        } catch {
            throw ScenarioError("expected tcp, udp, icmp or all, found '\(text)'", at: location)
        }
    }

    static func portText(_ ports: ClosedRange<Int>, _ traffic: IPProtocol) -> String {
        guard traffic == .tcp || traffic == .udp else { return "" }
        if ports == 0...65_535 { return "all ports" }
        return ports.count == 1 ? "\(ports.lowerBound)" : "\(ports.lowerBound)-\(ports.upperBound)"
    }

    /// The texts in their first order, each once (several sources meet the same block).
    static func unique(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }
}
