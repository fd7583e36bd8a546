internal import CLibXML2
import Foundation

/// A JUnit XML file read into plain values: the file's name and its root element with line numbers.
///
/// The root is `<testsuites>` (lzsim's reports) or a bare `<testsuite>` (Surefire and other
/// tools); nested suites are kept as they are, so the checker can report on them.
struct JUnitDocument: Sendable, Equatable {
    /// The file, as the caller named it; every error and problem starts with it.
    var path: String
    /// The root element.
    var root: JUnitNode

    /// Reads and parses the file at `url`.
    ///
    /// - Throws: ``JUnitReadError`` when the file is missing or unreadable, not XML, not JUnit, or declares a DTD.
    static func read(fileAt url: URL) throws(JUnitReadError) -> JUnitDocument {
        let path = url.isFileURL ? url.relativePath : url.absoluteString
        return try parse(readData(at: url, path: path), path: path)
    }

    /// Parses a document held in memory; `path` names it in errors.
    static func parse(_ data: Data, path: String) throws(JUnitReadError) -> JUnitDocument {
        let document = try SafeXMLParser.parse(data, path: path)
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else {
            throw JUnitReadError(
                .notJUnit, path: path, message: "no root element, expected <testsuites> or <testsuite>")
        }
        let root = node(from: rootPointer)
        guard root.name == "testsuites" || root.name == "testsuite" else {
            throw JUnitReadError(
                .notJUnit,
                path: path,
                line: root.line,
                message: "root element is <\(root.name)>, expected <testsuites> or <testsuite>"
            )
        }
        return JUnitDocument(path: path, root: root)
    }

    /// Foundation's read errors are long and name the domain; a person needs the file and the reason.
    private static func readData(at url: URL, path: String) throws(JUnitReadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw JUnitReadError(.unreadable, path: path, message: "no such file, expected a JUnit XML report")
        }
        guard !isDirectory.boolValue else {
            throw JUnitReadError(.unreadable, path: path, message: "is a directory, expected a JUnit XML report")
        }
        do {
            return try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoPermission {
            throw JUnitReadError(.unreadable, path: path, message: "permission denied")
        } catch {
            throw JUnitReadError(.unreadable, path: path, message: "cannot read the file")
        }
    }

    /// Copies a libxml2 element and its descendants into values; JUnit nests a few levels at
    /// most, and libxml2 refuses documents deeper than 256 levels, so recursion is safe.
    private static func node(from element: xmlNodePtr) -> JUnitNode {
        var attributes: [JUnitNode.Attribute] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            let value = xmlNodeListGetString(element.pointee.doc, current.pointee.children, 1)
            attributes.append(.init(name: string(current.pointee.name), value: string(value)))
            lzsim_xmlFree(value)
            attribute = current.pointee.next
        }
        var children: [JUnitNode] = []
        var text = ""
        var child = element.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(node(from: current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                text += string(current.pointee.content)
            default:
                break
            }
            child = current.pointee.next
        }
        return JUnitNode(
            name: string(element.pointee.name),
            attributes: attributes,
            children: children,
            text: text,
            line: max(1, Int(xmlGetLineNo(element)))
        )
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        characters.map { String(cString: $0) } ?? ""
    }

    private static func string(_ characters: UnsafeMutablePointer<xmlChar>?) -> String {
        characters.map { String(cString: $0) } ?? ""
    }
}
