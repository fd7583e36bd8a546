import Foundation

extension TestRun {
    /// Builds a run from a parsed JUnit document.
    ///
    /// Counts are not kept (a writer recomputes them), so a report whose counts disagree with
    /// its testcases, or with a testcase carrying two outcomes, is refused rather than silently
    /// repaired: such a shard is broken, and merging it would hide that.
    init(document: JUnitDocument) throws(JUnitReadError) {
        let inconsistency = JUnitChecker.problems(in: document).first { $0.rule == .counts || $0.rule == .outcomes }
        if let inconsistency {
            throw JUnitReadError(
                .invalidReport,
                path: document.path,
                line: inconsistency.line,
                message: inconsistency.message
            )
        }
        var suites: [SuiteResult] = []
        for node in Self.resultSuites(in: document.root) {
            suites.append(try SuiteResult(node: node, path: document.path))
        }
        self.init(suites: suites)
    }

    /// The suites that hold testcases, in document order: nested suites are flattened, and a
    /// suite that only groups other suites contributes nothing of its own.
    private static func resultSuites(in node: JUnitNode) -> [JUnitNode] {
        guard node.name == "testsuite" else {
            return node.children(named: "testsuite").flatMap(resultSuites(in:))
        }
        let nested = node.children(named: "testsuite")
        let holdsCases = nested.isEmpty || node.child(named: "testcase") != nil
        return (holdsCases ? [node] : []) + nested.flatMap(resultSuites(in:))
    }
}

extension SuiteResult {
    /// Suite properties the writer derives from the run and the options, so keeping them would
    /// write them twice.
    static let regeneratedProperties: Set<String> = [PropertyName.version, PropertyName.scenario, PropertyName.flavor]

    init(node: JUnitNode, path: String) throws(JUnitReadError) {
        guard let name = node.attribute("name"), !name.isEmpty else {
            throw JUnitReadError(
                .invalidReport,
                path: path,
                line: node.line,
                message: "testsuite has no name, expected the scenario id"
            )
        }
        guard let stamp = node.attribute("timestamp") else {
            throw JUnitReadError(
                .invalidReport,
                path: path,
                line: node.line,
                message: "testsuite '\(name)' has no timestamp, expected UTC 'YYYY-MM-DDTHH:MM:SS'"
            )
        }
        guard let timestamp = ReportTimestamp.parse(stamp) else {
            throw JUnitReadError(
                .invalidReport,
                path: path,
                line: node.line,
                message: "testsuite '\(name)' has timestamp='\(stamp)', expected UTC 'YYYY-MM-DDTHH:MM:SS'"
            )
        }
        let allProperties = try ReportProperty.list(in: node, path: path)
        var seed: UInt64?
        var properties: [ReportProperty] = []
        for property in allProperties where !Self.regeneratedProperties.contains(property.name) {
            if property.name == PropertyName.seed, seed == nil, let value = UInt64(property.value) {
                seed = value
            } else {
                properties.append(property)
            }
        }
        var cases: [CaseResult] = []
        for testcase in node.children(named: "testcase") {
            cases.append(try CaseResult(node: testcase, path: path))
        }
        // Strict reports drop the suite's `file`; the `lzsim.scenario` property still names it.
        let file = node.attribute("file") ?? allProperties.first { $0.name == PropertyName.scenario }?.value ?? ""
        self.init(
            name: name,
            file: file,
            timestamp: timestamp,
            time: try Self.seconds(node, label: "testsuite '\(name)'", path: path),
            seed: seed,
            hostname: node.attribute("hostname"),
            properties: properties,
            cases: cases,
            systemOut: node.child(named: "system-out")?.text ?? "",
            systemErr: node.child(named: "system-err")?.text ?? ""
        )
    }

    /// A missing `time` reads as zero (several tools omit it); one that is not seconds is refused.
    static func seconds(_ node: JUnitNode, label: String, path: String) throws(JUnitReadError) -> Double {
        guard let text = node.attribute("time") else { return 0 }
        guard let seconds = ReportTimestamp.seconds(text) else {
            throw JUnitReadError(
                .invalidReport,
                path: path,
                line: node.line,
                message: "\(label) has time='\(text)', expected seconds such as '0.042'"
            )
        }
        return seconds
    }
}

extension ReportProperty {
    /// The `<property>` elements of `node`'s `<properties>`, in order; a property written as
    /// text content (some tools do) is read from its text.
    static func list(in node: JUnitNode, path: String) throws(JUnitReadError) -> [ReportProperty] {
        var properties: [ReportProperty] = []
        for property in node.child(named: "properties")?.children(named: "property") ?? [] {
            guard let name = property.attribute("name") else {
                throw JUnitReadError(
                    .invalidReport,
                    path: path,
                    line: property.line,
                    message: "property has no name attribute, expected name and value"
                )
            }
            properties.append(ReportProperty(name, property.attribute("value") ?? property.text))
        }
        return properties
    }
}
