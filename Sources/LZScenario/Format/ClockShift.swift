import Foundation

/// `at:` on a check: the simulated time it runs at, as an advance from the foundation's clock
/// (`+61d`, `+12h`, `+2w`) or a date (`2027-03-01`), so a suite can show what time does to
/// certificates whose validation record is gone, or to keys pending deletion.
struct ClockShift: Sendable {
    enum Target: Sendable {
        case advance(TimeInterval)
        case date(Date)
    }

    var target: Target
    var location: SourceLocation

    static func parse(_ node: YAMLNode) throws(ScenarioError) -> ClockShift {
        guard let text = node.scalar?.trimmingCharacters(in: .whitespaces) else {
            throw ScenarioError("expected a time for 'at' such as +61d, found \(node.shape)", at: node.location)
        }
        if text.hasPrefix("+"), let unit = text.last, let count = Double(text.dropFirst().dropLast()), count >= 0 {
            let seconds: TimeInterval? =
                switch unit {
                case "w": count * 7 * 86_400
                case "d": count * 86_400
                case "h": count * 3_600
                case "m": count * 60
                case "s": count
                default: nil
                }
            if let seconds { return ClockShift(target: .advance(seconds), location: node.location) }
        }
        if let date = ScenarioDates.parse(text) { return ClockShift(target: .date(date), location: node.location) }
        throw ScenarioError(
            "expected a time for 'at' such as +61d, +12h or 2027-03-01, found '\(text)'", at: node.location,
            hint: "an advance is '+' then a number and one of w, d, h, m, s")
    }
}
