"""Part `seventeenth` of the blind corpus, added once dev, heldout and the parts fresh to sixteenth had all been read: its
dossiers use only the families of seventeenth_identity, seventeenth_be9ter and seventeenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["seventeenth"] decide the dossiers, exactly as for the parts fresh to sixteenth.  Importing this
module registers the seventeenth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import seventeenth_be9ter, seventeenth_identity, seventeenth_ind  # noqa: F401  (they register the seventeenth families)
from .fresh import build_later_part

PART = "seventeenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every seventeenth-part dossier under out_root/seventeenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
