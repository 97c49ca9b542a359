"""Part `seventh` of the blind corpus, added once dev, heldout, fresh, fourth, fifth and sixth had all been read: its
dossiers use only the families of seventh_identity, seventh_be9ter and seventh_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["seventh"] decide the dossiers, exactly as for parts fresh, fourth, fifth and sixth.  Importing
this module registers the seventh families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import seventh_be9ter, seventh_identity, seventh_ind  # noqa: F401  (they register the seventh families)
from .fresh import build_later_part

PART = "seventh"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every seventh-part dossier under out_root/seventh/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
