// Tests for LZSim land beside the module's code.
