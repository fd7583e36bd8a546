/// What a finished JUnit report holds, and what a person should know about its size.
public struct JUnitWriteSummary: Sendable, Equatable {
    /// Dashboards slow down or drop results above these sizes (GitLab's limits, C.8).
    public static let testcaseWarningThreshold = 20_000
    /// The file size above which a warning suggests one file per suite.
    public static let byteWarningThreshold = 10 * 1024 * 1024

    /// Where the report was written.
    public var path: String
    /// The report's counts.
    public var tally: JUnitTally
    /// The file's size in bytes.
    public var bytes: Int

    /// Creates a summary.
    public init(path: String, tally: JUnitTally, bytes: Int) {
        self.path = path
        self.tally = tally
        self.bytes = bytes
    }

    /// Warnings for a file that outgrows what dashboards handle well, suggesting `--junit-dir`.
    public var warnings: [String] {
        var warnings: [String] = []
        if tally.tests > Self.testcaseWarningThreshold {
            warnings.append(
                "\(path): \(tally.tests) testcases in one file; GitLab and others slow down above "
                    + "\(Self.testcaseWarningThreshold), consider --junit-dir for one file per suite")
        }
        if bytes > Self.byteWarningThreshold {
            warnings.append(
                "\(path): \(bytes / (1024 * 1024)) MB in one file; consider --junit-dir for one file per suite")
        }
        return warnings
    }
}
