"""Part `eleventh` of the blind corpus, added once dev, heldout and the parts fresh to tenth had all been read: its
dossiers use only the families of eleventh_identity, eleventh_be9ter and eleventh_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["eleventh"] decide the dossiers, exactly as for the parts fresh to tenth.  Importing this
module registers the eleventh families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import eleventh_be9ter, eleventh_identity, eleventh_ind  # noqa: F401  (they register the eleventh families)
from .fresh import build_later_part

PART = "eleventh"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every eleventh-part dossier under out_root/eleventh/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
