"""Part `twentyseventh` of the blind corpus, added once dev, heldout and the parts fresh to twentysixth had all been
read: its dossiers use only the families of twentyseventh_identity, twentyseventh_be9ter and twentyseventh_ind, so
one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentyseventh"] decide the dossiers, exactly as for the
parts fresh to twentysixth.  Importing this module registers the twentyseventh families; every other part filters
them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentyseventh_be9ter, twentyseventh_identity, twentyseventh_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "twentyseventh"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentyseventh-part dossier under out_root/twentyseventh/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
