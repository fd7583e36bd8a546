extension JUnitTally {
    /// The tally of one suite as the writer will write it under `options`.
    /// - Parameters:
    ///   - suite: The suite whose `time` is counted.
    ///   - cases: The testcases to count, which may differ from `suite.cases` when streamed.
    ///   - options: The options deciding what is written, and how.
    public static func of<Cases: Collection<CaseResult>>(
        _ suite: SuiteResult,
        cases: Cases,
        options: JUnitOptions
    ) -> JUnitTally {
        var tally = JUnitTally()
        for result in cases {
            guard let element = RenderedCase.element(for: result.outcome, options: options) else { continue }
            tally.tests += 1
            switch element {
            case .failure: tally.failures += 1
            case .error: tally.errors += 1
            case .skipped: tally.skipped += 1
            case nil: break
            }
        }
        tally.milliseconds = options.zeroTimes ? 0 : ReportFormat.milliseconds(suite.time)
        return tally
    }

    /// The tally of a whole run under `options`: the sum of its suites'.
    public static func of(_ run: TestRun, options: JUnitOptions) -> JUnitTally {
        var total = JUnitTally()
        for suite in run.suites {
            total += of(suite, cases: suite.cases, options: options)
        }
        return total
    }
}
