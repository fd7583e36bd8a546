public import Foundation

/// How a run selects and evaluates checks.
public struct RunOptions: Sendable {
    /// Only checks whose id, title or a tag contains this text (case-insensitively) run.
    public var filter: String?
    /// Runs only the scenario files of shard `index` (1-based) of `count`: files sorted by path
    /// are dealt round-robin, so every file lands in exactly one shard and merged shard reports
    /// equal a single run's.
    public var shard: (index: Int, count: Int)?
    /// The time waivers expire against and suites are stamped with; now by default.
    public var now: Date
    /// How many checks run at once.
    public var jobs: Int

    /// Creates options.
    public init(filter: String? = nil, shard: (index: Int, count: Int)? = nil, now: Date = Date(), jobs: Int = 2) {
        self.filter = filter
        self.shard = shard
        self.now = now
        self.jobs = max(1, jobs)
    }
}
