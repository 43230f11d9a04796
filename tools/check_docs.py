"""Opens the rendered API reference in headless Chromium and checks that every
operation of the spec appears on the page.

usage: check_docs.py PAGE.html SPEC.json
"""

import html
import json
import pathlib
import subprocess
import sys
import tempfile


def rendered_dom(page: pathlib.Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=15000",
                "--dump-dom",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return result.stdout


def main() -> int:
    page, spec_path = map(pathlib.Path, sys.argv[1:3])
    spec = json.loads(spec_path.read_text())
    dom = html.unescape(rendered_dom(page))
    missing = []
    count = 0
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            count += 1
            anchor = f'operation/{operation["operationId"]}'
            if anchor not in dom or operation["summary"] not in dom:
                missing.append(f'{method.upper()} {path} ({operation["operationId"]})')
    if missing:
        print(f"{page}: operations missing from the rendered page:", *missing, sep="\n  ")
        return 1
    print(f"{page}: all {count} operations are on the rendered page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
