"""Part `sixteenth` of the blind corpus, added once dev, heldout and the parts fresh to fifteenth had all been read: its
dossiers use only the families of sixteenth_identity, sixteenth_be9ter and sixteenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["sixteenth"] decide the dossiers, exactly as for the parts fresh to fifteenth.  Importing this
module registers the sixteenth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import sixteenth_be9ter, sixteenth_identity, sixteenth_ind  # noqa: F401  (they register the sixteenth families)
from .fresh import build_later_part

PART = "sixteenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every sixteenth-part dossier under out_root/sixteenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
