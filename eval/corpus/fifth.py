"""Part `fifth` of the blind corpus, added once dev, heldout, fresh and fourth had all been read while tuning: its
dossiers use only the families of fifth_identity, fifth_be9ter and fifth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["fifth"] decide the dossiers, exactly as for parts fresh and fourth.  Importing this
module registers the fifth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import fifth_be9ter, fifth_identity, fifth_ind  # noqa: F401  (they register the fifth families)
from .fresh import build_later_part

PART = "fifth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fifth-part dossier under out_root/fifth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
