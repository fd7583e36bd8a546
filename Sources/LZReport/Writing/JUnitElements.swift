/// The element shapes of the JUnit contract (C.2 to C.5), attribute order included, for both flavours.
enum JUnitElements {
    static func startSuite(
        _ suite: SuiteResult,
        tally: JUnitTally,
        index: Int,
        options: JUnitOptions,
        xml: XMLTextWriter
    ) throws(JUnitWriteError) {
        try xml.startElement("testsuite")
        try xml.attribute("name", suite.name)
        try xml.attribute("tests", String(tally.tests))
        try xml.attribute("failures", String(tally.failures))
        try xml.attribute("errors", String(tally.errors))
        try xml.attribute("skipped", String(tally.skipped))
        try xml.attribute("time", ReportFormat.seconds(milliseconds: tally.milliseconds))
        try xml.attribute("timestamp", ReportFormat.timestamp(options.pinnedTimestamp ?? suite.timestamp))
        try xml.attribute("hostname", suite.hostname ?? options.hostname)
        try xml.attribute("id", String(index))
        try xml.attribute("package", "lzsim")
        if options.flavor == .rich {
            try xml.attribute("file", suite.file)
        }
        var properties = [
            ReportProperty(PropertyName.version, options.version),
            ReportProperty(PropertyName.scenario, suite.file),
        ]
        if let seed = suite.seed {
            properties.append(ReportProperty(PropertyName.seed, String(seed)))
        }
        properties.append(ReportProperty(PropertyName.flavor, options.flavor.rawValue))
        try write(properties: properties + suite.properties, xml: xml)
    }

    static func testcase(
        _ rendered: RenderedCase,
        result: CaseResult,
        suite: SuiteResult,
        options: JUnitOptions,
        xml: XMLTextWriter
    ) throws(JUnitWriteError) {
        let rich = options.flavor == .rich
        try xml.startElement("testcase")
        try xml.attribute("name", rendered.name)
        try xml.attribute("classname", suite.name)
        try xml.attribute("time", ReportFormat.seconds(milliseconds: rendered.milliseconds))
        if rich {
            if let location = result.location {
                try xml.attribute("file", location.path)
                try xml.attribute("line", String(max(1, location.line)))
            }
            if let assertions = result.assertions {
                try xml.attribute("assertions", String(assertions))
            }
            if !rendered.properties.isEmpty {
                try write(properties: rendered.properties, xml: xml)
            }
        }
        if let element = rendered.element {
            try xml.startElement(element.rawValue)
            if let message = rendered.message { try xml.attribute("message", message) }
            if let type = rendered.type { try xml.attribute("type", type) }
            if !rendered.body.isEmpty { try xml.text(rendered.body) }
            try xml.endElement()
        }
        if rich {
            if !rendered.systemOut.isEmpty { try xml.element("system-out", text: rendered.systemOut) }
            if !rendered.systemErr.isEmpty { try xml.element("system-err", text: rendered.systemErr) }
        }
        try xml.endElement()
    }

    static func endSuite(
        _ suite: SuiteResult,
        output: String,
        options: JUnitOptions,
        xml: XMLTextWriter
    ) throws(JUnitWriteError) {
        let systemOut = TextLimits.capped(output, bytes: TextLimits.outputBytes)
        let systemErr = TextLimits.capped(suite.systemErr, bytes: TextLimits.outputBytes)
        // Strict consumers (windyroad) require both elements, even when empty.
        if options.flavor == .strict || !systemOut.isEmpty { try xml.element("system-out", text: systemOut) }
        if options.flavor == .strict || !systemErr.isEmpty { try xml.element("system-err", text: systemErr) }
        try xml.endElement()
    }

    private static func write(properties: [ReportProperty], xml: XMLTextWriter) throws(JUnitWriteError) {
        try xml.startElement("properties")
        for property in properties {
            try xml.startElement("property")
            try xml.attribute("name", property.name)
            try xml.attribute("value", property.value)
            try xml.endElement()
        }
        try xml.endElement()
    }
}
