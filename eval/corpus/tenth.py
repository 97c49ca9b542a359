"""Part `tenth` of the blind corpus, added once dev, heldout and the parts fresh to ninth had all been read: its
dossiers use only the families of tenth_identity, tenth_be9ter and tenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["tenth"] decide the dossiers, exactly as for the parts fresh to ninth.  Importing this
module registers the tenth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import tenth_be9ter, tenth_identity, tenth_ind  # noqa: F401  (they register the tenth families)
from .fresh import build_later_part

PART = "tenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every tenth-part dossier under out_root/tenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
