"""Part `fourteenth` of the blind corpus, added once dev, heldout and the parts fresh to thirteenth had all been read: its
dossiers use only the families of fourteenth_identity, fourteenth_be9ter and fourteenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["fourteenth"] decide the dossiers, exactly as for the parts fresh to thirteenth.  Importing this
module registers the fourteenth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import fourteenth_be9ter, fourteenth_identity, fourteenth_ind  # noqa: F401  (they register the fourteenth families)
from .fresh import build_later_part

PART = "fourteenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fourteenth-part dossier under out_root/fourteenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
