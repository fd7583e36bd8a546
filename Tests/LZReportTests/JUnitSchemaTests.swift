import Foundation
import LZReport
import Testing

@Suite struct JUnitSchemaTests {
    @Test(
        "the example reports validate against the schemas the contract says they satisfy",
        arguments: [
            ("lzsim-rich.xml", JUnitSchema.rich),
            ("lzsim-strict.xml", JUnitSchema.rich),
            ("lzsim-strict.xml", JUnitSchema.strict),
        ]
    )
    func examplesAreValid(fixture: String, schema: JUnitSchema) {
        #expect(schema.validate(fileAt: JUnitFixtures.url(fixture)) == [])
    }

    @Test("the rich example is not strict: its testcases carry file, line and properties")
    func richIsNotStrict() throws {
        let violations = JUnitSchema.strict.validate(fileAt: JUnitFixtures.url("lzsim-rich.xml"))
        let messages = violations.map { $0.message.lowercased() }
        #expect(
            messages.contains {
                $0.contains("element 'testsuites', attribute 'name': the attribute 'name' is not allowed")
            })
        #expect(
            messages.contains {
                $0.contains("element 'testcase', attribute 'file': the attribute 'file' is not allowed")
            })
        #expect(
            violations.contains {
                $0.line == 11 && $0.message.lowercased().contains("element 'properties': this element is not expected")
            })
    }

    /// A hand-made breakage of an example, the schema that must reject it, and what the message must say.
    struct Variant: Sendable, CustomTestStringConvertible {
        var name: String
        var fixture: String
        var schema: JUnitSchema
        var replacing: String
        var with: String
        var line: Int
        var says: [String]
        var testDescription: String { name }
    }

    static let variants: [Variant] = [
        Variant(
            name: "two outcomes",
            fixture: "lzsim-rich.xml",
            schema: .rich,
            replacing: "</failure>",
            with: "</failure><skipped message=\"waived: W-1\"/>",
            line: 31,
            says: ["element 'skipped'", "this element is not expected"]
        ),
        Variant(
            name: "bad time format",
            fixture: "lzsim-rich.xml",
            schema: .rich,
            replacing: "time=\"0.012\"",
            with: "time=\"1.2e-2\"",
            line: 18,
            says: ["attribute 'time'", "'1.2e-2'", "pattern"]
        ),
        Variant(
            name: "missing name",
            fixture: "lzsim-strict.xml",
            schema: .strict,
            replacing: "<testcase name=\"ACM-003 Certificates are not expired [cert/api]\" ",
            with: "<testcase ",
            line: 17,
            says: ["element 'testcase'", "the attribute 'name' is required but missing"]
        ),
        Variant(
            name: "strict report with testcase properties",
            fixture: "lzsim-strict.xml",
            schema: .strict,
            replacing: "time=\"0.010\"/>",
            with:
                "time=\"0.010\"><properties><property name=\"lzsim.check\" value=\"KMS-001\"/></properties></testcase>",
            line: 10,
            says: ["element 'properties'", "this element is not expected"]
        ),
        Variant(
            name: "strict suite without system-err",
            fixture: "lzsim-strict.xml",
            schema: .strict,
            replacing: "<system-err></system-err>",
            with: "",
            line: 3,
            says: ["element 'testsuite'", "missing child element", "system-err"]
        ),
        Variant(
            name: "absolute testcase file",
            fixture: "lzsim-rich.xml",
            schema: .rich,
            replacing: "file=\"scenarios/kms/encryption-at-rest.yaml\" line=\"40\"",
            with: "file=\"/scenarios/kms/encryption-at-rest.yaml\" line=\"40\"",
            line: 34,
            says: ["element 'testcase', attribute 'file'", "'/scenarios/kms/encryption-at-rest.yaml'"]
        ),
        Variant(
            name: "untrimmed testcase name",
            fixture: "lzsim-strict.xml",
            schema: .strict,
            replacing: "name=\"ACM-003 ",
            with: "name=\" ACM-003 ",
            line: 17,
            says: ["element 'testcase', attribute 'name'", "' ACM-003 Certificates are not expired [cert/api]'"]
        ),
        Variant(
            name: "message of two lines",
            fixture: "lzsim-rich.xml",
            schema: .rich,
            replacing: "message=\"waived: W-12 until 2026-03-01\"",
            with: "message=\"waived: W-12&#10;until 2026-03-01\"",
            line: 35,
            says: ["element 'skipped', attribute 'message'", "pattern"]
        ),
        Variant(
            name: "foreign failure type",
            fixture: "lzsim-rich.xml",
            schema: .rich,
            replacing: "type=\"lzsim.ExpectationFailed\"",
            with: "type=\"AssertionError\"",
            line: 26,
            says: ["attribute 'type'", "'AssertionError'", "enumeration"]
        ),
        Variant(
            name: "timestamp with a zone",
            fixture: "lzsim-strict.xml",
            schema: .strict,
            replacing: "timestamp=\"2026-01-15T10:00:00\"",
            with: "timestamp=\"2026-01-15T10:00:00Z\"",
            line: 3,
            says: ["attribute 'timestamp'", "pattern"]
        ),
        Variant(
            name: "suite file starting with ./",
            fixture: "lzsim-rich.xml",
            schema: .rich,
            replacing: "package=\"lzsim\" file=\"scenarios/",
            with: "package=\"lzsim\" file=\"./scenarios/",
            line: 3,
            says: ["attribute 'file'", "'./scenarios/kms/encryption-at-rest.yaml'"]
        ),
    ]

    @Test(
        "hand-made invalid variants are rejected on the right line with a message that names the problem",
        arguments: variants)
    func rejectsVariant(variant: Variant) throws {
        let original = try JUnitFixtures.text(variant.fixture)
        #expect(original.contains(variant.replacing), "the variant must change the fixture")
        let text = original.replacingOccurrences(of: variant.replacing, with: variant.with)
        let violations = variant.schema.validate(Data(text.utf8), path: variant.name)
        let violation = try #require(violations.first, "\(variant.name) must be rejected")
        #expect(violation.line == variant.line)
        for phrase in variant.says {
            #expect(violation.message.lowercased().contains(phrase.lowercased()), "\(violation)")
        }
        #expect(violation.description.hasPrefix("\(variant.name):\(variant.line): "))
    }

    @Test("a document the reader refuses is one violation saying why")
    func refusedDocument() {
        let violations = JUnitSchema.rich.validate(fileAt: JUnitFixtures.url("billion-laughs.xml"))
        #expect(violations.count == 1)
        #expect(violations.first?.line == 2)
        #expect(violations.first?.message.hasPrefix("document type declaration refused") == true)
    }

    @Test("both schemas ship with the library as files other tools can use", arguments: [JUnitSchema.rich, .strict])
    func schemaFiles(schema: JUnitSchema) throws {
        let url = try #require(schema.url)
        #expect(url.lastPathComponent == "\(schema.name).xsd")
        #expect(try String(contentsOf: url, encoding: .utf8).contains("<xs:schema"))
    }
}
