import Foundation

/// Key pairs and signed certificates made on first use, shared by every copy of a world.
///
/// A world is a value, but generating keys and signing certificates for every requested
/// certificate would make building a landing zone slow, so material is made lazily: a
/// certificate is stored as the facts that determine it (names, dates, algorithm, a seed drawn
/// from the world's seeded generator) and its key and X.509 document are made the first time
/// someone inspects or exports it. The store is a reference shared by all copies of the
/// account's resources; it is keyed by those facts, never by a mutable identity, so copies
/// that later diverge can never see each other's material under the same key. Elliptic-curve
/// keys are derived from the seed (the same world seed gives the same keys); RSA keys and
/// ECDSA signatures come from the system's random generator, so their bytes differ between
/// runs while every field ACM reports stays the same.
final class CertificateMaterialStore: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [AnyHashable: any Sendable] = [:]

    /// The value for `key`, made by `make` on first use. Making runs outside the lock (RSA keys
    /// take a while); when two threads race, the first value stored wins and both return it.
    func value<Value: Sendable>(for key: AnyHashable, make: () throws -> Value) rethrows -> Value {
        lock.lock()
        let cached = values[key] as? Value
        lock.unlock()
        if let cached { return cached }
        let made = try make()
        lock.lock()
        defer { lock.unlock() }
        if let raced = values[key] as? Value { return raced }
        values[key] = made
        return made
    }

    /// How many values the store holds (keys and certificates), for tests of laziness.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
