public import Foundation

/// The world's notion of now: it moves only when told to, so every run is repeatable.
public struct SimulatedClock: Sendable, Equatable {
    /// The current simulated time.
    public private(set) var now: Date

    /// Starts the clock at `start`.
    public init(start: Date) {
        now = start
    }

    /// Moves the clock forward.
    /// - Throws: ``AWSError`` when `seconds` is negative: simulated time never runs backwards.
    public mutating func advance(by seconds: TimeInterval) throws(AWSError) {
        guard seconds >= 0, seconds.isFinite else {
            throw AWSError(.validation, "the clock advances by a non-negative number of seconds, not \(seconds)")
        }
        now += seconds
    }

    /// Sets the clock to `date`, which must not be earlier than now.
    public mutating func set(to date: Date) throws(AWSError) {
        guard date >= now else {
            throw AWSError(.validation, "the clock cannot go back from \(now) to \(date)")
        }
        now = date
    }

    /// Whole seconds since 1970, as `aws:EpochTime` reports them.
    public var epochSeconds: Int { Int(now.timeIntervalSince1970.rounded(.down)) }
}
