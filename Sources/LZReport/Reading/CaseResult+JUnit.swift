import Foundation

extension CaseResult {
    init(node: JUnitNode, path: String) throws(JUnitReadError) {
        guard let name = node.attribute("name"), !name.isEmpty else {
            throw JUnitReadError(
                .invalidReport,
                path: path,
                line: node.line,
                message: "testcase has no name, expected '<CHECK-ID> <title>'"
            )
        }
        var properties = try ReportProperty.list(in: node, path: path)
        var systemOut = node.child(named: "system-out")?.text ?? ""
        let outcomeNode = node.children.first { OutcomeTally.outcomeNames.contains($0.name) }
        let outcome: Outcome
        switch outcomeNode?.name {
        case "failure": outcome = .failed(Problem(node: outcomeNode!, failure: true))
        case "error": outcome = .errored(Problem(node: outcomeNode!, failure: false))
        case "skipped": outcome = .skipped(Skip(node: outcomeNode!))
        default:
            if properties.contains(ReportProperty(PropertyName.advisory, "true")) {
                // The writer derives both the property and the line from the outcome, so they go.
                properties.removeAll { $0.name == PropertyName.advisory }
                var lines = systemOut.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let index = lines.firstIndex { $0.hasPrefix(PropertyName.advisoryOutputPrefix) }
                let message =
                    index.map { String(lines.remove(at: $0).dropFirst(PropertyName.advisoryOutputPrefix.count)) } ?? ""
                systemOut = lines.joined(separator: "\n")
                outcome = .advisory(Problem(.expectationFailed, message: message))
            } else {
                outcome = .passed
            }
        }
        self.init(
            name: name,
            location: Self.location(of: node),
            time: try SuiteResult.seconds(node, label: "testcase '\(name)'", path: path),
            assertions: node.attribute("assertions").flatMap { Int($0) },
            properties: properties,
            outcome: outcome,
            systemOut: systemOut,
            systemErr: node.child(named: "system-err")?.text ?? ""
        )
    }

    /// A location needs both `file` and a 1-based `line`; either alone is not a place to open.
    private static func location(of node: JUnitNode) -> ReportLocation? {
        guard let file = node.attribute("file"), !file.isEmpty,
            let line = node.attribute("line").flatMap({ Int($0) }), line >= 1
        else { return nil }
        return ReportLocation(path: file, line: line)
    }
}

extension Problem {
    /// Reads a `<failure>` or `<error>` the way the writer builds it (C.5): the body's first line
    /// is the message, a last line `  at path:line` is the location, the lines between are details.
    ///
    /// `type` maps back to its ``Kind`` when it is one of lzsim's; another tool's type maps to the
    /// closest kind: every `<failure>` is an unmet expectation, an `<error>` whose type mentions
    /// a timeout is ``Kind/timeout``, and any other `<error>` is a ``Kind/simulatorError`` (the
    /// thing that evaluated the check failed). The foreign type name itself is not kept.
    init(node: JUnitNode, failure: Bool) {
        let type = node.attribute("type") ?? ""
        let kind: Kind
        if let known = Kind(rawValue: type) {
            kind = known
        } else if failure {
            kind = .expectationFailed
        } else {
            kind = type.lowercased().contains("timeout") ? .timeout : .simulatorError
        }
        var lines = node.text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true {
            lines.removeLast()
        }
        let location = lines.last.flatMap(Self.location(inBodyLine:))
        if location != nil {
            lines.removeLast()
        }
        let message = lines.isEmpty ? (node.attribute("message") ?? "") : lines.removeFirst()
        self.init(kind, message: message, details: lines, location: location)
    }

    /// Parses `  at path:line`; the leading space is what mikepenz's annotation regex looks for.
    static func location(inBodyLine line: String) -> ReportLocation? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.count < line.count, trimmed.hasPrefix("at "),
            let colon = trimmed.lastIndex(of: ":"),
            let number = Int(trimmed[trimmed.index(after: colon)...]), number >= 1
        else { return nil }
        let path = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 3)..<colon]
        return path.isEmpty ? nil : ReportLocation(path: String(path), line: number)
    }
}

extension Skip {
    /// Reads `<skipped>` by its message's prefix (`not applicable: `, `waived: `, `filtered: `);
    /// a message from another tool without one of those prefixes reads as not applicable, with
    /// the whole message as the text. The body becomes the detail.
    init(node: JUnitNode) {
        let message = node.attribute("message") ?? ""
        var skip = Skip(.notApplicable, message, detail: node.text)
        for reason in Reason.allCases {
            if message == reason.rawValue {
                skip = Skip(reason, "", detail: node.text)
            } else if message.hasPrefix(reason.rawValue + ": ") {
                skip = Skip(reason, String(message.dropFirst(reason.rawValue.count + 2)), detail: node.text)
            }
        }
        self = skip
    }
}
