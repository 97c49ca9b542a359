"""Part `thirtyeighth` of the blind corpus, added once dev, heldout and the parts fresh to thirtyseventh had been
read: its dossiers use only the families of thirtyeighth_identity, thirtyeighth_be9ter and thirtyeighth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtyeighth"] decide the dossiers, exactly as for the parts
fresh to thirtyseventh.  Importing this module registers the thirtyeighth families; every other part filters them
out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtyeighth_be9ter, thirtyeighth_identity, thirtyeighth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtyeighth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtyeighth-part dossier under out_root/thirtyeighth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
