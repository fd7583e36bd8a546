/// ACM's rules for tags (https://docs.aws.amazon.com/acm/latest/userguide/tags-restrictions.html).
enum ACMTags {
    /// At most 50 tags per certificate.
    static let maximum = 50

    /// Keys of 1 to 128 characters not starting with `aws:`, values of at most 256.
    static func validate(_ tags: [String: String], existing: Int = 0) throws(AWSError) {
        guard tags.count + existing <= maximum else {
            throw AWSError(.tooManyTags, "a certificate can have at most \(maximum) tags, not \(tags.count + existing)")
        }
        for (key, value) in tags {
            guard !key.isEmpty, key.count <= 128, !key.lowercased().hasPrefix("aws:") else {
                throw AWSError(.invalidTag, "tag key '\(key)' must be 1 to 128 characters and not start with 'aws:'")
            }
            guard value.count <= 256 else {
                throw AWSError(.invalidTag, "the value of tag '\(key)' exceeds 256 characters")
            }
        }
    }

    /// `aws:RequestTag/*` and `aws:TagKeys` for a request carrying tags.
    static func requestTagContext(_ tags: [String: String]) -> [String: [String]] {
        guard !tags.isEmpty else { return [:] }
        var context = ["aws:TagKeys": tags.keys.sorted()]
        for (key, value) in tags { context["aws:RequestTag/\(key)"] = [value] }
        return context
    }
}
