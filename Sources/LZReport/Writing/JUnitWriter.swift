/// Writes a whole run as JUnit XML: into one file, or one file per suite.
///
/// Suites are written sorted by scenario path, testcases in the order the run gives them, so
/// the same run always gives the same bytes (with ``JUnitOptions/pinnedTimestamp`` and
/// ``JUnitOptions/zeroTimes`` for golden files).
public struct JUnitWriter: Sendable {
    /// The flavour and the determinism knobs.
    public var options: JUnitOptions

    /// Creates a writer.
    public init(options: JUnitOptions = JUnitOptions()) {
        self.options = options
    }

    /// Writes `run` into one file at `path`, atomically.
    /// - Returns: What was written, with size warnings.
    /// - Throws: ``JUnitWriteError`` when the file cannot be written; the destination is then untouched.
    @discardableResult
    public func write(_ run: TestRun, to path: String) throws(JUnitWriteError) -> JUnitWriteSummary {
        let suites = Self.sorted(run.suites)
        let writer = try JUnitStreamWriter(
            path: path, options: options, totals: JUnitTally.of(TestRun(suites: suites), options: options))
        for suite in suites {
            try writer.write(suite)
        }
        return try writer.finish()
    }

    /// Writes one file per suite, `TEST-<suite name>.xml`, into `directory` (the naming Azure's
    /// default glob and Surefire expect), each atomically.
    /// - Returns: One summary per file, in suite order.
    @discardableResult
    public func writeDirectory(_ run: TestRun, to directory: String) throws(JUnitWriteError) -> [JUnitWriteSummary] {
        var summaries: [JUnitWriteSummary] = []
        for suite in Self.sorted(run.suites) {
            let path = directory + "/" + Self.fileName(forSuite: suite.name)
            summaries.append(try write(TestRun(suites: [suite]), to: path))
        }
        return summaries
    }

    /// The file name of a suite in directory mode; characters unsafe in file names become `_`.
    public static func fileName(forSuite name: String) -> String {
        let safe = name.unicodeScalars.map { scalar -> String in
            let allowed =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar)
            return allowed ? String(scalar) : "_"
        }
        return "TEST-" + safe.joined() + ".xml"
    }

    /// Suites in report order: by scenario path, then by name for suites of one file.
    static func sorted(_ suites: [SuiteResult]) -> [SuiteResult] {
        suites.sorted { ($0.file, $0.name) < ($1.file, $1.name) }
    }
}
