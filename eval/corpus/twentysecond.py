"""Part `twentysecond` of the blind corpus, added once dev, heldout and the parts fresh to twentyfirst had all been
read: its dossiers use only the families of twentysecond_identity, twentysecond_be9ter and twentysecond_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentysecond"] decide the dossiers, exactly as for the
parts fresh to twentyfirst.  Importing this module registers the twentysecond families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentysecond_be9ter, twentysecond_identity, twentysecond_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentysecond"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentysecond-part dossier under out_root/twentysecond/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
