import BenchmarkSupport
import Foundation
import LZReport

// Writes one JUnit report of N generated testcases, a tenth of them failures with 1 KiB
// bodies, streaming them from a lazy collection so that only the writer's own memory shows.
// Prints the wall time of the write and the process's peak resident memory.

let caseCount = argument("--cases", default: 100_000)
let suiteCount = max(1, argument("--suites", default: 10))
let output = NSTemporaryDirectory() + "lzsim-report-bench-\(getpid()).xml"
let body = String(repeating: "explanation line of a failed check, with <markup> & quotes \"\n", count: 17)
let timestamp = Date(timeIntervalSince1970: 1_768_471_200)

func testcase(_ index: Int, suite: String) -> CaseResult {
    let location = ReportLocation(path: "scenarios/bench/\(suite).yaml", line: index + 1)
    let outcome: Outcome =
        index % 10 == 0
        ? .failed(Problem(.expectationFailed, message: "[high] check \(index) failed", details: [body]))
        : .passed
    return CaseResult(
        name: "BENCH-\(index) generated check [resource/\(index)]", location: location, time: 0.001,
        properties: [ReportProperty("lzsim.check", "BENCH-\(index)"), ReportProperty("lzsim.severity", "high")],
        outcome: outcome, systemOut: index % 10 == 0 ? "trace of check \(index)" : "")
}

let perSuite = caseCount / suiteCount
let suites = (0..<suiteCount).map { number in
    SuiteResult(
        name: "bench.suite-\(number)", file: "scenarios/bench/suite-\(number).yaml", timestamp: timestamp, time: 1)
}
func cases(of number: Int) -> LazyMapCollection<Range<Int>, CaseResult> {
    let count = number == suiteCount - 1 ? caseCount - perSuite * (suiteCount - 1) : perSuite
    return (0..<count).lazy.map { testcase($0, suite: "suite-\(number)") }
}

let options = JUnitOptions()
var totals = JUnitTally()
for (number, suite) in suites.enumerated() {
    totals += JUnitTally.of(suite, cases: cases(of: number), options: options)
}
let residentBefore = peakResidentKiB()
let clock = ContinuousClock()
var summary: JUnitWriteSummary?
let elapsed = try clock.measure {
    let writer = try JUnitStreamWriter(path: output, options: options, totals: totals)
    for (number, suite) in suites.enumerated() {
        try writer.write(suite, cases: cases(of: number))
    }
    summary = try writer.finish()
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let megabytes = Double(summary?.bytes ?? 0) / 1_048_576
print(
    String(
        format: "testcases=%d failures=%d file=%.1f MiB write=%.3f s peak_rss=%d KiB (before writing %d KiB)",
        summary?.tally.tests ?? 0, summary?.tally.failures ?? 0, megabytes, seconds, peakResidentKiB(),
        residentBefore))
unlink(output)
