"""Part `thirteenth` of the blind corpus, added once dev, heldout and the parts fresh to twelfth had all been read: its
dossiers use only the families of thirteenth_identity, thirteenth_be9ter and thirteenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["thirteenth"] decide the dossiers, exactly as for the parts fresh to twelfth.  Importing this
module registers the thirteenth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import thirteenth_be9ter, thirteenth_identity, thirteenth_ind  # noqa: F401  (they register the thirteenth families)
from .fresh import build_later_part

PART = "thirteenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirteenth-part dossier under out_root/thirteenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
