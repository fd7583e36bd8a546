/// IAM's naming rules (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html):
/// names of letters, digits and `+=,.@_-`, paths of `/`-delimited segments.
enum IAMNames {
    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-")

    /// Checks a user, group, role or policy name against IAM's pattern and length.
    static func validate(_ name: String, kind: String, maximumLength: Int) throws(AWSError) {
        guard (1...maximumLength).contains(name.count) else {
            throw AWSError(
                .validation, "\(kind) name '\(name)' must be 1 to \(maximumLength) characters, not \(name.count)")
        }
        if let bad = name.first(where: { !nameCharacters.contains($0) }) {
            throw AWSError(
                .validation, "\(kind) name '\(name)' contains '\(bad)'; IAM names use letters, digits and +=,.@_-")
        }
    }

    /// Checks a path: `/`, or `/` + segments + `/`, at most 512 characters, printable ASCII.
    static func validate(path: String) throws(AWSError) {
        guard path.hasPrefix("/"), path.hasSuffix("/"), path.count <= 512,
            path.allSatisfy({ $0.isASCII && ("!"..."~").contains($0) }), !path.contains("//")
        else {
            throw AWSError(.validation, "path '\(path)' must begin and end with '/' and be at most 512 characters")
        }
    }

    /// Checks tags: at most 50, keys of 1 to 128 characters, values of at most 256, no `aws:` prefix.
    static func validate(tags: [String: String]) throws(AWSError) {
        guard tags.count <= IAMAccount.Quota.tags else {
            throw AWSError(.limitExceeded, "\(tags.count) tags exceed IAM's quota of \(IAMAccount.Quota.tags)")
        }
        for (key, value) in tags {
            guard (1...128).contains(key.count), value.count <= 256, !key.lowercased().hasPrefix("aws:") else {
                throw AWSError(
                    .validation,
                    "tag '\(key)' must have a key of 1 to 128 characters without the aws: prefix "
                        + "and a value of at most 256 characters")
            }
        }
    }

    /// The keys `aws:RequestTag/*` and `aws:TagKeys` for a request that sets tags.
    static func requestTagContext(_ tags: [String: String]) -> [String: [String]] {
        guard !tags.isEmpty else { return [:] }
        var context: [String: [String]] = ["aws:TagKeys": tags.keys.sorted()]
        for (key, value) in tags { context["aws:RequestTag/\(key)"] = [value] }
        return context
    }
}
