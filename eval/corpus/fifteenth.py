"""Part `fifteenth` of the blind corpus, added once dev, heldout and the parts fresh to fourteenth had all been read: its
dossiers use only the families of fifteenth_identity, fifteenth_be9ter and fifteenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["fifteenth"] decide the dossiers, exactly as for the parts fresh to fourteenth.  Importing this
module registers the fifteenth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import fifteenth_be9ter, fifteenth_identity, fifteenth_ind  # noqa: F401  (they register the fifteenth families)
from .fresh import build_later_part

PART = "fifteenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fifteenth-part dossier under out_root/fifteenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
