"""Part `sixth` of the blind corpus, added once dev, heldout, fresh, fourth and fifth had all been read: its
dossiers use only the families of sixth_identity, sixth_be9ter and sixth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["sixth"] decide the dossiers, exactly as for parts fresh, fourth and fifth.  Importing
this module registers the sixth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import sixth_be9ter, sixth_identity, sixth_ind  # noqa: F401  (they register the sixth families)
from .fresh import build_later_part

PART = "sixth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every sixth-part dossier under out_root/sixth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
