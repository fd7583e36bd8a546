public import Foundation

/// The results of one run of checks, grouped into suites, ready for a report writer.
///
/// A run is plain data: the runner fills it, writers only read it. Suites keep the order
/// the runner gives them; writers sort them by scenario path for a deterministic report.
public struct TestRun: Sendable, Equatable {
    /// The suites of the run, one per scenario file.
    public var suites: [SuiteResult]

    /// Creates a run from its suites.
    public init(suites: [SuiteResult] = []) {
        self.suites = suites
    }
}

/// The results of one scenario file.
public struct SuiteResult: Sendable, Equatable {
    /// The scenario id: its path under `scenarios/` without extension, `/` replaced by `.`.
    public var name: String
    /// The scenario file's path relative to the repository root, with `/` separators.
    public var file: String
    /// When the scenario started.
    public var timestamp: Date
    /// How long the scenario took, in seconds.
    public var time: Double
    /// The seed the scenario's world was built with, when it has one.
    public var seed: UInt64?
    /// The host the suite ran on; `nil` lets the writer use its configured hostname.
    public var hostname: String?
    /// Properties beyond the ones every suite carries (such as `lzsim.framework.<id>`), in order.
    public var properties: [ReportProperty]
    /// The testcases, in declaration order.
    public var cases: [CaseResult]
    /// Output that belongs to the whole suite.
    public var systemOut: String
    /// Diagnostics that belong to the whole suite.
    public var systemErr: String

    /// Creates a suite result.
    public init(
        name: String,
        file: String,
        timestamp: Date,
        time: Double = 0,
        seed: UInt64? = nil,
        hostname: String? = nil,
        properties: [ReportProperty] = [],
        cases: [CaseResult] = [],
        systemOut: String = "",
        systemErr: String = ""
    ) {
        self.name = name
        self.file = file
        self.timestamp = timestamp
        self.time = time
        self.seed = seed
        self.hostname = hostname
        self.properties = properties
        self.cases = cases
        self.systemOut = systemOut
        self.systemErr = systemErr
    }
}

/// A name and value attached to a suite or a testcase.
public struct ReportProperty: Sendable, Equatable, Hashable {
    /// The property's name, such as `lzsim.severity`.
    public var name: String
    /// The property's value.
    public var value: String

    /// Creates a property.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A place in a file a person can open: a repository-relative path and a 1-based line.
public struct ReportLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The path relative to the repository root.
    public var path: String
    /// The 1-based line.
    public var line: Int

    /// Creates a location.
    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public var description: String { "\(path):\(line)" }
}
