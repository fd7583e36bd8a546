public import Foundation

/// Checks JUnit XML files, lzsim's or any other tool's, against the rules of lzsim's report contract.
///
/// The rules are the ones the contract states and no more: counts equal children, at most one
/// outcome per testcase, one-line messages of at most 500 characters, unique and trimmed names,
/// repository-relative `file`, three-decimal `time`, UTC `timestamp` and 1-based `line`.
/// Attributes a tool does not write are not required; values it does write must follow the rules.
///
/// ```swift
/// let problems = try JUnitChecker.check(fileAt: URL(fileURLWithPath: "reports/lzsim.xml"))
/// problems.forEach { print($0) }  // reports/lzsim.xml:12: testcase has 2 outcome elements ...
/// ```
public enum JUnitChecker {
    /// Reads the file at `url` and returns its problems in line order; an empty array means clean.
    ///
    /// - Throws: ``JUnitReadError`` when the file cannot be read, is not well-formed XML, is not
    ///   JUnit, or declares a DTD.
    public static func check(fileAt url: URL) throws(JUnitReadError) -> [JUnitProblem] {
        problems(in: try JUnitDocument.read(fileAt: url))
    }

    /// Checks a document held in memory; `path` names it in the problems.
    ///
    /// - Throws: ``JUnitReadError`` when the bytes are not well-formed XML, not JUnit, or declare a DTD.
    public static func check(_ data: Data, path: String) throws(JUnitReadError) -> [JUnitProblem] {
        problems(in: try JUnitDocument.parse(data, path: path))
    }

    static func problems(in document: JUnitDocument) -> [JUnitProblem] {
        var walk = ContractWalk(path: document.path)
        walk.visit(document.root)
        // Counts are found after the children they count; a stable sort puts them back in reading order.
        return walk.problems.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }
}
