"""Part `twentyfourth` of the blind corpus, added once dev, heldout and the parts fresh to twentythird had all been
read: its dossiers use only the families of twentyfourth_identity, twentyfourth_be9ter and twentyfourth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentyfourth"] decide the dossiers, exactly as for the
parts fresh to twentythird.  Importing this module registers the twentyfourth families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentyfourth_be9ter, twentyfourth_identity, twentyfourth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentyfourth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentyfourth-part dossier under out_root/twentyfourth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
