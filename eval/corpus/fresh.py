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


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fresh dossier under out_root/fresh/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += ind.build_part(PART, out_root)
    return truths
