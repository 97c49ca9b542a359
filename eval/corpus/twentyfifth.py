"""Part `twentyfifth` of the blind corpus, added once dev, heldout and the parts fresh to twentyfourth had all been
read: its dossiers use only the families of twentyfifth_identity, twentyfifth_be9ter and twentyfifth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentyfifth"] decide the dossiers, exactly as for the
parts fresh to twentyfourth.  Importing this module registers the twentyfifth families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentyfifth_be9ter, twentyfifth_identity, twentyfifth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentyfifth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentyfifth-part dossier under out_root/twentyfifth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
