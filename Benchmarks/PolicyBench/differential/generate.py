#!/usr/bin/env python3
"""Random evaluate cases for the lzsim/PMapper differential comparison.

Draws only from features PMapper models (IAM users and roles, identity, group and boundary
policies, SCP levels, same- and cross-account resource policies, KMS key policies, Action/
NotAction, Resource/NotResource with * and ?, one session policy for roles, String/Bool/Null/Arn and plain Numeric/Date/IP
operators, IfExists on String/Bool/Arn, set operators on String operators, ${aws:username} in
Resource). Context keys are explicit and infer_context is false.

Usage: generate.py --count N [--seed S] [--strict-subset] > cases.json

--strict-subset also leaves out every feature of a documented PMapper deviation (negated
operators and IfExists on absent keys, ForAllValues, variables, resource-policy grants to roles
with a boundary, resource policies on roles for iam: actions), so the two engines should agree
on every case.
"""
import argparse
import json
import random

ACCOUNT, OTHER = "111111111111", "222222222222"
USERS = ["arn:aws:iam::%s:user/alice" % ACCOUNT, "arn:aws:iam::%s:user/bob" % ACCOUNT]
ROLES = ["arn:aws:iam::%s:role/Dev" % ACCOUNT, "arn:aws:iam::%s:role/AdminOps" % ACCOUNT]
ACTIONS = ["s3:GetObject", "s3:PutObject", "s3:ListBucket", "s3:DeleteObject", "ec2:RunInstances",
           "iam:PassRole", "kms:Decrypt", "kms:Encrypt", "sqs:SendMessage"]
ACTION_PATTERNS = ACTIONS + ["s3:*", "s3:Get*", "s3:*Object", "s3:?etObject", "ec2:*", "kms:*", "*", "iam:Pass*"]
RESOURCES = {
    "s3": ["arn:aws:s3:::data/k", "arn:aws:s3:::data", "arn:aws:s3:::home/alice/notes", "arn:aws:s3:::logs/2024/a"],
    "ec2": ["arn:aws:ec2:eu-west-1:%s:instance/i-1" % ACCOUNT, "*"],
    "iam": ["arn:aws:iam::%s:role/Dev" % ACCOUNT],
    "kms": ["arn:aws:kms:eu-west-1:%s:key/k1" % ACCOUNT],
    "sqs": ["arn:aws:sqs:eu-west-1:%s:q1" % ACCOUNT],
}
RESOURCE_PATTERNS = ["*", "arn:aws:s3:::data/*", "arn:aws:s3:::data", "arn:aws:s3:::home/${aws:username}/*",
                     "arn:aws:s3:::log?/*", "arn:aws:s3:::*", "arn:aws:ec2:*:%s:instance/*" % ACCOUNT,
                     "arn:aws:kms:eu-west-1:%s:key/*" % ACCOUNT, "arn:aws:sqs:*:*:q?", "arn:aws:iam::*:role/Dev"]

CONDITIONS = [
    ("StringEquals", "aws:RequestedRegion", ["eu-west-1", "us-east-1"]),
    ("StringNotEquals", "aws:RequestedRegion", ["eu-west-1", "eu-central-1"]),
    ("StringLike", "aws:PrincipalTag/team", ["r*", "blue"]),
    ("StringNotLike", "aws:PrincipalTag/team", ["r*"]),
    ("StringEqualsIgnoreCase", "aws:PrincipalTag/team", ["RED"]),
    ("StringEqualsIfExists", "aws:PrincipalTag/team", ["red"]),
    ("StringNotEqualsIfExists", "aws:RequestedRegion", ["eu-west-1"]),
    ("Bool", "aws:SecureTransport", ["true"]),
    ("Bool", "aws:MultiFactorAuthPresent", ["false"]),
    ("BoolIfExists", "aws:MultiFactorAuthPresent", ["false"]),
    ("Null", "aws:PrincipalTag/team", ["true"]),
    ("Null", "aws:SourceIp", ["false"]),
    ("ArnLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/Admin*"]),
    ("ArnNotLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/Admin*"]),
    ("ArnEquals", "aws:PrincipalArn", ["arn:aws:iam::%s:user/alice" % ACCOUNT]),
    ("ArnLikeIfExists", "aws:PrincipalArn", ["arn:aws:iam::*:user/*"]),
    ("NumericLessThan", "s3:max-keys", ["10"]),
    ("NumericGreaterThanEquals", "s3:max-keys", ["5"]),
    ("DateLessThan", "aws:CurrentTime", ["2026-01-01T00:00:00Z"]),
    ("DateGreaterThan", "aws:CurrentTime", ["2024-01-01T00:00:00Z"]),
    ("IpAddress", "aws:SourceIp", ["10.0.0.0/8", "192.168.0.0/16"]),
    ("NotIpAddress", "aws:SourceIp", ["10.0.0.0/8"]),
    ("ForAnyValue:StringEquals", "aws:TagKeys", ["env", "owner"]),
    ("ForAllValues:StringEquals", "aws:TagKeys", ["env", "cost"]),
    ("ForAnyValue:StringLike", "aws:TagKeys", ["env*"]),
]

