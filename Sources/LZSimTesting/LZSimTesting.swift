// LZSimTesting: Swift Testing integration (scoped scenario trait, expectation helpers that
// record issues at the caller's line, scenario checks as test arguments). See ARCHITECTURE.md.
