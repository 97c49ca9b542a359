"""Part `twentyeighth` of the blind corpus, added once dev, heldout and the parts fresh to twentyseventh had all been
read: its dossiers use only the families of twentyeighth_identity, twentyeighth_be9ter and twentyeighth_ind, so
one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentyeighth"] decide the dossiers, exactly as for the
parts fresh to twentyseventh.  Importing this module registers the twentyeighth families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentyeighth_be9ter, twentyeighth_identity, twentyeighth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentyeighth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentyeighth-part dossier under out_root/twentyeighth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
