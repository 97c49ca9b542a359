"""Part `twentyfirst` of the blind corpus, added once dev, heldout and the parts fresh to twentieth had all been
read: its dossiers use only the families of twentyfirst_identity, twentyfirst_be9ter and twentyfirst_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentyfirst"] decide the dossiers, exactly as for the
parts fresh to twentieth.  Importing this module registers the twentyfirst families; every other part filters them
out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentyfirst_be9ter, twentyfirst_identity, twentyfirst_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentyfirst"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentyfirst-part dossier under out_root/twentyfirst/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
