"""Writes spec/reference/ from DingTalk's official Python SDK.

The SDK is the wheel `alibabacloud-dingtalk` from PyPI, pinned below by
version and sha256 and cached under target/reference/. Each of its modules
(`storage_1_0`, `robot_1_0`, ...) has a `client.py`, one method per
operation, and a `models.py`, one class per request, response and nested
object; both are read with `ast`, nothing of the SDK is imported or run.

For each module the tool writes `spec/reference/<module>/operations.tsv`
(one row per operation) and `models.tsv` (one row per field of a model), and
`spec/reference/modules.tsv` lists the modules; `spec/reference/README.md`
documents the columns. A rerun after a version bump rewrites them all, so the
git diff shows what DingTalk changed.

usage: sdk_reference.py [--wheel WHEEL] [--out DIR]
  --wheel  read this wheel instead of the pinned one (no download, no hash check)
  --out    where to write (default: spec/reference of this checkout)

Standard library only.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import pathlib
import re
import shutil
import sys
import time
import urllib.request
import zipfile
from dataclasses import dataclass, field

PACKAGE = "alibabacloud-dingtalk"
VERSION = "2.2.65"
SHA256 = "05834d82a53782fabf556049ac4b3f67259e1e87dfb3e9f0d231e33fdf70ddad"

ROOT = pathlib.Path(__file__).resolve().parent.parent
CACHE = ROOT / "target" / "reference"

OPERATION_COLUMNS = [
    "module",
    "action",
    "method",
    "path",
    "query",
    "body_kind",
    "body",
    "headers",
    "auth",
    "request",
    "resp_body",
    "response",
    "paging",
    "summary",
]
MODEL_COLUMNS = ["model", "field", "type", "required", "example", "note"]
MODULE_COLUMNS = ["module", "version", "operations", "models"]

# Request fields that carry a cursor to the next page, and response fields
# that return it, by JSON name.
REQUEST_CURSORS = ("nextToken", "cursor", "nextCursor", "pageToken")
RESPONSE_CURSORS = ("nextToken", "nextCursor", "cursor", "nextPageToken", "pageToken")
# Request fields that bound a page's size, beside a cursor.
PAGE_SIZES = ("maxResults", "pageSize", "size", "limit", "maxResult")

# The header every authenticated operation sends its access token in.
TOKEN_HEADER = "x-acs-dingtalk-access-token"

REQUIRED = "This parameter is required."


class SdkError(Exception):
    """The SDK has a shape this tool does not know; names where."""


# --- the wheel ---------------------------------------------------------------


def wheel_name() -> str:
    return f"{PACKAGE.replace('-', '_')}-{VERSION}-py3-none-any.whl"


def sha256(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pinned_wheel() -> pathlib.Path:
    """The pinned wheel, from the cache or else downloaded from PyPI; its
    sha256 checked either way."""
    path = CACHE / wheel_name()
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        # PyPI's simple index in JSON (PEP 691), as pip reads it.
        index = urllib.request.Request(
            f"https://pypi.org/simple/{PACKAGE}/",
            headers={"Accept": "application/vnd.pypi.simple.v1+json"},
        )
        with urllib.request.urlopen(index, timeout=60) as response:
            release = json.load(response)
        urls = [u for u in release["files"] if u["filename"] == wheel_name()]
        if not urls:
            raise SdkError(f"PyPI lists no {wheel_name()}")
        partial = path.with_suffix(".part")
        print(f"downloading {urls[0]['url']}", file=sys.stderr)
        with urllib.request.urlopen(urls[0]["url"], timeout=300) as response:
            with partial.open("wb") as out:
                shutil.copyfileobj(response, out)
        actual = sha256(partial)
        if actual != SHA256:
            partial.unlink()
            raise SdkError(f"{urls[0]['url']}: sha256 {actual}, pinned {SHA256}")
        partial.replace(path)
    actual = sha256(path)
    if actual != SHA256:
        raise SdkError(
            f"{path}: sha256 {actual}, pinned {SHA256}; delete the file to download it again"
        )
    return path


def read_wheel(path: pathlib.Path) -> dict[str, tuple[str, str]]:
    """Each module's (client.py, models.py) source, by module name."""
    sources: dict[str, dict[str, str]] = {}
    with zipfile.ZipFile(path) as wheel:
        for name in wheel.namelist():
            parts = name.split("/")
            if len(parts) == 3 and parts[2] in ("client.py", "models.py"):
                sources.setdefault(parts[1], {})[parts[2]] = wheel.read(name).decode("utf-8")
    modules = {}
    for module, files in sorted(sources.items()):
        if set(files) != {"client.py", "models.py"}:
            raise SdkError(f"{module}: has {sorted(files)}, not client.py and models.py")
        modules[module] = (files["client.py"], files["models.py"])
    return modules


