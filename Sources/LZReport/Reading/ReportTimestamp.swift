import Foundation

/// Parses the `timestamp` and `time` attributes of JUnit reports.
///
/// Parsing is by hand with a fixed UTC Gregorian calendar, so the result never depends on the
/// process's locale or time zone.
enum ReportTimestamp {
    /// `true` when `text` has the contract's form, `YYYY-MM-DDTHH:MM:SS` (UTC, no zone, no
    /// fraction), and names a real instant.
    static func isContractForm(_ text: String) -> Bool {
        text.utf8.count == 19 && parse(text) != nil
    }

    /// Parses the contract's form, and for other tools' reports also a fraction of a second and
    /// a zone designator (`Z` or `±HH:MM`), which are converted to UTC.
    static func parse(_ text: String) -> Date? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 19,
            let year = number(scalars, 0, 4), scalars[4] == UInt8(ascii: "-"),
            let month = number(scalars, 5, 2), scalars[7] == UInt8(ascii: "-"),
            let day = number(scalars, 8, 2), scalars[10] == UInt8(ascii: "T"),
            let hour = number(scalars, 11, 2), scalars[13] == UInt8(ascii: ":"),
            let minute = number(scalars, 14, 2), scalars[16] == UInt8(ascii: ":"),
            let second = number(scalars, 17, 2)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let base = calendar.date(from: components) else { return nil }
        // `date(from:)` rolls 30 February over into March; a real timestamp survives the round trip.
        components = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: base)
        guard components.year == year, components.month == month, components.day == day,
            components.hour == hour, components.minute == minute, components.second == second
        else { return nil }
        guard let (fraction, offset) = suffix(scalars[19...]) else { return nil }
        return base.addingTimeInterval(fraction - offset)
    }

    /// Reads `.123`, then `Z`, `+HH:MM` or `-HH:MM`, each optional; returns seconds of fraction and of offset.
    private static func suffix(_ rest: ArraySlice<UInt8>) -> (Double, Double)? {
        var rest = rest
        var fraction = 0.0
        if rest.first == UInt8(ascii: ".") {
            let digits = rest.dropFirst().prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard !digits.isEmpty, let value = Double("0." + String(decoding: digits, as: UTF8.self)) else {
                return nil
            }
            fraction = value
            rest = rest.dropFirst(1 + digits.count)
        }
        if rest.isEmpty {
            return (fraction, 0)
        }
        if rest.count == 1, rest.first == UInt8(ascii: "Z") {
            return (fraction, 0)
        }
        let sign = rest.first
        let body = Array(rest.dropFirst())
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), body.count == 5,
            body[2] == UInt8(ascii: ":"), let hours = number(body, 0, 2), let minutes = number(body, 3, 2),
            hours < 24, minutes < 60
        else { return nil }
        let offset = Double(hours * 3600 + minutes * 60)
        return (fraction, sign == UInt8(ascii: "+") ? offset : -offset)
    }

    /// `true` when `text` is plain seconds with exactly three fraction digits, as the contract writes them.
    static func isContractTime(_ text: String) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].count == 3
            && parts.allSatisfy { $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    }

    /// Parses a `time` in seconds leniently (other tools write `1.5` or `12`); refuses negative
    /// and non-finite values.
    static func seconds(_ text: String) -> Double? {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0 else {
            return nil
        }
        return value
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func number(_ bytes: some RandomAccessCollection<UInt8>, _ offset: Int, _ length: Int) -> Int? {
        let start = bytes.index(bytes.startIndex, offsetBy: offset)
        let digits = bytes[start..<bytes.index(start, offsetBy: length)]
        guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
