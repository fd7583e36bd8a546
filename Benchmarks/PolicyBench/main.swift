import Foundation
import LZPolicy

// Decisions per second, single core, after compilation: the two workloads of bench_cases.json,
// then how cost grows with statements and SCP levels. Usage:
//   PolicyBench [--cases FILE] [--seconds S]
let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
// The project's cases lie beside this file, so the default works from any directory.
let casesPath =
    option("--cases")
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("bench_cases.json").path
let seconds = Double(option("--seconds") ?? "2") ?? 2

guard let data = FileManager.default.contents(atPath: casesPath) else {
    FileHandle.standardError.write(Data("\(casesPath): no such file\n".utf8))
    exit(2)
}
let entries: [CaseBatch.Entry]
do {
    entries = try CaseBatch.entries(in: String(decoding: data, as: UTF8.self))
} catch {
    FileHandle.standardError.write(Data("\(casesPath):\(error)\n".utf8))
    exit(2)
}

print("workload            decisions/s   ns/decision   allocations/decision   decision")
for entry in entries {
    guard case .value(let node) = entry else { continue }
    let name = node["id"]?.string ?? "case"
    do {
        let evaluationCase = try EvaluationCase(decoding: node, epochSeconds: 1_750_000_000)
        let result = Measurement.run(evaluationCase.request, evaluationCase.policies, seconds: seconds)
        print(result.row(name))
    } catch {
        print("\(name): error: \(error.message)")
    }
}

print("\nscaling: statements per identity policy (the matching one last)")
for count in [1, 10, 100, 1_000] {
    let (request, policies) = Synthetic.statements(count)
    print(Measurement.run(request, policies, seconds: seconds / 2).row("\(count) statements"))
}
print("\nscaling: SCP levels (two policies per level, a Deny with a condition and FullAWSAccess)")
for levels in [1, 2, 4, 8, 16] {
    let (request, policies) = Synthetic.scpLevels(levels)
    print(Measurement.run(request, policies, seconds: seconds / 2).row("\(levels) SCP levels"))
}
