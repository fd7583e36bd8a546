import Foundation

/// Writes a JUnit report suite by suite and testcase by testcase, holding no more than one
/// testcase in memory, so a report of any size costs the same memory.
///
/// The file appears at its destination only when ``finish()`` succeeds; until then it is a
/// temporary file beside it, removed again by ``cancel()`` or when finishing fails. The root's
/// totals are written first, so they are declared up front and checked against the suites
/// actually written before the file is committed: counts always equal children.
///
/// ```swift
/// let writer = try JUnitStreamWriter(path: "reports/lzsim.xml", options: options,
///                                    totals: JUnitTally.of(run, options: options))
/// for suite in run.suites { try writer.write(suite) }
/// let summary = try writer.finish()
/// ```
public final class JUnitStreamWriter {
    private let options: JUnitOptions
    private let declared: JUnitTally
    private let file: AtomicFile
    private var xml: XMLTextWriter?
    private var written = JUnitTally()
    private var suiteIndex = 0

    /// Opens a temporary file beside `path` and writes the root element.
    /// - Parameters:
    ///   - path: Where the finished report goes.
    ///   - options: The flavour and the determinism knobs.
    ///   - totals: The sum of the suites to be written, from ``JUnitTally/of(_:options:)``.
    /// - Throws: ``JUnitWriteError`` when the file cannot be created.
    public init(path: String, options: JUnitOptions, totals: JUnitTally) throws(JUnitWriteError) {
        self.options = options
        self.declared = totals
        self.file = try AtomicFile(destination: path)
        do {
            let xml = try XMLTextWriter(path: file.temporary)
            self.xml = xml
            try xml.startElement("testsuites")
            if options.flavor == .rich {
                try xml.attribute("name", "lzsim")
                try xml.attribute("tests", String(totals.tests))
                try xml.attribute("failures", String(totals.failures))
                try xml.attribute("errors", String(totals.errors))
                try xml.attribute("time", ReportFormat.seconds(milliseconds: totals.milliseconds))
            }
        } catch {
            self.xml = nil
            file.discard()
            throw error
        }
    }

    deinit {
        if xml != nil {
            xml = nil
            file.discard()
        }
    }

    /// Writes `suite` with its own testcases.
    public func write(_ suite: SuiteResult) throws(JUnitWriteError) {
        try write(suite, cases: suite.cases)
    }

    /// Writes `suite` with `cases` in place of its own testcases, so they can come from a lazy
    /// collection that is never held in memory (it is traversed twice: to count, then to write).
    public func write<Cases: Collection<CaseResult>>(_ suite: SuiteResult, cases: Cases) throws(JUnitWriteError) {
        guard let xml else { throw .misuse("the report was already finished or cancelled") }
        do {
            let tally = JUnitTally.of(suite, cases: cases, options: options)
            var suiteOutput = SuiteOutput(own: suite.systemOut)
            try JUnitElements.startSuite(suite, tally: tally, index: suiteIndex, options: options, xml: xml)
            for result in cases {
                guard let rendered = RenderedCase(result, options: options) else { continue }
                try JUnitElements.testcase(rendered, result: result, suite: suite, options: options, xml: xml)
                if options.flavor == .strict { suiteOutput.collect(rendered) }
            }
            try JUnitElements.endSuite(suite, output: suiteOutput.text, options: options, xml: xml)
            written += tally
            suiteIndex += 1
        } catch {
            cancel()
            throw error
        }
    }

    /// Ends the document, checks the declared totals and moves the file into place.
    /// - Returns: What was written, with warnings when the file outgrows what dashboards handle well.
    public func finish() throws(JUnitWriteError) -> JUnitWriteSummary {
        guard let xml else { throw .misuse("the report was already finished or cancelled") }
        do {
            try xml.finish()
        } catch {
            cancel()
            throw error
        }
        self.xml = nil
        guard written == declared else {
            file.discard()
            throw .totalsDisagree(path: file.destination, declared: "\(declared)", written: "\(written)")
        }
        try file.commit()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.destination)[.size] as? Int) ?? 0
        return JUnitWriteSummary(path: file.destination, tally: written, bytes: bytes)
    }

    /// Abandons the report: the temporary file is removed and the destination left as it was.
    public func cancel() {
        xml = nil
        file.discard()
    }
}

/// In the strict flavour testcases carry no output of their own, so their output joins the
/// suite's, each block headed by the testcase's name and capped like a testcase's output.
private struct SuiteOutput {
    private(set) var text: String
    private var full = false

    init(own: String) {
        text = own
    }

    mutating func collect(_ rendered: RenderedCase) {
        guard !full else { return }
        for stream in [rendered.systemOut, rendered.systemErr] where !stream.isEmpty {
            text += (text.isEmpty ? "" : "\n") + "[\(rendered.name)] " + stream
        }
        if text.utf8.count > TextLimits.outputBytes {
            text = TextLimits.capped(text, bytes: TextLimits.outputBytes)
            full = true
        }
    }
}
