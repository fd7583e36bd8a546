// Tests for LZReport land beside its writers.
