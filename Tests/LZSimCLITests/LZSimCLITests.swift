// Tests for the lzsim command line land beside its commands.
