"""The JSON Schemas published in the top-level `schemas/`: the report, the manifest (dossier.yaml) and the
procedures, as JSON for other programs and editors.

The package keeps its own copies (validator/data), which are what runs; `python -m validator.published
schemas` writes them out, and a test fails when the published copies differ from them. The procedure schema
is published as procedures are checked: each rule's entry with the parameters that rule accepts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from validator import procedures, yamlconfig


def schemas() -> dict[str, dict[str, Any]]:
    return {
        "report.schema.json": yamlconfig.schema("report.schema.yaml"),
        "manifest.schema.json": yamlconfig.schema("manifest.schema.yaml"),
        "procedure.schema.json": procedures.schema(),
    }


def text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(folder: str) -> None:
    for name, schema in schemas().items():
        (Path(folder) / name).write_text(text(schema), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
