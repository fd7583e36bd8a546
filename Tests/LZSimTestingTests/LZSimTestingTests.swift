// Tests for LZSimTesting land beside the module's code.
