"""Part `twentyninth` of the blind corpus, added once dev, heldout and the parts fresh to twentyeighth had all been
read: its dossiers use only the families of twentyninth_identity, twentyninth_be9ter and twentyninth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentyninth"] decide the dossiers, exactly as for the
parts fresh to twentyeighth.  Importing this module registers the twentyninth families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentyninth_be9ter, twentyninth_identity, twentyninth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentyninth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentyninth-part dossier under out_root/twentyninth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
