extension TestRun {
    /// Why runs cannot be merged.
    public struct MergeError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The suite name found in more than one input.
        public var suite: String
        /// The inputs that hold it, in the order given.
        public var sources: [String]

        public var description: String {
            let place = sources.count == 1 ? "twice in \(sources[0])" : "in \(sources.joined(separator: " and "))"
            return "suite '\(suite)' appears \(place); each suite must come from one shard only "
                + "(did two jobs run the same scenario?)"
        }
    }

    /// Combines the runs of parallel jobs (shards) into one run; writing it sorts the suites
    /// and recomputes every count, so the result equals the report of a single run.
    /// - Parameter runs: Each run with the name of the input it came from, used in errors.
    /// - Throws: ``MergeError`` when two inputs hold a suite of the same name.
    public static func merging(_ runs: [(source: String, run: TestRun)]) throws(MergeError) -> TestRun {
        var sourceOfSuite: [String: String] = [:]
        var merged = TestRun()
        for (source, run) in runs {
            for suite in run.suites {
                if let earlier = sourceOfSuite[suite.name] {
                    throw MergeError(suite: suite.name, sources: earlier == source ? [source] : [earlier, source])
                }
                sourceOfSuite[suite.name] = source
                merged.suites.append(suite)
            }
        }
        return merged
    }
}
