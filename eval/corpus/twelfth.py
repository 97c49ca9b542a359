"""Part `twelfth` of the blind corpus, added once dev, heldout and the parts fresh to eleventh had all been read: its
dossiers use only the families of twelfth_identity, twelfth_be9ter and twelfth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["twelfth"] decide the dossiers, exactly as for the parts fresh to eleventh.  Importing this
module registers the twelfth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import twelfth_be9ter, twelfth_identity, twelfth_ind  # noqa: F401  (they register the twelfth families)
from .fresh import build_later_part

PART = "twelfth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every twelfth-part dossier under out_root/twelfth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
