// Tests for LZScenario land beside the module's code.
