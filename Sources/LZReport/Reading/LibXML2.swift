internal import CLibXML2

/// One-time set-up of libxml2's global state.
enum LibXML2 {
    /// Swift runs a global's initializer exactly once, even under concurrent first use, which is
    /// what libxml2 asks of `xmlInitParser` before parsers run on several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Initializes libxml2 if that has not happened yet; cheap after the first call.
    static func initialize() {
        _ = initialized
    }
}
