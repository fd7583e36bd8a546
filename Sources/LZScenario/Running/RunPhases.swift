import Synchronization

/// Where a run's time went: reading and checking files, building foundations, running checks.
/// Scenarios run one after another, so the phases add up to the run's time (writing the report
/// comes after and is the caller's to time).
public struct RunPhases: Sendable, Equatable {
    /// Reading, parsing and checking scenario files, includes and policy files.
    public var load: Duration = .zero
    /// Building foundations through the world's operations (mutations' variants included).
    public var build: Duration = .zero
    /// Running checks against the built worlds (mutations' replays included).
    public var checks: Duration = .zero
    /// Foundations built.
    public var foundationsBuilt = 0
    /// Foundations reused from an earlier scenario of the same run.
    public var foundationsReused = 0
}

/// Collects ``RunPhases`` as a run goes.
final class PhaseRecorder: Sendable {
    private let phases = Mutex(RunPhases())

    var current: RunPhases { phases.withLock { $0 } }

    enum Phase { case load, build, checks }

    /// Runs `work`, adding its duration to `phase`.
    func measure<Result, Failure: Error>(_ phase: Phase, _ work: () throws(Failure) -> Result) throws(Failure)
        -> Result
    {
        let started = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - started
            phases.withLock { phases in
                switch phase {
                case .load: phases.load += elapsed
                case .build: phases.build += elapsed
                case .checks: phases.checks += elapsed
                }
            }
        }
        return try work()
    }

    /// Counts a foundation built, or one reused.
    func countFoundation(reused: Bool) {
        phases.withLock { reused ? ($0.foundationsReused += 1) : ($0.foundationsBuilt += 1) }
    }
}
