"""Checks that the fake answered every operation of the spec, or of some
groups, with success while the tests ran behind the validating proxy.

usage: check_served.py SPEC.json SERVED.log [TAG ...]   (no TAG: every operation)

SERVED.log holds the lines every fake appends when it stops
(`METHOD /path/template STATUS COUNT`, see FAKE_DINGTALK_SERVED_LOG); an
operation of one of the tags counts as covered when some line names its method
and path (parameter names aside) with a 2xx status alone. An answer that is a
refusal inside a success status (the legacy host's non-zero `errcode`) is
logged as `200:ERRCODE` and does not count.
"""

import json
import re
import sys


def template(path: str) -> str:
    """A path template with its parameters unnamed: routers may name them differently."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec_path, log_path, *tags = sys.argv[1:]
    spec = json.load(open(spec_path))
    succeeded = set()
    for line in open(log_path):
        method, path, status, _count = line.split()
        if re.fullmatch(r"2\d\d", status):
            succeeded.add((method.upper(), template(path)))
    wanted = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op and (not tags or set(op.get("tags", [])) & set(tags)):
                wanted.append((method.upper(), path, op["operationId"]))
    missing = [w for w in wanted if (w[0], template(w[1])) not in succeeded]
    for method, path, operation_id in missing:
        print(f"never answered with success through the proxy: {operation_id} ({method} {path})")
    print(f"{len(wanted) - len(missing)} of the {len(wanted)} operations of {'/'.join(tags) or 'the spec'} answered with success through the proxy")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
