import Foundation

/// The JUnit fixtures under `Tests/Fixtures/junit`, found from this file's path so tests run
/// from any working directory.
enum JUnitFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/junit", isDirectory: true)

    /// The URL of the fixture called `name`.
    static func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// The text of the fixture called `name`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }
}
