"""Load a YAML file and check it against a JSON Schema, reporting every error at once.

Each error reads `file:line:col key.path: what was expected`; line and column
come from the YAML node marks of `yaml.compose`, so the user is sent to the
exact key, not just the file.

A file the user supplies (dossier.yaml) is untrusted: it is read only when it
is a regular file, within caps on its size and on its values counted with
aliases expanded, and an error about it never shows a value from it: it may
hold the applicant's data, and a file that is no manifest at all must not be
printed into a log.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

import jsonschema
import yaml

from validator.errors import ConfigError

Position = tuple[int, int]
KeyPath = tuple[str | int, ...]
# Dates the rules can compute with: a submission date of 9999-12-31 has no repair date after it, and
# 0001-01-01 no "3 months before".
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
# The manifest is three levels deep; converting it recurses once per level.
MAX_DEPTH = 32
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_NULL = "tag:yaml.org,2002:null"
_STANDARD_TAGS = {
    f"tag:yaml.org,2002:{t}": t for t in ("str", "int", "float", "bool", "null", "timestamp", "binary")
}

# libyaml's parser where PyYAML was built with it: the pure-Python one took a third of a second to
# read the procedures and catalogues, most of the time an unchanged dossier's re-check takes.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Untrusted:
    """The caps a user's file is read within, and the options that raise them (named in the error)."""

    max_bytes: int
    max_nodes: int
    bytes_option: str
    nodes_option: str


class _TooMany(Exception):
    pass


class _Conversion:
    """Turns a composed node tree into plain data, noting where each value is and what could not be read."""

    def __init__(self, path: Path, max_nodes: int | None):
        self.path = path
        self.max_nodes = max_nodes
        self.nodes = 0
        self.marks: dict[KeyPath, Position] = {}
        self.key_marks: dict[KeyPath, Position] = {}
        self.problems: list[str] = []
        # The nodes being converted: an alias to one of them is a value that contains itself.
        self.open: set[int] = set()

    def where(self, node: yaml.Node) -> str:
        return f"{self.path}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"

    def data(self, node: yaml.Node, path: KeyPath) -> Any:
        # The composer shares an aliased node; converting it again for every alias is where a few hundred
        # bytes become gigabytes, so this counts every conversion, not every node.
        self.nodes += 1
        if self.max_nodes is not None and self.nodes > self.max_nodes:
            raise _TooMany
        self.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in self.open:
            self.problems.append(f"{self.where(node)} {_dotted(path)}: an alias that contains itself")
            return None
        if len(path) > MAX_DEPTH:
            self.problems.append(f"{self.where(node)} {_dotted(path)}: nested more than {MAX_DEPTH} deep")
            return None
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self.mapping(node, path)
            return [self.data(item, path + (i,)) for i, item in enumerate(node.value)]
        finally:
            self.open.discard(id(node))

    def mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    f"{self.where(key_node)} {_dotted(path)}: a key must be plain text,"
                    " not a list or a mapping"
                )
                continue
            key = self.scalar(key_node, path)
            if key is None and key_node.tag != _NULL:
                continue
            if key in out:
                # YAML keeps the last of two equal keys and drops the first without a word: a phrase list given
                # twice in be9ter.yaml lost half its phrases so.
                line = self.key_marks[path + (key,)][0]
                self.problems.append(
                    f"{self.where(key_node)} {_dotted(path + (key,))}: given twice (first on line {line})"
                )
                continue
            self.key_marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = self.data(value_node, path + (key,))
        return out

    def scalar(self, node: yaml.ScalarNode, path: KeyPath) -> Any:
        try:
            return _scalar(node)
        except Exception:  # noqa: BLE001 - PyYAML's constructors fail every way on a hostile value ("!!float ")
            # An implicit date that is no date (2026-02-30) stays text, which the schema's "date" refuses.
            if node.tag == _TIMESTAMP:
                return node.value
            kind = _STANDARD_TAGS.get(node.tag, "a value of a type YAML does not know")
            self.problems.append(f"{self.where(node)} {_dotted(path)}: cannot be read as {kind}")
            return None


def _scalar(node: yaml.Node) -> Any:
    value = yaml.SafeLoader("").construct_object(node, deep=True)
    # JSON Schema knows no dates: keep them as ISO strings and check them with format "date".
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


_FORMATS = jsonschema.FormatChecker()


@_FORMATS.checks("date", raises=ValueError)
def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if len(value) != 10:
        raise ValueError("not YYYY-MM-DD")
    return EARLIEST_DATE <= dt.date.fromisoformat(value) <= LATEST_DATE


@cache
def _validator(schema_name: str) -> jsonschema.Draft202012Validator:
    text = resources.files("validator.data").joinpath(schema_name).read_text(encoding="utf-8")
    schema = yaml.load(text, Loader=SAFE_LOADER)
    return jsonschema.Draft202012Validator(schema, format_checker=_FORMATS)


def _dotted(path: KeyPath) -> str:
    return ".".join(_shown_key(p) for p in path) or "(top)"


# What a key looks like: a misspelt one ("nationaliteit") is worth showing, a line of some other file
# that YAML took for a key (a password hash ends in ":") is not.
_KEY_LIKE = re.compile(r"[\w.\- ]{1,60}")


def _shown_key(key: str | int) -> str:
    text = str(key)
    return text if _KEY_LIKE.fullmatch(text) else f"<a key of {len(text)} characters>"


