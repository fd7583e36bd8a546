/// Checks one scenario without running it: it loads, and its foundation builds.
public enum ScenarioValidator {
    /// The first problem of the scenario, or `nil` when it loads and builds.
    public static func validate(_ source: ScenarioRunner.Source) -> ScenarioError? {
        do throws(ScenarioError) {
            let scenario = try ScenarioLoader(root: source.root).load(source.url)
            _ = try FoundationBuilder(scenario: scenario).build()
            return nil
        } catch {
            return error
        }
    }
}
