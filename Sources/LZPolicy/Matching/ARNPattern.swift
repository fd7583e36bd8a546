/// A compiled ARN pattern that matches field by field, as IAM matches `Resource` and `ArnLike`.
///
/// An ARN has six colon-separated fields; the last (the resource) may itself contain colons.
/// Each pattern field matches one field of the ARN with `*` and `?`, case-sensitively, so an
/// empty field is literal: `arn:aws:cloudformation::*:stack/StackSet-*` matches no stack in a
/// Region. A `*` that ends a field may also run across the following colons
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
/// A pattern that is not an ARN (`*`, or a plain string) matches the whole text.
struct ARNPattern: Sendable, Hashable {
    private enum Form: Hashable {
        case everything
        case whole(WildcardPattern)
        case fields([WildcardPattern])
    }

    private let form: Form

    init(_ text: String) {
        self.init(tokens: WildcardPattern.tokens(text, wildcards: true))
    }

    init(tokens: [UInt16]) {
        if tokens == [WildcardPattern.star] {
            form = .everything
            return
        }
        let prefix: [UInt16] = [97, 114, 110, 58]  // "arn:"
        guard tokens.starts(with: prefix) else {
            form = .whole(WildcardPattern(tokens: tokens))
            return
        }
        var fields: [WildcardPattern] = []
        var current: [UInt16] = []
        for token in tokens {
            if token == 58 && fields.count < 5 {
                fields.append(WildcardPattern(tokens: current))
                current = []
            } else {
                current.append(token)
            }
        }
        fields.append(WildcardPattern(tokens: current))
        form = .fields(fields)
    }

    /// Whether the pattern matches the ARN (or other resource text) `text`.
    func matches(_ text: String) -> Bool {
        if case .everything = form { return true }
        var text = text
        return text.withUTF8 { matches(bytes: $0) }
    }

    func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch form {
        case .everything:
            return true
        case .whole(let pattern):
            return pattern.matches(bytes[...])
        case .fields(let fields):
            var bounds = FieldBounds()
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 58 && bounds.count < 5 {
                bounds.append(start, index)
                start = index + 1
            }
            bounds.append(start, bytes.count)
            return match(fields, 0, bytes, bounds, 0)
        }
    }

    private func match(
        _ fields: [WildcardPattern], _ field: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ bounds: FieldBounds,
        _ part: Int
    ) -> Bool {
        if field == fields.count { return part == bounds.count }
        if part == bounds.count { return false }
        let pattern = fields[field]
        let isLast = field == fields.count - 1
        if pattern.endsWithStar {
            // Try the field alone first, then let the trailing `*` swallow following fields.
            let first = isLast ? bounds.count - 1 : part
            for lastPart in first..<bounds.count {
                let range = bytes[bounds.start(part)..<bounds.end(lastPart)]
                if pattern.matches(range) && match(fields, field + 1, bytes, bounds, lastPart + 1) { return true }
            }
            return false
        }
        return pattern.matches(bytes[bounds.start(part)..<bounds.end(part)])
            && match(fields, field + 1, bytes, bounds, part + 1)
    }
}

/// The start and end offsets of up to six ARN fields, kept inline to avoid allocation.
private struct FieldBounds {
    private var starts: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
    private var ends: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    mutating func append(_ start: Int, _ end: Int) {
        withUnsafeMutableBytes(of: &starts) {
            $0.storeBytes(of: start, toByteOffset: count * MemoryLayout<Int>.stride, as: Int.self)
        }
        withUnsafeMutableBytes(of: &ends) {
            $0.storeBytes(of: end, toByteOffset: count * MemoryLayout<Int>.stride, as: Int.self)
        }
        count += 1
    }

    func start(_ index: Int) -> Int {
        withUnsafeBytes(of: starts) { $0.load(fromByteOffset: index * MemoryLayout<Int>.stride, as: Int.self) }
    }

    func end(_ index: Int) -> Int {
        withUnsafeBytes(of: ends) { $0.load(fromByteOffset: index * MemoryLayout<Int>.stride, as: Int.self) }
    }
}
