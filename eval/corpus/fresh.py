"""The `fresh` part of the blind corpus: dossiers made only of the families in fresh_identity, fresh_be9ter and
fresh_ind, written after dev and heldout had been read while tuning, so that one honest run is left.

The dossier plans are the generic ones of be9ter (the same list of clean knobs and planted defects for every
part) and of ind (CLEAN_PLAN / DEFECT_PLAN["fresh"]); only the families differ.  Importing this module
registers the fresh families in the three registries; dev and heldout never select them (every selection
filters on the part).
"""
from __future__ import annotations

from pathlib import Path

from . import be9ter, ind
from . import fresh_identity, fresh_be9ter, fresh_ind  # noqa: F401  (they register the fresh families)

PART = "fresh"


def build_later_part(name: str, out_root: Path, part: str | None) -> list[dict]:
    """Write every dossier of the later part ``name`` (fresh, fourth) under out_root/<name>/ with the generic
    plans of be9ter and ind, and return their truth dicts; nothing when another part is asked for."""
    if part not in (None, name):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=name)
    truths += ind.build_part(name, out_root)
    return truths


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fresh dossier under out_root/fresh/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
