internal import CLibXML2

/// A thin, throwing wrapper over libxml2's streaming `xmlTextWriter`, writing to one file.
///
/// Every string passes through ``TextSanitizer`` before it reaches libxml2, so no caller can
/// produce an ill-formed document. The writer indents with two spaces and writes LF line ends.
final class XMLTextWriter {
    private let writer: xmlTextWriterPtr
    private let path: String

    /// Opens `path` for writing and writes the XML declaration.
    init(path: String) throws(JUnitWriteError) {
        guard let writer = xmlNewTextWriterFilename(path, 0) else {
            throw .cannotCreate(path: path, reason: "libxml2 could not open the file")
        }
        self.writer = writer
        self.path = path
        try check(xmlTextWriterSetIndent(writer, 1))
        try check(xmlTextWriterSetIndentString(writer, "  "))
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    func startElement(_ name: String) throws(JUnitWriteError) {
        try check(xmlTextWriterStartElement(writer, name))
    }

    func attribute(_ name: String, _ value: String) throws(JUnitWriteError) {
        let clean = TextSanitizer.sanitize(value)
        try check(xmlTextWriterWriteAttribute(writer, name, clean))
    }

    func text(_ value: String) throws(JUnitWriteError) {
        let clean = TextSanitizer.sanitize(value)
        try check(xmlTextWriterWriteString(writer, clean))
    }

    /// Closes the current element, as `<a/>` when it is empty.
    func endElement() throws(JUnitWriteError) {
        try check(xmlTextWriterEndElement(writer))
    }

    /// Closes the current element with an explicit end tag, as `<a></a>` when it is empty.
    func fullEndElement() throws(JUnitWriteError) {
        try check(xmlTextWriterFullEndElement(writer))
    }

    /// Writes `<name>text</name>`, or `<name></name>` when `text` is empty.
    func element(_ name: String, text value: String) throws(JUnitWriteError) {
        try startElement(name)
        if !value.isEmpty { try text(value) }
        try fullEndElement()
    }

    /// Closes every open element, ends the document and flushes it to disk.
    func finish() throws(JUnitWriteError) {
        try check(xmlTextWriterEndDocument(writer))
        try check(xmlTextWriterFlush(writer))
    }

    private func check(_ status: Int32) throws(JUnitWriteError) {
        if status < 0 { throw .writeFailed(path: path) }
    }
}
