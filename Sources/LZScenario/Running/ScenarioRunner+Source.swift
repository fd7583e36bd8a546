public import Foundation

extension ScenarioRunner.Source {
    /// A scenario file whose includes and policy files must stay inside `root`.
    public init(file: URL, root: URL) {
        self.init(url: file.standardizedFileURL, root: root.standardizedFileURL)
    }
}
