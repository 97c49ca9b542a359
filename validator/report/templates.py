"""The Jinja2 templates of the HTML renderings: package data, escaped by default, strict about missing values."""

from __future__ import annotations

import base64
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("validator.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["data_uri"] = lambda data: "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
    return env


def render(name: str, **context: Any) -> str:
    return _environment().get_template(name).render(**context)
