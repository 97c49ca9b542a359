"""Part `thirtyninth` of the blind corpus, added once dev, heldout and the parts fresh to thirtyeighth had been
read: its dossiers use only the families of thirtyninth_identity, thirtyninth_be9ter and thirtyninth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtyninth"] decide the dossiers, exactly as for the parts
fresh to thirtyeighth.  Importing this module registers the thirtyninth families; every other part filters them
out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtyninth_be9ter, thirtyninth_identity, thirtyninth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtyninth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtyninth-part dossier under out_root/thirtyninth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
