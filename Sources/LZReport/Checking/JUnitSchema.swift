internal import CLibXML2
public import Foundation

/// One of lzsim's own XML schemas for its JUnit reports, shipped with the library.
///
/// ``rich`` accepts every report lzsim writes (rich and strict); ``strict`` accepts only the
/// strict flavour, the shape the Jenkins xUnit plugin and the Ant schema both validate.
/// What a schema cannot express (counts equal to the testcases, unique testcase names) is left
/// to ``JUnitChecker``.
///
/// ```swift
/// let violations = JUnitSchema.strict.validate(fileAt: URL(fileURLWithPath: "reports/lzsim.xml"))
/// #expect(violations.isEmpty, "\(violations)")
/// ```
public struct JUnitSchema: Sendable, Equatable, CustomStringConvertible {
    /// The schema for the rich flavour, which every lzsim report satisfies.
    public static let rich = JUnitSchema(name: "lzsim-junit-rich")
    /// The schema for the strict flavour.
    public static let strict = JUnitSchema(name: "lzsim-junit-strict")

    /// The schema's file name without its `.xsd` extension.
    public let name: String

    private init(name: String) {
        self.name = name
    }

    /// The schema for reports of `flavor`.
    public init(flavor: JUnitOptions.Flavor) {
        self = flavor == .rich ? .rich : .strict
    }

    /// The schema's file name, such as `lzsim-junit-rich.xsd`.
    public var description: String { "\(name).xsd" }

    /// Where the schema file lies among the library's resources, for tools such as `xmllint --schema`.
    ///
    /// The schemas travel in SwiftPM's resource bundle beside the binary. The bundle is looked up
    /// here rather than through `Bundle.module`, whose accessor stops the process when a binary
    /// has been copied away from it; a missing bundle gives `nil` and a clear violation instead.
    public var url: URL? {
        let fileManager = FileManager.default
        for directory in Self.resourceDirectories {
            let candidate = directory.appendingPathComponent("Schemas/\(name).xsd")
            if fileManager.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The places SwiftPM puts LZReport's resource bundle: beside the executable or test bundle
    /// (`.resources` on Linux), or inside an app bundle's resources (`.bundle` on macOS).
    private static var resourceDirectories: [URL] {
        let bundleNames = [
            "lzsim_LZReport.resources", "lzsim_LZReport.bundle", "lzsim_LZReport.bundle/Contents/Resources",
        ]
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let bases =
            [executable, Bundle.main.bundleURL, Bundle.main.resourceURL].compactMap { $0 }
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return bases.flatMap { base in bundleNames.map { base.appendingPathComponent($0) } }
    }

    /// Validates the file at `url` and returns every violation; an empty array means valid.
    ///
    /// A file that cannot be read, is not well-formed, or declares a DTD (which lzsim refuses
    /// rather than loads) yields one violation saying so, so a test can assert on one array.
    public func validate(fileAt url: URL) -> [SchemaViolation] {
        let path = url.isFileURL ? url.relativePath : url.absoluteString
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return [
                SchemaViolation(path: path, line: nil, message: "cannot read the file, expected a JUnit XML report")
            ]
        }
        return validate(data, path: path)
    }

    /// Validates a document held in memory; `path` names it in the violations.
    public func validate(_ data: Data, path: String) -> [SchemaViolation] {
        let document: xmlDocPtr
        do {
            document = try SafeXMLParser.parse(data, path: path)
        } catch {
            return [SchemaViolation(path: path, line: error.line, message: error.message)]
        }
        defer { xmlFreeDoc(document) }
        guard let schemaPath = url?.path else {
            return [
                SchemaViolation(
                    path: path, line: nil, message: "schema \(self) is missing from the library's resources")
            ]
        }
        let collector = ViolationCollector(path: path)
        let box = Unmanaged.passUnretained(collector).toOpaque()
        // The schema is parsed per call: it is small, and nothing libxml2 owns is shared between threads.
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            return [SchemaViolation(path: path, line: nil, message: "cannot open schema \(self)")]
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, ViolationCollector.record, box)
        guard let schema = xmlSchemaParse(parser) else {
            let reason = collector.violations.first?.message ?? "unknown error"
            return [SchemaViolation(path: path, line: nil, message: "schema \(self) does not parse: \(reason)")]
        }
        defer { xmlSchemaFree(schema) }
        guard let validator = xmlSchemaNewValidCtxt(schema) else {
            return [SchemaViolation(path: path, line: nil, message: "cannot create a validator for \(self)")]
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        collector.violations.removeAll()
        xmlSchemaSetValidStructuredErrors(validator, ViolationCollector.record, box)
        let status = xmlSchemaValidateDoc(validator, document)
        return withExtendedLifetime(collector) {
            if status != 0 && collector.violations.isEmpty {
                return [
                    SchemaViolation(
                        path: path, line: nil, message: "invalid against \(self) (libxml2 status \(status))")
                ]
            }
            return collector.violations
        }
    }
}

/// Gathers libxml2's structured errors as values; reached through the callback's context pointer.
private final class ViolationCollector {
    let path: String
    var violations: [SchemaViolation] = []

    init(path: String) {
        self.path = path
    }

    static let record: xmlStructuredErrorFunc = { context, error in
        guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let collector = Unmanaged<ViolationCollector>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let line = error.pointee.line > 0 ? Int(error.pointee.line) : nil
        collector.violations.append(
            SchemaViolation(path: collector.path, line: line, message: SafeXMLParser.tidy(message))
        )
    }
}
