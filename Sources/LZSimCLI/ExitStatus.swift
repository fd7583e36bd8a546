import ArgumentParser

/// The exit statuses `lzsim` documents, and the mapping of every error onto them.
enum ExitStatus {
    /// Every check passed, or no problem was found.
    static let success = ExitCode(0)
    /// Checks failed, or problems were found.
    static let findings = ExitCode(1)
    /// Bad usage, or an input the command could not read.
    static let inputError = ExitCode(2)

    /// Turns ArgumentParser's usage failure (64) into lzsim's input error (2), and any error
    /// that is not an exit code into an input error after printing it.
    static func normalized<Command: ParsableCommand>(_ error: any Error, for command: Command.Type) -> any Error {
        if let code = error as? ExitCode {
            return code
        }
        let code = command.exitCode(for: error)
        if code == .success {
            return error  // --help and --version print and exit 0
        }
        let message = command.fullMessage(for: error)
        if !message.isEmpty {
            printError(message)
        }
        return code == .validationFailure || code == .failure ? inputError : code
    }
}
