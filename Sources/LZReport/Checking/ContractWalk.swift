import Foundation

/// One pass over a JUnit document that applies the contract's rules and collects the problems.
///
/// Suites may nest (other tools write that); a suite's counts cover every testcase below it,
/// and the root's sums cover the whole file.
struct ContractWalk {
    /// The file the problems are reported against.
    let path: String
    /// The problems found so far, in the order the walk found them.
    private(set) var problems: [JUnitProblem] = []
    /// The line of the first testcase seen for each classname and name.
    private var firstCaseLines: [CaseKey: Int] = [:]

    private struct CaseKey: Hashable {
        var classname: String
        var name: String
    }

    init(path: String) {
        self.path = path
    }

    /// Visits the root element and everything below it.
    mutating func visit(_ root: JUnitNode) {
        guard root.name == "testsuites" else {
            _ = visitSuite(root)
            return
        }
        checkTime(root, label: "testsuites")
        var total = OutcomeTally()
        for suite in root.children(named: "testsuite") {
            total.add(visitSuite(suite))
        }
        checkCounts(root, label: "testsuites", tally: total, whose: "the file's")
    }

    private mutating func visitSuite(_ suite: JUnitNode) -> OutcomeTally {
        let label = Self.label("testsuite", suite)
        checkName(suite, element: "testsuite")
        checkTime(suite, label: label)
        checkFile(suite, label: label)
        if let timestamp = suite.attribute("timestamp"), !ReportTimestamp.isContractForm(timestamp) {
            report(
                suite,
                .timestamp,
                "\(label) has timestamp='\(timestamp)', expected UTC 'YYYY-MM-DDTHH:MM:SS' without zone or fraction"
            )
        }
        var tally = OutcomeTally()
        for child in suite.children {
            if child.name == "testcase" {
                tally.add(outcome: visitCase(child))
            } else if child.name == "testsuite" {
                tally.add(visitSuite(child))
            }
        }
        checkCounts(suite, label: label, tally: tally, whose: "its")
        return tally
    }

    /// Checks a testcase and returns the name of its first outcome element, the one dashboards read.
    private mutating func visitCase(_ testcase: JUnitNode) -> String? {
        let label = Self.label("testcase", testcase)
        checkName(testcase, element: "testcase")
        if let name = testcase.attribute("name"), !name.isEmpty {
            let key = CaseKey(classname: testcase.attribute("classname") ?? "", name: name)
            if let first = firstCaseLines[key] {
                report(
                    testcase,
                    .uniqueName,
                    "duplicate testcase '\(name)' in classname '\(key.classname)', first at line \(first); "
                        + "expected unique names (dashboards keep only one)"
                )
            } else {
                firstCaseLines[key] = testcase.line
            }
        }
        checkTime(testcase, label: label)
        checkFile(testcase, label: label)
        if let line = testcase.attribute("line"), (Int(line) ?? 0) < 1 {
            report(testcase, .line, "\(label) has line='\(line)', expected a 1-based line number")
        }
        let outcomes = testcase.children.filter { OutcomeTally.outcomeNames.contains($0.name) }
        if outcomes.count > 1 {
            let names = outcomes.map { "<\($0.name)>" }.joined(separator: ", ")
            report(
                testcase, .outcomes, "\(label) has \(outcomes.count) outcome elements (\(names)), expected at most one")
        }
        for outcome in outcomes {
            checkMessage(outcome)
        }
        return outcomes.first?.name
    }

    private mutating func checkName(_ node: JUnitNode, element: String) {
        guard let name = node.attribute("name") else {
            report(node, .name, "\(element) has no name attribute, expected a non-empty name")
            return
        }
        if name.allSatisfy(\.isWhitespace) {
            report(node, .name, "\(element) has an empty name, expected a non-empty name")
        } else if name.first!.isWhitespace || name.last!.isWhitespace {
            report(node, .name, "\(element) name '\(name)' has leading or trailing whitespace, expected it trimmed")
        }
    }

    private mutating func checkTime(_ node: JUnitNode, label: String) {
        guard let time = node.attribute("time"), !ReportTimestamp.isContractTime(time) else { return }
        let example = ReportTimestamp.seconds(time).map { String(format: "%.3f", $0) } ?? "0.042"
        report(
            node, .time, "\(label) has time='\(time)', expected plain seconds with three decimals such as '\(example)'")
    }

    private mutating func checkFile(_ node: JUnitNode, label: String) {
        guard let file = node.attribute("file") else { return }
        if file.hasPrefix("/") || file.hasPrefix("./") {
            let prefix = file.hasPrefix("/") ? "/" : "./"
            report(
                node, .file,
                "\(label) has file='\(file)' starting with '\(prefix)', expected a repository-relative path")
        }
        if file.contains("\\") {
            report(node, .file, "\(label) has file='\(file)' containing '\\', expected '/' separators")
        }
    }

    private mutating func checkMessage(_ outcome: JUnitNode) {
        guard let message = outcome.attribute("message") else { return }
        let lines = message.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        if lines.count > 1 {
            report(outcome, .message, "<\(outcome.name)> message has \(lines.count) lines, expected one line")
        }
        if message.count > 500 {
            report(outcome, .message, "<\(outcome.name)> message has \(message.count) characters, expected at most 500")
        }
    }

    private mutating func checkCounts(_ node: JUnitNode, label: String, tally: OutcomeTally, whose: String) {
        for (attribute, expected, element) in tally.counts {
            guard let value = node.attribute(attribute) else { continue }
            let found: String
            if element == nil {
                found = "\(whose) testcases number \(expected)"
            } else {
                found = "\(expected) of \(whose) testcases \(expected == 1 ? "has" : "have") <\(element!)>"
            }
            if let count = Int(value), count >= 0 {
                if count != expected {
                    report(node, .counts, "\(label) has \(attribute)='\(value)', but \(found)")
                }
            } else {
                report(node, .counts, "\(label) has \(attribute)='\(value)', expected a count: \(found)")
            }
        }
    }

    private mutating func report(_ node: JUnitNode, _ rule: JUnitProblem.Rule, _ message: String) {
        problems.append(JUnitProblem(path: path, line: node.line, rule: rule, message: message))
    }

    private static func label(_ element: String, _ node: JUnitNode) -> String {
        guard let name = node.attribute("name"), !name.isEmpty else { return element }
        return "\(element) '\(name)'"
    }
}
