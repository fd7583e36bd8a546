/// Reads the date forms IAM's date condition operators accept: ISO 8601 (W3C profile) and epoch seconds.
///
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
enum DateValue {
    /// Seconds since 1970-01-01T00:00:00Z, or `nil` when the text is neither form.
    static func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        if bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }),
            !bytes.dropFirst().contains(UInt8(ascii: "-"))
        {
            return Double(text)
        }
        return parseISO(bytes)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + count] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func parseISO(_ bytes: [UInt8]) -> Double? {
        guard let year = number(bytes, 0, 4) else { return nil }
        var month = 1
        var day = 1
        var index = 4
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            guard let parsedMonth = number(bytes, 5, 2) else { return nil }
            month = parsedMonth
            index = 7
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                guard let parsedDay = number(bytes, 8, 2) else { return nil }
                day = parsedDay
                index = 10
            }
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if index == bytes.count { return seconds }
        guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " "),
            let hour = number(bytes, index + 1, 2), bytes.count > index + 3, bytes[index + 3] == UInt8(ascii: ":"),
            let minute = number(bytes, index + 4, 2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3_600 + minute * 60)
        index += 6
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let second = number(bytes, index + 1, 2), second <= 60 else { return nil }
            seconds += Double(second)
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                var scale = 0.1
                guard index < bytes.count, isDigit(bytes[index]) else { return nil }
                while index < bytes.count, isDigit(bytes[index]) {
                    seconds += Double(bytes[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                }
            }
        }
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "Z"):
            return index + 1 == bytes.count ? seconds : nil
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let offsetHours = number(bytes, index + 1, 2) else { return nil }
            var offsetMinutes = 0
            if bytes.count == index + 6, bytes[index + 3] == UInt8(ascii: ":"),
                let minutes = number(bytes, index + 4, 2)
            {
                offsetMinutes = minutes
            } else if bytes.count == index + 5, let minutes = number(bytes, index + 3, 2) {
                offsetMinutes = minutes
            } else if bytes.count != index + 3 {
                return nil
            }
            let offset = Double(offsetHours * 3_600 + offsetMinutes * 60)
            return bytes[index] == UInt8(ascii: "+") ? seconds - offset : seconds + offset
        default:
            return nil
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
