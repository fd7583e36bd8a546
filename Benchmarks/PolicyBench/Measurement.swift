import Foundation
import LZPolicy

/// Times repeated decisions of one request on one thread.
struct Measurement {
    var decisionsPerSecond: Double
    var nanosecondsPerDecision: Double
    var allocationsPerDecision: Double?
    var outcome: String

    static func run(_ request: AuthorizationRequest, _ policies: PolicySet, seconds: Double) -> Measurement {
        var outcome = Authorizer.evaluate(request, against: policies).outcome
        // Warm up, then run batches until the time budget is spent.
        for _ in 0..<1_000 { outcome = Authorizer.evaluate(request, against: policies).outcome }
        var decisions = 0
        let batch = 10_000
        let allocationsBefore = AllocationCounter.count
        let start = DispatchTime.now().uptimeNanoseconds
        var elapsed: UInt64 = 0
        repeat {
            for _ in 0..<batch {
                outcome = Authorizer.evaluate(request, against: policies).outcome
            }
            decisions += batch
            elapsed = DispatchTime.now().uptimeNanoseconds - start
        } while Double(elapsed) < seconds * 1e9
        let allocations = AllocationCounter.count.map { now in
            Double(now - (allocationsBefore ?? 0)) / Double(decisions)
        }
        return Measurement(
            decisionsPerSecond: Double(decisions) / (Double(elapsed) / 1e9),
            nanosecondsPerDecision: Double(elapsed) / Double(decisions),
            allocationsPerDecision: allocations,
            outcome: outcome.rawValue)
    }

    func row(_ name: String) -> String {
        let allocations = allocationsPerDecision.map { String(format: "%.2f", $0) } ?? "n/a (see README)"
        return name.padding(toLength: 20, withPad: " ", startingAt: 0)
            + String(format: "%11.0f   %11.1f   ", decisionsPerSecond, nanosecondsPerDecision)
            + allocations.padding(toLength: 23, withPad: " ", startingAt: 0) + outcome
    }
}

/// Reads the malloc counter of the optional preload library (malloc-counter.c), when it is loaded.
enum AllocationCounter {
    private static let symbol: (@convention(c) () -> UInt64)? = {
        guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, "lzsim_malloc_count") else { return nil }
        return unsafeBitCast(address, to: (@convention(c) () -> UInt64).self)
    }()

    static var count: UInt64? { symbol?() }
}
