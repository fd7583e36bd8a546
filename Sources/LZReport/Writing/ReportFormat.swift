public import Foundation

/// The number and date forms of the JUnit contract (C.6), independent of the process locale.
public enum ReportFormat {
    /// Seconds as whole milliseconds, rounded half up; negative and non-finite values count as zero.
    public static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return Int((seconds * 1000).rounded(.toNearestOrAwayFromZero))
    }

    /// Milliseconds as seconds with exactly three fraction digits, such as `0.042` or `12.300`.
    public static func seconds(milliseconds: Int) -> String {
        let whole = milliseconds / 1000
        let fraction = milliseconds % 1000
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// A UTC timestamp with second precision and no zone designator: `2026-01-15T10:00:00`.
    public static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))"
            + "T\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2))"
    }

    /// Parses the contract's timestamp form back into a date.
    /// - Returns: `nil` when `text` is not exactly `YYYY-MM-DDTHH:MM:SS` naming a real instant.
    public static func date(fromTimestamp text: String) -> Date? {
        ReportTimestamp.isContractForm(text) ? ReportTimestamp.parse(text) : nil
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
