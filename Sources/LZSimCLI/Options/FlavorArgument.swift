import ArgumentParser
import LZReport

/// The JUnit flavour as a command-line value (`rich` or `strict`).
enum FlavorArgument: String, ExpressibleByArgument, CaseIterable {
    case rich
    case strict

    /// The writer's flavour.
    var flavor: JUnitOptions.Flavor {
        switch self {
        case .rich: .rich
        case .strict: .strict
        }
    }
}
