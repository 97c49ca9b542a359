"""The `fourth` part of the blind corpus: dossiers made only of the families in fourth_identity, fourth_be9ter
and fourth_ind, written after dev, heldout and fresh had all been read, so that one honest run is left.

The dossier plans are the generic ones of be9ter (the same list of clean knobs and planted defects for every
part) and of ind (CLEAN_PLAN / DEFECT_PLAN["fourth"]); only the families differ.  Importing this module
registers the fourth families in the three registries; the other parts never select them (every selection
filters on the part).
"""
from __future__ import annotations

from pathlib import Path

from . import be9ter, ind
from . import fourth_identity, fourth_be9ter, fourth_ind  # noqa: F401  (they register the fourth families)

PART = "fourth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fourth-part dossier under out_root/fourth/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += ind.build_part(PART, out_root)
    return truths