# --- models.py ---------------------------------------------------------------


@dataclass
class Field:
    attribute: str
    name: str
    type: str
    required: bool
    example: str
    note: str


@dataclass
class Model:
    name: str
    fields: list[Field] = field(default_factory=list)

    def by_name(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


def type_name(annotation: ast.expr, where: str) -> str:
    """The SDK's type annotation as the reference writes it."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return type_name(ast.parse(annotation.value, mode="eval").body, where)
    if isinstance(annotation, ast.Name):
        simple = {
            "str": "string",
            "int": "integer",
            "bool": "boolean",
            "float": "number",
            "Any": "any",
            "dict": "object",
            "BinaryIO": "binary",
        }
        return simple.get(annotation.id, annotation.id)
    if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name):
        inner = annotation.slice
        if annotation.value.id == "List":
            return f"array<{type_name(inner, where)}>"
        if annotation.value.id == "Dict" and isinstance(inner, ast.Tuple) and len(inner.elts) == 2:
            key, value = inner.elts
            if type_name(key, where) != "string":
                raise SdkError(f"{where}: a map whose keys are not strings")
            return f"map<{type_name(value, where)}>"
    raise SdkError(f"{where}: unknown type annotation {ast.unparse(annotation)}")


def comments_above(lines: list[str], lineno: int) -> list[str]:
    """The comment lines right above line `lineno` (1-based), top first."""
    out = []
    index = lineno - 2
    while index >= 0:
        text = lines[index].strip()
        if not text.startswith("#"):
            break
        out.append(text[1:].strip())
        index -= 1
    return out[::-1]


def field_facts(comments: list[str]) -> tuple[bool, str, str]:
    """(required, example, note) from a field's comment lines: the required
    marker, the lines after `example:`, and the rest."""
    required = False
    example: list[str] = []
    note: list[str] = []
    in_example = False
    for line in comments:
        if line == REQUIRED:
            required = True
        elif line == "example:":
            in_example = True
        elif in_example:
            if line:
                example.append(line)
        elif line:
            note.append(line)
    return required, " ".join(example), " ".join(note)


def json_names(to_map: ast.FunctionDef) -> dict[str, str]:
    """attribute -> JSON name, from `to_map`: each `if self.<a> is not None:`
    writes `result['<name>']`."""
    names = {}
    for node in to_map.body:
        if not isinstance(node, ast.If):
            continue
        test = node.test
        if not (
            isinstance(test, ast.Compare)
            and isinstance(test.left, ast.Attribute)
            and isinstance(test.left.value, ast.Name)
            and test.left.value.id == "self"
            and isinstance(test.ops[0], ast.IsNot)
        ):
            continue
        for inner in ast.walk(ast.Module(body=node.body, type_ignores=[])):
            if (
                isinstance(inner, ast.Subscript)
                and isinstance(inner.value, ast.Name)
                and inner.value.id == "result"
                and isinstance(inner.slice, ast.Constant)
            ):
                names.setdefault(test.left.attr, inner.slice.value)
                break
    return names


def parse_models(source: str, module: str) -> dict[str, Model]:
    tree = ast.parse(source)
    lines = source.splitlines()
    models = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        methods = {f.name: f for f in node.body if isinstance(f, ast.FunctionDef)}
        init, to_map = methods.get("__init__"), methods.get("to_map")
        if init is None or to_map is None:
            raise SdkError(f"{module}.{node.name}: no __init__ or to_map")
        names = json_names(to_map)
        model = Model(node.name)
        assignments = {
            s.targets[0].attr: s
            for s in init.body
            if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Attribute)
        }
        for argument in init.args.args[1:]:
            where = f"{module}.{node.name}.{argument.arg}"
            if argument.annotation is None:
                raise SdkError(f"{where}: no type annotation")
            if argument.arg not in names:
                raise SdkError(f"{where}: to_map writes no JSON name for it")
            assignment = assignments.get(argument.arg)
            comments = comments_above(lines, assignment.lineno) if assignment else []
            required, example, note = field_facts(comments)
            model.fields.append(
                Field(
                    argument.arg,
                    names[argument.arg],
                    type_name(argument.annotation, where),
                    required,
                    example,
                    note,
                )
            )
        models[node.name] = model
    return models


# --- client.py ---------------------------------------------------------------


@dataclass
class Operation:
    module: str
    action: str
    method: str
    path: str
    query: list[str]
    body_kind: str
    body: list[str]
    headers: list[str]
    auth: str
    request: str
    resp_body: str
    response: str
    paging: str
    summary: str


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def constant(node: ast.expr, where: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise SdkError(f"{where}: expected a string, found {ast.unparse(node)}")


def pathname(node: ast.expr, where: str) -> str:
    """`f'/v1.0/storage/spaces/{space_id}'` as `/v1.0/storage/spaces/{spaceId}`."""
    if isinstance(node, ast.Constant):
        return constant(node, where)
    if not isinstance(node, ast.JoinedStr):
        raise SdkError(f"{where}: pathname is {ast.unparse(node)}")
    out = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            out.append(part.value)
        elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
            out.append("{" + camel(part.value.id) + "}")
        else:
            raise SdkError(f"{where}: pathname part {ast.unparse(part)}")
    return "".join(out)


def annotation_model(annotation: ast.expr | None) -> str:
    """`dingtalkstorage__1__0_models.AddFolderRequest` -> `AddFolderRequest`."""
    if isinstance(annotation, ast.Attribute):
        return annotation.attr
    return ""


def summary_of(function: ast.FunctionDef) -> str:
    doc = ast.get_docstring(function, clean=False) or ""
    for line in doc.splitlines():
        line = line.strip()
        if line.startswith("@summary"):
            return line[len("@summary") :].strip()
    return ""


def keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {k.arg: k.value for k in call.keywords if k.arg}


def call_name(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        return ast.unparse(node.func)
    return ""


def parse_operation(module: str, function: ast.FunctionDef) -> Operation:
    where = f"{module}.{function.name}"
    arguments = {a.arg: a for a in function.args.args}
    request_argument = arguments.get("request") or arguments.get("tmp_req")
    request = annotation_model(request_argument.annotation) if request_argument else ""

    query: dict[str, str] = {}
    body: dict[str, str] = {}
    headers: list[str] = []
    shrunk: dict[str, str] = {}
    request_call: dict[str, ast.expr] | None = None
    params: dict[str, ast.expr] | None = None
    response = ""
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and target.value.id in ("query", "body", "real_headers")
            ):
                key = constant(target.slice, where)
                if target.value.id == "real_headers":
                    headers.append(key)
                    continue
                value = node.value
                if not (
                    isinstance(value, ast.Attribute)
                    and isinstance(value.value, ast.Name)
                    and value.value.id == "request"
                ):
                    raise SdkError(f"{where}: {target.value.id}[{key!r}] = {ast.unparse(value)}")
                (query if target.value.id == "query" else body)[key] = value.attr
            elif (
                isinstance(target, ast.Attribute)
                and target.attr.endswith("_shrink")
                and call_name(node.value).endswith("array_to_string_with_specified_style")
            ):
                shrunk[target.attr] = constant(node.value.args[2], where)
        elif isinstance(node, ast.Call):
            name = call_name(node)
            if name.endswith(".OpenApiRequest"):
                request_call = keywords(node)
            elif name.endswith(".Params"):
                params = keywords(node)
            elif name == "TeaCore.from_map" and isinstance(node.args[0], ast.Call):
                response = annotation_model(node.args[0].func)
    if request_call is None or params is None:
        raise SdkError(f"{where}: no OpenApiRequest or Params")

    def listed(fields: dict[str, str]) -> list[str]:
        return sorted(
            f"{key}:{shrunk[attr]}" if attr in shrunk else key for key, attr in fields.items()
        )

    req_body_type = constant(params["req_body_type"], where)
    body_value = request_call.get("body")
    if body_value is None:
        body_kind = "none"
    elif isinstance(body_value, ast.Call) and call_name(body_value).endswith("parse_to_map"):
        body_kind = "form" if req_body_type == "formData" else "object"
    elif isinstance(body_value, ast.Call) and call_name(body_value).endswith("to_array"):
        body_kind = "array"
    elif isinstance(body_value, ast.Attribute):
        body_kind = "value"
    else:
        raise SdkError(f"{where}: body={ast.unparse(body_value)}")

    return Operation(
        module=module,
        action=constant(params["action"], where),
        method=constant(params["method"], where),
        path=pathname(params["pathname"], where),
        query=listed(query),
        body_kind=body_kind,
        body=listed(body),
        headers=sorted(h for h in headers if h != TOKEN_HEADER),
        auth=constant(params["auth_type"], where),
        request=request,
        resp_body=constant(params["body_type"], where),
        response=response,
        paging="",
        summary=summary_of(function),
    )


def parse_client(source: str, module: str) -> tuple[str, list[Operation]]:
    """The module's API version (`storage_1.0`) and its operations."""
    tree = ast.parse(source)
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Client"]
    if len(classes) != 1:
        raise SdkError(f"{module}: client.py has no class Client")
    operations = []
    versions = set()
    # An operation is a (synchronous) method that builds the call's `Params`;
    # the others delegate to it with default headers and options.
    for function in classes[0].body:
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and call_name(node).endswith(".Params"):
                versions.add(constant(keywords(node)["version"], module))
                operations.append(parse_operation(module, function))
                break
    if len(versions) > 1:
        raise SdkError(f"{module}: several versions {sorted(versions)}")
    operations.sort(key=lambda o: o.action)
    actions = [o.action for o in operations]
    if len(set(actions)) != len(actions):
        raise SdkError(f"{module}: an action appears twice")
    return (versions.pop() if versions else ""), operations


# --- paging ------------------------------------------------------------------


def response_cursor(operation: Operation, models: dict[str, Model]) -> str:
    """The response field that returns the next cursor: a field of the
    response body, or of an object the body holds, up to two levels down
    (`result.nextCursor`, `result.page.nextToken`); the shallowest wins."""
    wrapper = models.get(operation.response)
    body_field = wrapper.by_name("body") if wrapper else None
    level = [("", models.get(body_field.type))] if body_field else []
    for _depth in range(3):
        next_level = []
        for prefix, model in level:
            if model is None:
                continue
            for name in RESPONSE_CURSORS:
                if model.by_name(name):
                    return prefix + name
            for outer in model.fields:
                next_level.append((f"{prefix}{outer.name}.", models.get(outer.type)))
        level = next_level
    return ""


def request_cursor(operation: Operation, models: dict[str, Model]) -> tuple[str, str, str]:
    """(place, cursor, page size) of the request's cursor, if it has one: a
    query parameter, a body property, or a property of an object in the body
    (`option.nextToken`)."""
    bare = lambda names: [n.split(":")[0] for n in names]  # noqa: E731
    query = bare(operation.query)
    for name in REQUEST_CURSORS:
        if name in query:
            size = next((s for s in PAGE_SIZES if s in query), "")
            return "query", name, size
    if operation.body_kind not in ("object", "form"):
        return "", "", ""
    body = bare(operation.body)
    for name in REQUEST_CURSORS:
        if name in body:
            size = next((s for s in PAGE_SIZES if s in body), "")
            return "body", name, size
    request = models.get(operation.request)
    for property_name in body:
        property_field = request.by_name(property_name) if request else None
        inner = models.get(property_field.type) if property_field else None
        if inner is None:
            continue
        for name in REQUEST_CURSORS:
            if inner.by_name(name):
                size = next((s for s in PAGE_SIZES if inner.by_name(s)), "")
                prefix = f"{property_name}."
                return "body", prefix + name, prefix + size if size else ""
    return "", "", ""


def paging(operation: Operation, models: dict[str, Model]) -> str:
    place, cursor, size = request_cursor(operation, models)
    field_ = response_cursor(operation, models) if place else ""
    if not field_:
        return ""
    parameters = f"{cursor}/{size}" if size else cursor
    return f"{place} {parameters} -> resp {field_}"


# --- output ------------------------------------------------------------------


def cell(value: object) -> str:
    """A TSV cell: lists comma-separated; backslash, tab and line breaks escaped."""
    if isinstance(value, bool):
        value = "yes" if value else ""
    if isinstance(value, list):
        value = ",".join(value)
    text = str(value)
    return (
        text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
    )


def tsv(columns: list[str], rows: list[list[object]]) -> str:
    lines = ["\t".join(columns)]
    lines += ["\t".join(cell(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


def sdk_plumbing(name: str, model: Model) -> bool:
    """The SDK's own wrappers, not on the wire: `<Action>Response` (status,
    headers and body), `<Action>Headers` (common headers and the token; the
    other headers are on the operation's row) and `<Action>ShrinkRequest`
    (the request with some fields already serialized; the operation's row
    marks them)."""
    fields = {f.attribute for f in model.fields}
    if name.endswith("Response") and {"headers", "status_code"} <= fields <= {
        "headers",
        "status_code",
        "body",
    }:
        return True
    if name.endswith("Headers") and {"common_headers"} <= fields:
        return True
    return name.endswith("ShrinkRequest")


@dataclass
class ModuleReference:
    module: str
    version: str
    operations: list[Operation]
    models: dict[str, Model]


def reference(module: str, client: str, models_source: str) -> ModuleReference:
    models = parse_models(models_source, module)
    version, operations = parse_client(client, module)
    for operation in operations:
        operation.paging = paging(operation, models)
        wrapper = models.get(operation.response)
        body = wrapper.by_name("body") if wrapper else None
        operation.response = body.type if body else ""
    kept = {name: m for name, m in models.items() if not sdk_plumbing(name, m)}
    return ModuleReference(module, version, operations, kept)


def operation_rows(ref: ModuleReference) -> list[list[object]]:
    return [[getattr(o, c) for c in OPERATION_COLUMNS] for o in ref.operations]


def model_rows(ref: ModuleReference) -> list[list[object]]:
    rows: list[list[object]] = []
    for name in sorted(ref.models):
        model = ref.models[name]
        if not model.fields:
            rows.append([name, "", "", "", "", ""])
        for f in model.fields:
            rows.append([name, f.name, f.type, f.required, f.example, f.note])
    return rows


def write(references: list[ModuleReference], out: pathlib.Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    wanted = {r.module for r in references}
    for stale in out.iterdir():
        if stale.is_dir() and stale.name not in wanted and (stale / "operations.tsv").exists():
            shutil.rmtree(stale)
    for ref in references:
        directory = out / ref.module
        directory.mkdir(exist_ok=True)
        (directory / "operations.tsv").write_text(
            tsv(OPERATION_COLUMNS, operation_rows(ref)), encoding="utf-8"
        )
        (directory / "models.tsv").write_text(
            tsv(MODEL_COLUMNS, model_rows(ref)), encoding="utf-8"
        )
    (out / "modules.tsv").write_text(
        tsv(
            MODULE_COLUMNS,
            [[r.module, r.version, len(r.operations), len(r.models)] for r in references],
        ),
        encoding="utf-8",
    )
    (out / "source.txt").write_text(
        f"{PACKAGE} {VERSION} sha256 {SHA256}\n", encoding="utf-8"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "spec" / "reference")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        wheel = args.wheel or pinned_wheel()
        references = [reference(m, c, s) for m, (c, s) in read_wheel(wheel).items()]
        write(references, args.out)
    except (SdkError, OSError, zipfile.BadZipFile) as e:
        print(f"sdk_reference: {e}", file=sys.stderr)
        return 1
    operations = sum(len(r.operations) for r in references)
    models = sum(len(r.models) for r in references)
    print(
        f"{PACKAGE} {VERSION}: {len(references)} modules, {operations} operations, "
        f"{models} models written to {args.out} in {time.monotonic() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
