"""Load a YAML file and check it against a JSON Schema, reporting every error at once.

Each error reads `file:line:col key.path: what was expected`; line and column
come from the YAML node marks of `yaml.compose`, so the user is sent to the
exact key, not just the file.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from validator.errors import ConfigError

Position = tuple[int, int]
KeyPath = tuple[str | int, ...]


def _to_data(node: yaml.Node, path: KeyPath, marks: dict[KeyPath, Position],
             key_marks: dict[KeyPath, Position]) -> Any:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            key_marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _to_data(value_node, path + (key,), marks, key_marks)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_data(item, path + (i,), marks, key_marks) for i, item in enumerate(node.value)]
    return _scalar(node)


# libyaml's parser where PyYAML was built with it: the pure-Python one took a third of a second to
# read the procedures and catalogues, most of the time an unchanged dossier's re-check takes.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _scalar(node: yaml.Node) -> Any:
    value = yaml.SafeLoader("").construct_object(node, deep=True)
    # JSON Schema knows no dates: keep them as ISO strings and check them with format "date".
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


@cache
def _validator(schema_name: str) -> jsonschema.Draft202012Validator:
    text = resources.files("validator.data").joinpath(schema_name).read_text(encoding="utf-8")
    schema = yaml.load(text, Loader=SAFE_LOADER)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _dotted(path: KeyPath) -> str:
    return ".".join(str(p) for p in path) or "(top)"


def load(path: Path, schema_name: str) -> dict[str, Any]:
    """Return the file's data, or raise ConfigError listing every problem in it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read: {exc}"]) from None
    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ConfigError([f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}"]) from None
    if node is None:
        data: Any = {}
        marks: dict[KeyPath, Position] = {(): (1, 1)}
        key_marks: dict[KeyPath, Position] = {}
    else:
        marks, key_marks = {}, {}
        data = _to_data(node, (), marks, key_marks)
    problems = []
    errors = sorted(_validator(schema_name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        problems.extend(_describe(path, error, marks, key_marks))
    if problems:
        raise ConfigError(problems)
    return data


@cache
def package_data(name: str, schema_name: str) -> dict[str, Any]:
    """A YAML file shipped in validator/data, checked against its schema like any other configuration."""
    return load(Path(str(resources.files("validator.data").joinpath(name))), schema_name)


def validate_plain(data: dict[str, Any], schema_name: str, source: str) -> None:
    """Check data that did not come from a file (command-line flags); errors name the key path."""
    problems = [f"{source}: {_dotted(tuple(e.absolute_path))}: {_expected(e)}"
                for e in _validator(schema_name).iter_errors(data)]
    if problems:
        raise ConfigError(problems)


def schema(schema_name: str) -> dict[str, Any]:
    return _validator(schema_name).schema


def _describe(path: Path, error: jsonschema.ValidationError, marks: dict[KeyPath, Position],
              key_marks: dict[KeyPath, Position]) -> list[str]:
    where: KeyPath = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        patterns = error.schema.get("patternProperties", {})
        unknown = [k for k in error.instance if k not in allowed and not patterns]
        known = ", ".join(sorted(allowed))
        return [f"{path}:{_at(key_marks, where + (k,))} {_dotted(where + (k,))}: unknown key"
                f" (expected one of: {known})" for k in unknown]
    return [f"{path}:{_at(marks, where)} {_dotted(where)}: {_expected(error)}"]


def _at(marks: dict[KeyPath, Position], where: KeyPath) -> str:
    while where not in marks and where:
        where = where[:-1]
    line, col = marks.get(where, (1, 1))
    return f"{line}:{col}"


def _expected(error: jsonschema.ValidationError) -> str:
    if error.validator == "enum":
        return f"expected one of {', '.join(map(repr, error.validator_value))}, got {error.instance!r}"
    if error.validator == "type":
        return f"expected {error.validator_value}, got {error.instance!r}"
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    if error.validator == "format":
        return f"expected a {error.validator_value} (e.g. 2026-12-01), got {error.instance!r}"
    if error.validator == "pattern":
        return f"expected text matching {error.validator_value}, got {error.instance!r}"
    return error.message
