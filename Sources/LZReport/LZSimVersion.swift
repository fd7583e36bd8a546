/// The version of lzsim, written into every report and printed by `lzsim --version`.
public enum LZSimVersion {
    /// The current version, in semantic-versioning form.
    public static let current = "0.1.0"
}