def load(path: Path, schema_name: str | dict[str, Any], untrusted: Untrusted | None = None) -> dict[str, Any]:
    """Return the file's data, or raise ConfigError listing every problem in it. The schema is a file of
    validator/data, or one built at run time (a procedure's, with the parameters of every rule)."""
    text = _read(path, untrusted)
    try:
        if untrusted:
            _within_caps(text, path, untrusted)
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ConfigError([f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}"]) from None
    conversion = _Conversion(path, untrusted.max_nodes if untrusted else None)
    if node is None:
        data: Any = {}
        conversion.marks[()] = (1, 1)
    else:
        try:
            data = conversion.data(node, ())
        except _TooMany:
            raise ConfigError([_too_many(path, untrusted)]) from None  # type: ignore[arg-type]
    problems = conversion.problems
    validator = (
        _validator(schema_name)
        if isinstance(schema_name, str)
        else jsonschema.Draft202012Validator(schema_name, format_checker=_FORMATS)
    )
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        problems.extend(
            _describe(path, error, conversion.marks, conversion.key_marks, echo=untrusted is None)
        )
    if problems:
        raise ConfigError(problems)
    return data


def _read(path: Path, untrusted: Untrusted | None) -> str:
    if untrusted is None:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError([f"{path}: cannot read: {exc}"]) from None
    try:
        # Never through a link, and without waiting on a FIFO: only a regular file is a manifest.
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        raise ConfigError([f"{path}: cannot be read ({exc.strerror}); a link is never followed"]) from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ConfigError([f"{path}: not a regular file"])
        raw = fh.read(untrusted.max_bytes + 1)
    if len(raw) > untrusted.max_bytes:
        raise ConfigError(
            [
                f"{path}: larger than {untrusted.max_bytes} bytes, the cap {untrusted.bytes_option}"
                " (raise it to read a larger file)"
            ]
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError([f"{path}: not UTF-8 text (byte {exc.start + 1} is not)"]) from None


def _within_caps(text: str, path: Path, untrusted: Untrusted) -> None:
    """Count the values and the nesting from the parser's events, before a single node is built."""
    nodes = depth = 0
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        if isinstance(event, yaml.NodeEvent):
            nodes += 1
            if nodes > untrusted.max_nodes:
                raise ConfigError([_too_many(path, untrusted)])
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
                raise ConfigError([f"{where}: nested more than {MAX_DEPTH} deep"])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _too_many(path: Path, untrusted: Untrusted) -> str:
    return (
        f"{path}: more than {untrusted.max_nodes} values, aliases counted as often as they are used: the cap"
        f" {untrusted.nodes_option} (raise it to read a larger file)"
    )


@cache
def package_data(name: str, schema_name: str) -> dict[str, Any]:
    """A YAML file shipped in validator/data, checked against its schema like any other configuration."""
    return load(Path(str(resources.files("validator.data").joinpath(name))), schema_name)


def validate_plain(data: dict[str, Any], schema_name: str, source: str) -> None:
    """Check data that did not come from a file (command-line flags); errors name the key path."""
    problems = [
        f"{source}: {_dotted(tuple(e.absolute_path))}: {_expected(e, echo=True)}"
        for e in _validator(schema_name).iter_errors(data)
    ]
    if problems:
        raise ConfigError(problems)


def schema(schema_name: str) -> dict[str, Any]:
    return cast(dict[str, Any], _validator(schema_name).schema)


def _describe(
    path: Path,
    error: jsonschema.ValidationError,
    marks: dict[KeyPath, Position],
    key_marks: dict[KeyPath, Position],
    echo: bool,
) -> list[str]:
    where: KeyPath = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        node = error.schema if isinstance(error.schema, dict) else {}
        allowed = set(node.get("properties", {}))
        patterns = node.get("patternProperties", {})
        unknown = [k for k in error.instance if k not in allowed and not patterns]
        known = ", ".join(sorted(allowed))
        return [
            f"{path}:{_at(key_marks, where + (k,))} {_dotted(where + (k,))}: unknown key"
            f" (expected one of: {known})"
            for k in unknown
        ]
    return [f"{path}:{_at(marks, where)} {_dotted(where)}: {_expected(error, echo)}"]


def _at(marks: dict[KeyPath, Position], where: KeyPath) -> str:
    while where not in marks and where:
        where = where[:-1]
    line, col = marks.get(where, (1, 1))
    return f"{line}:{col}"


def _expected(error: jsonschema.ValidationError, echo: bool) -> str:
    """What the schema expected, and what was there: the value itself only where `echo` allows it."""
    got = repr(error.instance) if echo else _kind(error.instance)
    if error.validator == "enum":
        return f"expected one of {', '.join(map(repr, cast(list[Any], error.validator_value)))}, got {got}"
    if error.validator == "type":
        return f"expected {error.validator_value}, got {got}"
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    if error.validator == "format":
        example = (
            f" from {EARLIEST_DATE} to {LATEST_DATE} (e.g. 2026-12-01)"
            if error.validator_value == "date"
            else ""
        )
        return f"expected a {error.validator_value}{example}, got {got}"
    if error.validator == "pattern":
        return f"expected text matching {error.validator_value}, got {got}"
    if not echo:
        return f"{got}, which does not meet the schema's {error.validator!r}"
    return error.message


def _kind(value: object) -> str:
    """What a value is, without showing it."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return f"text of {len(value)} characters"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__} value"
