"""Part `fourth` of the blind corpus, added once dev, heldout and fresh had all been read while tuning: its
dossiers use only the families of fourth_identity, fourth_be9ter and fourth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["fourth"] decide the dossiers, exactly as for part fresh.  Importing this module
registers the fourth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import fourth_be9ter, fourth_identity, fourth_ind  # noqa: F401  (they register the fourth families)
from .fresh import build_later_part

PART = "fourth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fourth-part dossier under out_root/fourth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
