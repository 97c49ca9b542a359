"""Part `twentythird` of the blind corpus, added once dev, heldout and the parts fresh to twentysecond had all been
read: its dossiers use only the families of twentythird_identity, twentythird_be9ter and twentythird_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentythird"] decide the dossiers, exactly as for the
parts fresh to twentysecond.  Importing this module registers the twentythird families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentythird_be9ter, twentythird_identity, twentythird_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentythird"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentythird-part dossier under out_root/twentythird/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
