/// One element of a parsed JUnit document, detached from libxml2, with the line of its start tag.
///
/// Readers and the checker walk these values instead of libxml2 nodes, so libxml2 stays inside
/// the parser and the document can be freed as soon as it has been copied.
struct JUnitNode: Sendable, Equatable {
    /// An attribute, kept in document order.
    struct Attribute: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// The element's local name, such as `testcase`.
    var name: String
    /// The attributes in document order.
    var attributes: [Attribute]
    /// The child elements in document order.
    var children: [JUnitNode]
    /// The element's own text and CDATA content, concatenated; the text of child elements is not included.
    var text: String
    /// The 1-based line libxml2 records for the element (the line its start tag ends on).
    var line: Int

    /// The value of the attribute `name`, if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements called `name`, in document order.
    func children(named name: String) -> [JUnitNode] {
        children.filter { $0.name == name }
    }

    /// The first child element called `name`.
    func child(named name: String) -> JUnitNode? {
        children.first { $0.name == name }
    }
}
