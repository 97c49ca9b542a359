"""Part `twentieth` of the blind corpus, added once dev, heldout and the parts fresh to nineteenth had all been read:
its dossiers use only the families of twentieth_identity, twentieth_be9ter and twentieth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["twentieth"] decide the dossiers, exactly as for the parts
fresh to nineteenth.  Importing this module registers the twentieth families; every other part filters them out by
part.
"""
from __future__ import annotations

from pathlib import Path

from . import twentieth_be9ter, twentieth_identity, twentieth_ind  # noqa: F401  (they register the twentieth families)
from .fresh import build_later_part

PART = "twentieth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twentieth-part dossier under out_root/twentieth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
