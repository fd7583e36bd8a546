public import Foundation

/// How a JUnit report is written: its flavour and the knobs that keep it deterministic.
public struct JUnitOptions: Sendable, Equatable {
    /// The two flavours of the JUnit contract.
    public enum Flavor: String, Sendable, Equatable, CaseIterable {
        /// Everything the contract defines, including testcase `file`, `line` and properties.
        case rich
        /// Only what the Jenkins xUnit and windyroad schemas accept, for consumers that validate.
        case strict
    }

    /// The flavour; `rich` unless a consumer validates against the upstream schemas.
    public var flavor: Flavor
    /// The `hostname` of suites that do not name their own; `localhost` keeps reports deterministic.
    public var hostname: String
    /// When set, every suite's `timestamp` is this instant, for byte-identical golden files.
    public var pinnedTimestamp: Date?
    /// When `true`, every `time` is `0.000`, for byte-identical golden files.
    public var zeroTimes: Bool
    /// When `true`, advisory findings become failures instead of passing with a note.
    public var advisoryAsFailure: Bool
    /// When `true`, not-applicable checks are left out instead of written as skipped.
    public var omitNotApplicable: Bool
    /// When `true`, passing testcases also carry their evaluation trace in `<system-out>`.
    public var passingOutput: Bool
    /// The lzsim version written into every suite's properties.
    public var version: String

    /// Creates options; the defaults are the contract's.
    public init(
        flavor: Flavor = .rich,
        hostname: String = "localhost",
        pinnedTimestamp: Date? = nil,
        zeroTimes: Bool = false,
        advisoryAsFailure: Bool = false,
        omitNotApplicable: Bool = false,
        passingOutput: Bool = false,
        version: String = LZSimVersion.current
    ) {
        self.flavor = flavor
        self.hostname = hostname
        self.pinnedTimestamp = pinnedTimestamp
        self.zeroTimes = zeroTimes
        self.advisoryAsFailure = advisoryAsFailure
        self.omitNotApplicable = omitNotApplicable
        self.passingOutput = passingOutput
        self.version = version
    }
}
