"""Part `twentysixth` of the blind corpus, added once dev, heldout and the parts fresh to twentyfifth had all been
read: its dossiers use only the families of twentysixth_identity, twentysixth_be9ter and twentysixth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentysixth"] decide the dossiers, exactly as for the
parts fresh to twentyfifth.  Importing this module registers the twentysixth families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentysixth_be9ter, twentysixth_identity, twentysixth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentysixth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentysixth-part dossier under out_root/twentysixth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