CONTEXT_VALUES = {
    "aws:RequestedRegion": ["eu-west-1", "us-east-1", "eu-central-1"],
    "aws:PrincipalTag/team": ["red", "blue", "Red"],
    "aws:SecureTransport": ["true", "false"],
    "aws:MultiFactorAuthPresent": ["true", "false"],
    "aws:SourceIp": ["10.1.2.3", "192.168.5.5", "203.0.113.9"],
    "s3:max-keys": ["3", "7", "20"],
    "aws:CurrentTime": ["2025-06-01T00:00:00Z", "2023-06-01T00:00:00Z", "2027-01-01T00:00:00Z"],
    "aws:TagKeys": [["env"], ["env", "owner"], ["cost", "env"], ["secret"]],
}


STRICT = False
DEVIATING = ("Not", "IfExists", "ForAllValues")


def statement(rng, effect, principal=None, for_scp=False):
    result = {"Effect": effect}
    if principal is not None:
        result["Principal"] = principal
    actions = rng.sample(ACTION_PATTERNS, rng.randint(1, 3))
    if for_scp:
        actions = [a for a in actions if "*" not in a[:-1] and "?" not in a] or ["*"]
    if not for_scp and rng.random() < 0.15:
        result["NotAction"] = actions
    else:
        result["Action"] = actions if len(actions) > 1 else actions[0]
    if for_scp and effect == "Allow":
        result["Resource"] = "*"
        return result
    patterns = [r for r in RESOURCE_PATTERNS if not (STRICT and "${" in r)]
    resources = rng.sample(patterns, rng.randint(1, 2))
    if not for_scp and rng.random() < 0.1:
        result["NotResource"] = resources
    else:
        result["Resource"] = resources
    if rng.random() < 0.45:
        condition = {}
        pool = [c for c in CONDITIONS if not (STRICT and any(word in c[0] for word in DEVIATING))]
        for op, key, values in rng.sample(pool, rng.randint(1, 2)):
            condition.setdefault(op, {})[key] = values
        result["Condition"] = condition
    return result


def policy(rng, count, allow_bias, principal=None, for_scp=False):
    statements = [statement(rng, "Allow" if rng.random() < allow_bias else "Deny", principal, for_scp)
                  for _ in range(count)]
    return {"Version": "2012-10-17", "Statement": statements}


def case(rng, index):
    is_user = rng.random() < 0.6
    principal = rng.choice(USERS if is_user else ROLES)
    action = rng.choice(ACTIONS)
    service = action.split(":")[0]
    resource = rng.choice(RESOURCES[service])
    result = {"id": "r%d" % index, "principal": principal, "action": action, "resource": resource,
              "infer_context": False}
    result["identity_policies"] = [policy(rng, rng.randint(1, 3), 0.8) for _ in range(rng.randint(0, 2))]
    if is_user and rng.random() < 0.3:
        result["group_policies"] = [policy(rng, rng.randint(1, 2), 0.8)]
    if rng.random() < 0.3:
        result["boundary"] = policy(rng, rng.randint(1, 2), 0.85)
    if not is_user and rng.random() < 0.3:
        result["session_policy"] = policy(rng, rng.randint(1, 2), 0.85)
    if rng.random() < 0.4:
        levels = []
        for _ in range(rng.randint(1, 3)):
            level = [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]
            if rng.random() < 0.2:
                level = [policy(rng, 1, 1.0, for_scp=True)]
            if rng.random() < 0.4:
                level.append(policy(rng, 1, 0.0, for_scp=True))
            levels.append(level)
        result["scps"] = levels
    cross = rng.random() < 0.25 and service in ("s3", "kms", "sqs")
    if cross:
        result["resource_account"] = OTHER
        if service == "kms":
            result["resource"] = resource.replace(ACCOUNT, OTHER)
    role_resource = service == "iam"
    bypass = not is_user and ("boundary" in result or "session_policy" in result)
    if STRICT and (role_resource or bypass) and service != "kms":
        pass
    elif service == "kms" or rng.random() < 0.35 or cross:
        names = [{"AWS": ACCOUNT if not cross else rng.choice([ACCOUNT, OTHER])},
                 {"AWS": "arn:aws:iam::%s:root" % ACCOUNT}]
        if is_user:
            names.append({"AWS": principal})
        if not cross:
            names.append("*")
        result["resource_policy"] = policy(rng, rng.randint(1, 2), 0.8, principal=rng.choice(names))
    context = {}
    for key in rng.sample(sorted(CONTEXT_VALUES), rng.randint(0, 5)):
        context[key] = rng.choice(CONTEXT_VALUES[key])
    if rng.random() < 0.5:
        context["aws:username"] = principal.rsplit("/", 1)[1] if is_user else "x"
    if rng.random() < 0.5:
        context["aws:PrincipalArn"] = principal
    result["context"] = context
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--strict-subset", action="store_true")
    args = parser.parse_args()
    global STRICT
    STRICT = args.strict_subset
    rng = random.Random(args.seed)
    print(json.dumps([case(rng, index) for index in range(args.count)], indent=None))


if __name__ == "__main__":
    main()
