/// A set of unsigned integers kept as sorted, disjoint, non-adjacent closed intervals: the
/// symbolic form of port sets (``IntervalSet``) and address sets (``AddressSet``), so
/// reachability never enumerates packets.
public struct Intervals<Bound: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable, Hashable,
    CustomStringConvertible
{
    /// One closed interval.
    public struct Interval: Sendable, Hashable {
        /// The smallest member.
        public var lower: Bound
        /// The largest member.
        public var upper: Bound
    }

    /// The intervals, sorted, disjoint and never adjacent.
    public private(set) var intervals: [Interval]

    /// The empty set.
    public static var empty: Self { Self(intervals: []) }

    private init(intervals: [Interval]) {
        self.intervals = intervals
    }

    /// The set of the members of `range`.
    public init(_ range: ClosedRange<Bound>) {
        intervals = [Interval(lower: range.lowerBound, upper: range.upperBound)]
    }

    /// The union of `ranges`, in any order.
    public init(ranges: [ClosedRange<Bound>]) {
        self = ranges.reduce(.empty) { $0.union(Self($1)) }
    }

    /// Whether the set has no member.
    public var isEmpty: Bool { intervals.isEmpty }

    /// Whether `value` is a member.
    public func contains(_ value: Bound) -> Bool {
        var low = 0
        var high = intervals.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < intervals[middle].lower {
                high = middle - 1
            } else if value > intervals[middle].upper {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Whether some member lies in `range`, without building a set.
    public func overlaps(_ range: ClosedRange<Bound>) -> Bool {
        var low = 0
        var high = intervals.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if intervals[middle].upper < range.lowerBound {
                low = middle + 1
            } else if intervals[middle].lower > range.upperBound {
                high = middle - 1
            } else {
                return true
            }
        }
        return false
    }

    /// Whether every member of `other` is a member of this set.
    public func isSuperset(of other: Self) -> Bool { other.subtracting(self).isEmpty }

    /// The members of either set.
    public func union(_ other: Self) -> Self {
        if other.isEmpty { return self }
        if isEmpty { return other }
        var all = (intervals + other.intervals).sorted { $0.lower < $1.lower }
        var merged: [Interval] = [all.removeFirst()]
        for next in all {
            let last = merged[merged.count - 1]
            if last.upper == .max || next.lower <= last.upper + 1 {
                merged[merged.count - 1].upper = max(last.upper, next.upper)
            } else {
                merged.append(next)
            }
        }
        return Self(intervals: merged)
    }

    /// The members of both sets.
    public func intersection(_ other: Self) -> Self {
        var result: [Interval] = []
        var left = 0
        var right = 0
        while left < intervals.count, right < other.intervals.count {
            let a = intervals[left]
            let b = other.intervals[right]
            let lower = max(a.lower, b.lower)
            let upper = min(a.upper, b.upper)
            if lower <= upper { result.append(Interval(lower: lower, upper: upper)) }
            if a.upper < b.upper { left += 1 } else { right += 1 }
        }
        return Self(intervals: result)
    }

    /// The members of this set that are not in `other`.
    public func subtracting(_ other: Self) -> Self {
        if other.isEmpty || isEmpty { return self }
        var result: [Interval] = []
        var cut = 0
        for var piece in intervals {
            var alive = true
            while cut < other.intervals.count, other.intervals[cut].upper < piece.lower { cut += 1 }
            var index = cut
            while alive, index < other.intervals.count, other.intervals[index].lower <= piece.upper {
                let hole = other.intervals[index]
                if hole.lower > piece.lower {
                    result.append(Interval(lower: piece.lower, upper: hole.lower - 1))
                }
                if hole.upper >= piece.upper {
                    alive = false
                } else {
                    piece.lower = hole.upper + 1
                }
                index += 1
            }
            if alive { result.append(piece) }
        }
        return Self(intervals: result)
    }

    /// The smallest member, if any.
    public var first: Bound? { intervals.first?.lower }

    /// `1024-65535, 8443`: ranges as ports are written.
    public var description: String {
        intervals.map { $0.lower == $0.upper ? "\($0.lower)" : "\($0.lower)-\($0.upper)" }.joined(separator: ", ")
    }
}

/// Ports, and any set of 32-bit values.
public typealias IntervalSet = Intervals<UInt32>

extension Intervals where Bound == UInt32 {
    /// Every TCP or UDP port.
    public static var allPorts: Self { allPortSet }
    /// The ephemeral ports a client's response arrives on (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html).
    public static var ephemeralPorts: Self { ephemeralPortSet }
}

// Generic types cannot hold static stored properties; these are made once, not per filter.
private let allPortSet = IntervalSet(0...65_535)
private let ephemeralPortSet = IntervalSet(1_024...65_535)
