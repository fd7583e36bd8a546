import ArgumentParser
import Foundation

/// A time on the command line: `2026-03-01` or `2026-03-01T10:00:00Z`.
struct TimeArgument: ExpressibleByArgument {
    let date: Date

    init?(argument: String) {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: argument) {
            self.date = date
            return
        }
        formatter.formatOptions = [.withFullDate]
        guard let date = formatter.date(from: argument) else { return nil }
        self.date = date
    }
}
