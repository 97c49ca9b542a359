"""Part `eighteenth` of the blind corpus, added once dev, heldout and the parts fresh to seventeenth had all been read: its
dossiers use only the families of eighteenth_identity, eighteenth_be9ter and eighteenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["eighteenth"] decide the dossiers, exactly as for the parts fresh to seventeenth.  Importing this
module registers the eighteenth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import eighteenth_be9ter, eighteenth_identity, eighteenth_ind  # noqa: F401  (they register the eighteenth families)
from .fresh import build_later_part

PART = "eighteenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every eighteenth-part dossier under out_root/eighteenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
