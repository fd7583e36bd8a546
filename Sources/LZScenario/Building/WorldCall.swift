import LZPolicy
import LZSim

/// Runs a world operation for the foundation builder, reporting AWS's refusal where the user
/// can fix it: at the declaration's line, or at a policy file's own line for its document.
enum WorldCall {
    /// Runs `operation`, turning AWS's error into a scenario error at `location`.
    @discardableResult
    static func run<Result>(
        at location: SourceLocation,
        _ world: inout World,
        _ operation: (inout World) throws(AWSError) -> Result
    ) throws(ScenarioError) -> Result {
        do throws(AWSError) {
            return try operation(&world)
        } catch {
            throw ScenarioError("\(error.code): \(error.message)", at: location)
        }
    }

    /// Runs an operation that takes a policy document; a rejected document kept in a file is
    /// reported at the file's own line and column.
    @discardableResult
    static func run<Result>(
        document: DocumentSource,
        name: Named,
        _ world: inout World,
        _ operation: (inout World) throws(AWSError) -> Result
    ) throws(ScenarioError) -> Result {
        do throws(AWSError) {
            return try operation(&world)
        } catch {
            throw scenarioError(error, document: document, fallback: name.location)
        }
    }

    static func scenarioError(_ error: AWSError, document: DocumentSource?, fallback: SourceLocation) -> ScenarioError {
        if let document, document.isFile, let first = error.diagnostics.first {
            return ScenarioError(
                "\(error.code): \(first.message)",
                at: SourceLocation(file: document.file, line: first.position.line, column: first.position.column))
        }
        return ScenarioError("\(error.code): \(error.message)", at: document?.location ?? fallback)
    }
}
