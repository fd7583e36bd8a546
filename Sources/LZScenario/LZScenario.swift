// LZScenario: the scenario and foundation file formats, loading with source locations, the
// check kinds, the control catalog and the runner. See ARCHITECTURE.md.
