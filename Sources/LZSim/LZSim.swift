// LZSim: the simulated world (Organizations, IAM and STS, KMS, ACM, networking) behind one
// authorization gateway. See ARCHITECTURE.md.
