public import Foundation

/// Reads JUnit XML reports back into a ``TestRun``, so runs can be merged and rewritten.
///
/// Reading is safe on untrusted files: no network, and a document that declares a DTD or
/// entities is refused (never expanded or fetched). A bare `<testsuite>` root and nested suites
/// from other tools are accepted; nested suites are flattened into the run in document order.
///
/// ```swift
/// let run = try JUnitReader.read(fileAt: URL(fileURLWithPath: "reports/shard-1.xml"))
/// print(run.suites.map(\.name))
/// ```
///
/// What a report does not carry cannot come back: a testcase's `classname` (lzsim writes the
/// suite name), the suite's `id` and `package`, and the suite properties the writer regenerates
/// (`lzsim.version`, `lzsim.scenario`, `lzsim.flavor`). Outcomes map back as the writer builds
/// them: a `<failure>` or `<error>` body's first line is the ``Problem/message``, a last line
/// `  at path:line` its ``Problem/location``, the lines between its ``Problem/details``; a
/// `<skipped>` message's prefix (`not applicable: `, `waived: `, `filtered: `) is the
/// ``Skip/reason``; a passing testcase with the property `lzsim.advisory=true` is an advisory
/// finding whose message is its `ADVISORY: ` output line. Another tool's `type` maps to the
/// closest ``Problem/Kind``: a `<failure>` is ``Problem/Kind/expectationFailed``, an `<error>`
/// whose type mentions a timeout is ``Problem/Kind/timeout``, any other `<error>` is
/// ``Problem/Kind/simulatorError``; a skip message without a known prefix reads as not applicable.
public enum JUnitReader {
    /// Reads the report at `url` into a run.
    ///
    /// - Throws: ``JUnitReadError`` when the file cannot be read, is not well-formed XML, is not
    ///   JUnit, declares a DTD, or breaks an invariant of the contract that a run cannot represent
    ///   (counts that disagree with the testcases, two outcomes in one testcase, a suite without a
    ///   name or a readable timestamp).
    public static func read(fileAt url: URL) throws(JUnitReadError) -> TestRun {
        try TestRun(document: JUnitDocument.read(fileAt: url))
    }

    /// Reads a report held in memory into a run; `path` names it in errors.
    ///
    /// - Throws: ``JUnitReadError``, as ``read(fileAt:)`` does.
    public static func read(_ data: Data, path: String) throws(JUnitReadError) -> TestRun {
        try TestRun(document: JUnitDocument.parse(data, path: path))
    }
}
