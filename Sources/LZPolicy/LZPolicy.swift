// LZPolicy: the AWS access-policy language (parsing with positions, matching, conditions,
// the evaluator for every policy type, decisions with explanations). See ARCHITECTURE.md.
