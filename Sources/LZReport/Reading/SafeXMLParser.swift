internal import CLibXML2
import Foundation

/// Parses XML with libxml2 under the rules lzsim applies to every report it reads: no network,
/// no DTD, no entity declarations, errors captured as values instead of printed.
///
/// A document type declaration is refused the moment the parser sees it, before its internal
/// subset is read, so entity declarations (a billion-laughs bomb, an external entity pointing at
/// `/etc/passwd`) are never parsed, expanded or fetched.
enum SafeXMLParser {
    /// `XML_PARSE_NOENT` (substitute entities) and `XML_PARSE_DTDLOAD` are deliberately absent;
    /// `XML_PARSE_BIG_LINES` keeps line numbers right past line 65 535 in large reports.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue
    )

    /// Parses `data` into a libxml2 document; the caller owns it and frees it with `xmlFreeDoc`.
    ///
    /// - Parameters:
    ///   - data: The document's bytes.
    ///   - path: The file name used in errors.
    /// - Throws: ``JUnitReadError`` when the bytes are not well-formed XML or declare a DTD.
    static func parse(_ data: Data, path: String) throws(JUnitReadError) -> xmlDocPtr {
        LibXML2.initialize()
        guard data.count < Int(Int32.max) else {
            throw JUnitReadError(.unreadable, path: path, message: "file of \(data.count) bytes is too large to read")
        }
        let state = ParseState()
        guard let context = xmlNewParserCtxt() else {
            throw JUnitReadError(.unreadable, path: path, message: "cannot create an XML parser")
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        context.pointee.sax.pointee.internalSubset = { context, _, _, _ in
            guard let context else { return }
            let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
            ParseState.of(parser)?.doctypeLine = parser.pointee.input.map { Int($0.pointee.line) }
            xmlStopParser(parser)
        }
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let state = ParseState.of(parser), state.firstError == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            state.firstError = (message, error.pointee.line > 0 ? Int(error.pointee.line) : nil)
        }
        // `state` is reached only through `_private` while libxml2 runs, so it must outlive the call.
        let document = withExtendedLifetime(state) {
            data.withUnsafeBytes { bytes in
                let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                return xmlCtxtReadMemory(context, base, Int32(bytes.count), nil, nil, options)
            }
        }
        if let doctypeLine = state.doctypeLine {
            xmlFreeDoc(document)
            throw refusal(path: path, line: doctypeLine)
        }
        guard let document else {
            let (message, line) = state.firstError ?? ("unknown error", nil)
            throw JUnitReadError(.notXML, path: path, line: line, message: "not well-formed XML: \(tidy(message))")
        }
        // Belt and braces: a DTD that slipped past the callback is refused all the same.
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            xmlFreeDoc(document)
            throw refusal(path: path, line: nil)
        }
        return document
    }

    private static func refusal(path: String, line: Int?) -> JUnitReadError {
        JUnitReadError(
            .doctypeRefused,
            path: path,
            line: line,
            message: "document type declaration refused: a JUnit report must not declare a DTD or entities"
        )
    }

    /// libxml2's messages start with a capital and end with a newline, sometimes a period.
    static func tidy(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(".") || text.hasSuffix(" !") {
            text.removeLast(text.hasSuffix(".") ? 1 : 2)
        }
        // Lowercase the first word unless it is an acronym such as `PCDATA`.
        let first = text.prefix(2)
        guard first.count == 2, first.first!.isUppercase, !first.last!.isUppercase else { return text }
        return first.first!.lowercased() + text.dropFirst()
    }
}

/// What the C callbacks learn while libxml2 parses; reached through the context's `_private`.
private final class ParseState {
    var doctypeLine: Int?
    var firstError: (message: String, line: Int?)?

    static func of(_ context: xmlParserCtxtPtr) -> ParseState? {
        context.pointee._private.map { Unmanaged<ParseState>.fromOpaque($0).takeUnretainedValue() }
    }
}
