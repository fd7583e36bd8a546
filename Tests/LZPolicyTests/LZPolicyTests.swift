// Tests for LZPolicy land beside the module's code.
