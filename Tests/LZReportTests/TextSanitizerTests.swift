import Foundation
import LZReport
import Testing

@Suite struct ReportTextTests {
    @Test(
        "times are seconds with exactly three decimals, never negative or in exponent form",
        arguments: [
            (0.0, "0.000"), (0.0424, "0.042"), (0.0425, "0.043"), (12.3, "12.300"), (-1.0, "0.000"),
            (1e-9, "0.000"), (1_234_567.891, "1234567.891"), (Double.nan, "0.000"), (Double.infinity, "0.000"),
        ])
    func times(seconds: Double, expected: String) {
        #expect(ReportFormat.seconds(milliseconds: ReportFormat.milliseconds(seconds)) == expected)
    }

    @Test("timestamps are UTC to the second with no zone, and read back")
    func timestamps() {
        let date = Date(timeIntervalSince1970: 1_768_471_200.75)
        #expect(ReportFormat.timestamp(date) == "2026-01-15T10:00:00")
        #expect(ReportFormat.date(fromTimestamp: "2026-01-15T10:00:00") == Date(timeIntervalSince1970: 1_768_471_200))
        #expect(ReportFormat.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00")
    }

    @Test(
        "timestamps in other forms are refused",
        arguments: ["2026-01-15T10:00:00Z", "2026-01-15 10:00:00", "2026-13-15T10:00:00", "2026-01-15T10:00", ""])
    func badTimestamps(text: String) {
        #expect(ReportFormat.date(fromTimestamp: text) == nil)
    }

    @Test("suite names become safe TEST- file names")
    func fileNames() {
        #expect(JUnitWriter.fileName(forSuite: "kms.encryption-at-rest") == "TEST-kms.encryption-at-rest.xml")
        #expect(JUnitWriter.fileName(forSuite: "a/b c:d") == "TEST-a_b_c_d.xml")
    }
}
