import LZPolicy

extension World {
    /// The error codes a service uses when it rejects a policy document.
    struct DocumentErrorCodes {
        /// For grammar and element errors.
        var malformed: AWSError.Code
        /// For a document over the size quota.
        var tooLarge: AWSError.Code

        /// IAM: `MalformedPolicyDocument`, and `LimitExceeded` for size.
        static let iam = DocumentErrorCodes(malformed: .malformedPolicyDocument, tooLarge: .limitExceeded)
        /// Organizations: `MalformedPolicyDocumentException`, and `ConstraintViolationException` for size.
        static let organizations = DocumentErrorCodes(
            malformed: .malformedPolicyException, tooLarge: .constraintViolation)
    }

    /// Parses, validates and compiles a policy document as the service receiving it would.
    /// - Throws: ``AWSError`` with the service's code and every diagnostic with its position.
    func compilePolicy(
        _ text: String,
        kind: PolicyKind,
        name: String,
        codes: DocumentErrorCodes
    ) throws(AWSError) -> Policy {
        do {
            return try Policy(json: text, kind: kind, name: name, lint: false)
        } catch {
            let diagnostics = error.diagnostics
            let onlySize = !diagnostics.isEmpty && diagnostics.allSatisfy { $0.code == "policy.size" }
            let first = diagnostics.first.map { "\($0.position): \($0.message)" } ?? "the document is not valid"
            throw AWSError(
                onlySize ? codes.tooLarge : codes.malformed,
                "\(kind.rawValue) policy '\(name)' is not valid: \(first)", diagnostics: diagnostics)
        }
    }
}
